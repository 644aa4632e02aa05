// Pins the scoring arithmetic on small made-up cases, so `incidex eval` agrees with the
// shared scorer's rules.
import assert from "node:assert/strict";
import { test } from "node:test";
import { dateCounts, orgMatch, prf, score, setCounts } from "./score.ts";

test("set counts match each gold item at most once", () => {
  assert.deepEqual(setCounts(["a", "b"], ["b", "c", "c"]), { tp: 1, fp: 1, fn: 1 });
  assert.deepEqual(setCounts([], []), { tp: 0, fp: 0, fn: 0 });
});

test("organisation names match after legal forms, case and accents are removed, or as whole words", () => {
  assert.ok(orgMatch("IONOS", "Ionos SE"));
  assert.ok(orgMatch("Ticketmaster", "Ticketmaster UK Ltd"));
  assert.ok(orgMatch("Société Générale", "societe generale S.A."));
  assert.ok(!orgMatch("Atea", "Ateas"));
  assert.ok(!orgMatch("Micro", "Microsoft"));
});

test("dates score to gold's precision; a coarser right answer earns half; invented dates are false positives", () => {
  assert.deepEqual(dateCounts("2023-10", "2023-10-06"), { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(dateCounts("2023-10-06", "2023-10"), { tp: 0.5, fp: 0, fn: 0.5 });
  assert.deepEqual(dateCounts(null, "2023"), { tp: 0, fp: 1, fn: 0 });
  assert.equal(dateCounts(null, null), null);
  assert.deepEqual(dateCounts("2023-10-06", "2022-10-06"), { tp: 0, fp: 1, fn: 1 });
});

test("precision and recall of nothing predicted against nothing expected are 1", () => {
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { P: 1, R: 1, F: 1 });
  const r = prf({ tp: 1, fp: 1, fn: 2 });
  assert.equal(r.P, 0.5);
  assert.ok(Math.abs(r.R - 1 / 3) < 1e-9);
});

test("a whole gold file scores per field and checks evidence spans", () => {
  const gold = [
    { id: "d1", file: "docs/d1.txt", lang: "da", isIncident: true, types: ["phishing"], victims: ["Drive Now"], affected: { count: 100 }, dates: { published: "2020-01" } },
    { id: "d2", file: "docs/d2.txt", lang: "de", isIncident: false },
  ];
  const text = "Drive Now warns";
  const preds = [
    { id: "x", source: { uri: "docs/d1.txt", title: null, fetchedAt: null }, lang: "da", text, isIncident: true,
      types: [{ value: "phishing" as const, evidence: [{ start: 0, end: 9, text: "Drive Now" }] }],
      victims: [{ name: "Drive Now A/S", country: null, sector: null, evidence: [{ start: 0, end: 5, text: "wrong" }] }],
      affected: { count: 100.5, unit: "people" as const, approximate: false, evidence: [] },
      dates: { published: { value: "2020-01-07", end: null, evidence: [] }, occurred: null, discovered: null, disclosed: null } },
    { id: "y", source: { uri: "file://docs/d2.txt", title: null, fetchedAt: null }, lang: "de", text: "", isIncident: true },
  ];
  const r = score(gold, preds);
  assert.equal(r.matched, 2);
  assert.deepEqual([r.fields.isIncident!.tp, r.fields.isIncident!.fp, r.fields.isIncident!.fn], [1, 1, 0]);
  assert.equal(r.fields.victims!.F, 1);
  assert.equal(r.fields.affected!.tp, 1);
  assert.equal(r.fields["dates.published"]!.tp, 1);
  assert.equal(r.evidenceChecked, 2);
  assert.equal(r.evidenceValid, 0.5);
});
