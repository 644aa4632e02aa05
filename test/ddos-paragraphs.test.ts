// One DDoS report per pack language, all telling the same story: a ministry's website knocked
// offline, a pro-Russian hacker group claiming it on Telegram, no data stolen.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { PACK_CODES } from "../src/lang/registry.ts";
import { extractReport } from "../src/pipeline/extract-report.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures/ddos");

for (const lang of PACK_CODES) {
  test(`${lang}: the DDoS by pro-Russian hackers is a DDoS on the ministry by an external, Russian-aligned actor, and Telegram is no victim`, () => {
    const r = extractReport({ text: readFileSync(join(dir, `${lang}.txt`), "utf8"), published: "2026-11-26" }, { now: new Date("2026-12-01") });
    assert.equal(r.lang, lang);
    assert.equal(r.isIncident, true);
    assert.deepEqual(r.types.map((t) => t.value), ["ddos"]);
    assert.ok(r.actors.some((a) => a.kind === "external" && a.country === "RU"), JSON.stringify(r.actors.map((a) => [a.kind, a.country])));
    // The claim was posted on Telegram ("angrebet på Telegram", "Telegramissa"): a platform, not the victim.
    // The ministry whose website went down is the victim, named or described, once.
    assert.equal(r.victims.length, 1, r.victims.map((o) => o.name).join(", "));
    assert.match(r.victims[0]!.name, /minis[tz]|министерств|departement|roinn|υπουργ|ráðuney/i);
    assert.equal(r.victims[0]!.sector ?? r.sectors[0]?.value, "government");
    const names = [...r.victims, ...r.impersonated, ...r.thirdParties].map((o) => o.name);
    assert.ok(!names.some((n) => /telegram/i.test(n)), names.join(", "));
  });
}
