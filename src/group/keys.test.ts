import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";
import { reportKeys } from "./keys.ts";
import { mergeIncident } from "./merge.ts";

test("a victim described but not named is no grouping key and stays apart from the named ones in the merged record", () => {
  const described = extractReport({ text: "Ransomware attack on hospital\n\nAn Indiana hospital was hit by ransomware on Thursday night.", lang: "en", published: "2026-11-20" });
  assert.ok(described.victims.some((v) => v.named === false));
  assert.deepEqual(reportKeys(described).keys.filter((k) => k.kind === "victim" || k.kind === "party"), []);
  const named = extractReport({ text: "Ransomware hits Brookfield Hospital\n\nBrookfield Hospital said attackers encrypted patient records and demanded a ransom. Brookfield Hospital notified patients.", lang: "en", published: "2026-11-20" });
  assert.deepEqual(reportKeys(named).keys.filter((k) => k.kind === "victim").map((k) => k.value), ["brookfield hospital"]);
  const members = [described, named].map((record, i) => ({ id: `r${i}`, uri: `r${i}.txt`, lang: "en", title: null, published: "2026-11-20", record, reason: { rule: "test" } }));
  const merged = mergeIncident("inc-1", members as Parameters<typeof mergeIncident>[1]);
  assert.deepEqual(merged.victims.map((v) => v.value), ["Brookfield Hospital"]);
  assert.deepEqual(merged.describedVictims, [{ value: "An Indiana hospital", reports: ["r0"] }]);
});
