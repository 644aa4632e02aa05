import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

test("names on lines that link to other articles are not this article's", () => {
  const r = extractReport({
    text: "Phishing e-mails pretending to be from Nordpost\n\nCriminals are sending e-mails pretending to be from Nordpost to steal card details. Customers should delete the message.\n\nRead also: Fake SMS messages in the name of Westbank target customers\n» Scam calls on behalf of Telia are back",
  });
  const names = [...r.victims, ...r.impersonated, ...r.thirdParties].map((o) => o.name);
  assert.ok(names.includes("Nordpost"), names.join(", "));
  assert.ok(!names.some((n) => /Westbank|Telia/.test(n)), names.join(", "));
  const it = extractReport({ text: "Truffa: falsi operatori si spacciano per la Banca Lariana\n\nAlcuni clienti della Banca Lariana sono stati contattati da truffatori.\n\nLeggi anche: Truffa da parte di sedicenti operatori via Telegram" });
  assert.ok(!it.impersonated.some((o) => /Telegram/.test(o.name)));
});

test("hitsIn finds what a filter over every hit finds, for every range of a text", async () => {
  const { getPack } = await import("../lang/registry.ts");
  const { makeContext, hitsIn, hitsOf } = await import("./context.ts");
  const text = "Hackers stole names and e-mail addresses of customers; card data was not stolen. The police were notified on 3 May and Tervo reset all passwords. No bank data were affected, the company said on Monday.";
  const ctx = makeContext(text, getPack("en")!);
  for (const family of [ctx.pack.data, ctx.pack.negation, ctx.pack.types, ctx.pack.months, ctx.pack.response]) {
    const all = hitsOf(ctx, family);
    for (let start = 0; start <= text.length; start += 3) {
      for (let end = start; end <= text.length + 2; end += 5) {
        assert.deepEqual(hitsIn(ctx, family, start, end), all.filter((h) => h.start >= start && h.end <= end), `${start}-${end}`);
      }
    }
  }
});
