// Texts that are not incident reports, three per pack language: a fish farm's virus (words that
// tempt: "virus", "infection", "detected"), a vendor's monthly patches with nobody hit, and advice
// on spotting phishing. None is an incident, and none names a victim, a brand or an attacker.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { PACK_CODES } from "../src/lang/registry.ts";
import { extractReport } from "../src/pipeline/extract-report.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures/negatives");
const KINDS = ["a fish farm's virus", "a vendor's patches", "advice on phishing"];

for (const lang of PACK_CODES) {
  const texts = JSON.parse(readFileSync(join(dir, `${lang}.json`), "utf8")) as string[];
  texts.forEach((text, i) => {
    test(`${lang}: ${KINDS[i]} is no incident, with nobody hit, pretended to be or attacking`, () => {
      const r = extractReport({ text, published: "2026-11-26" }, { now: new Date("2026-12-01") });
      assert.equal(r.lang, lang);
      assert.equal(r.isIncident, false, `confidence ${r.confidence}`);
      assert.deepEqual(r.victims.map((o) => o.name), []);
      assert.deepEqual(r.impersonated.map((o) => o.name), []);
      assert.deepEqual(r.actors.map((a) => a.kind), []);
      // The fish farm is about biology: no type at all.
      if (i === 0) assert.deepEqual(r.types.map((t) => t.value), []);
    });
  });
}
