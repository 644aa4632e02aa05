import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";
import { getPack, packFor } from "./registry.ts";

test("a language without a pack is read with a close neighbour's pack, and keeps its own code", () => {
  assert.equal(packFor("sk"), getPack("cs"));
  assert.equal(packFor("gl"), getPack("pt"));
  assert.equal(packFor("tr"), undefined);
  const r = extractReport({ text: "Hackeri zašifrovali servery nemocnice a požadujú výkupné. Nemocnica sa stala terčom útoku ransomwaru.", lang: "sk" });
  assert.equal(r.lang, "sk");
  assert.ok(r.types.some((t) => t.value === "ransomware"), r.types.map((t) => t.value).join(", "));
});
