import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";
import { getPack, packFor } from "./registry.ts";

test("a language without a pack is read with a close neighbour's pack, and keeps its own code", () => {
  assert.equal(packFor("bs"), getPack("hr"));
  assert.equal(packFor("gl"), getPack("pt"));
  assert.equal(packFor("tr"), undefined);
  const r = extractReport({ text: "Hakeri su šifrirali servere bolnice i traže otkupninu. Bolnica je postala meta napada ransomwareom.", lang: "bs" });
  assert.equal(r.lang, "bs");
  assert.ok(r.types.some((t) => t.value === "ransomware"), r.types.map((t) => t.value).join(", "));
});
