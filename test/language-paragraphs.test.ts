// One news paragraph per pack language, all telling the same story: a municipality hit by an
// attack over the weekend, residents' data perhaps copied, the police told, residents warned not
// to give their passwords away. The story reads the same in every language, so must the record.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { PACK_CODES } from "../src/lang/registry.ts";
import { extractReport } from "../src/pipeline/extract-report.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures/languages");

for (const lang of PACK_CODES) {
  test(`${lang}: the municipality story gives a described victim, a breach, advice, and no category said to be safe`, () => {
    const r = extractReport({ text: readFileSync(join(dir, `${lang}.txt`), "utf8"), published: "2026-11-24" });
    assert.equal(r.lang, lang);
    assert.equal(r.isIncident, true);
    assert.ok(r.types.some((t) => t.value === "data_breach"), r.types.map((t) => t.value).join(", "));
    // The victim is named by its kind only ("Kommune", "La mairie", "Kaupunkiin"), and once.
    const victims = r.victims.map((v) => `${v.name}${v.named === false ? "" : " (as a name)"}`);
    assert.equal(victims.length, 1, victims.join(", "));
    assert.ok(r.victims[0]!.named === false, victims.join(", "));
    assert.ok(r.sectors.some((s) => s.value === "government"));
    assert.ok(r.response.some((x) => x.value === "notified_police" || x.value === "engaged_experts"), r.response.map((x) => x.value).join(", "));
    // "Never give your password to anyone" is advice, not a statement that passwords were safe.
    assert.deepEqual(r.data.notCompromised.map((d) => d.value), []);
    assert.ok(r.advice.some((a) => a.value === "be_vigilant"), r.advice.map((a) => a.value).join(", "));
  });
}

test("every pack language has its paragraph", () => {
  const files = new Set(readdirSync(dir));
  for (const lang of PACK_CODES) assert.ok(files.has(`${lang}.txt`), lang);
});
