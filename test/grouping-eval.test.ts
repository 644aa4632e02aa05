// The grouping of the bundled examples, scored against the repository's own gold set with the
// `incidex eval-groups` command users run: a change that splits or joins incidents fails here.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";

test("incidex eval-groups on the bundled examples: B-cubed F1 stays 1.0", () => {
  const r = spawnSync("bin/incidex", ["eval-groups", "--gold", "eval/grouping.gold.json"], { encoding: "utf8", timeout: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const m = /precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)/.exec(r.stdout);
  assert.ok(m, r.stdout);
  assert.deepEqual([Number(m[1]), Number(m[2]), Number(m[3])], [100, 100, 100], r.stdout);
});
