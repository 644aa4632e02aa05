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
