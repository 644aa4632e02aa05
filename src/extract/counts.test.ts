import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const affected = (text: string, lang: string) => {
  const a = extractReport({ text, lang }).affected;
  return a && { count: a.count, unit: a.unit, approximate: a.approximate };
};

test("'over' before a count is an approximation, not the 'ver' of a version number", () => {
  assert.deepEqual(affected("Datainnbrudd\n\nOpplysninger om over 50 000 kunder er stjålet i et datainnbrudd.", "no"), { count: 50000, unit: "customers", approximate: true });
  assert.deepEqual(affected("Breach\n\nThe records of over 5,000 patients were stolen.", "en"), { count: 5000, unit: "customers", approximate: true });
  // A version number is still no count.
  assert.equal(affected("Patch\n\nThe flaw was fixed in ver. 20 users should install.", "en"), null);
});
