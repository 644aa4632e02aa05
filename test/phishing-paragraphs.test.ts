// One phishing warning per pack language, all telling the same story: fake text messages in a
// parcel company's name, a defanged payment link, card details going to fraudsters, readers told
// to delete the message and not click. The record must read the same in every language.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { PACK_CODES } from "../src/lang/registry.ts";
import { extractReport } from "../src/pipeline/extract-report.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures/phishing");

for (const lang of PACK_CODES) {
  test(`${lang}: the fake parcel texts are phishing in the brand's name, with a malicious link and the advice given`, () => {
    const r = extractReport({ text: readFileSync(join(dir, `${lang}.txt`), "utf8") });
    assert.equal(r.lang, lang);
    assert.equal(r.isIncident, true);
    assert.deepEqual(r.types.map((t) => t.value), ["phishing"]);
    // The brand is pretended to be, in whatever case the language puts it ("Fjordpostin"), and is no victim.
    assert.deepEqual(r.impersonated.map((o) => o.name), ["Fjordpost"]);
    assert.deepEqual(r.victims.filter((v) => v.named !== false).map((v) => v.name), []);
    const urls = r.indicators.filter((i) => i.type === "url");
    assert.equal(urls.length, 1);
    assert.match(urls[0]!.value, /^https:\/\/fjordpost-levering\.com\//);
    assert.deepEqual([urls[0]!.role, urls[0]!.defanged], ["malicious", true]);
    const advice = r.advice.map((a) => a.value);
    assert.ok(advice.includes("delete_message") && advice.includes("do_not_click"), advice.join(", "));
  });
}
