import assert from "node:assert/strict";
import { test } from "node:test";
import { SpanReach, type SpanLike } from "./span-reach.ts";

// Checked against the plain definition on every range of a small text with nested, adjacent,
// empty and overlapping spans.
test("overlaps and contains agree with their definitions on every range", () => {
  const spans: SpanLike[] = [{ start: 2, end: 5 }, { start: 3, end: 4 }, { start: 5, end: 9 }, { start: 12, end: 12 }, { start: 14, end: 20 }, { start: 15, end: 16 }];
  const length = 20;
  const reach = new SpanReach(spans, length);
  let checked = 0;
  for (let start = 0; start <= length; start++) {
    for (let end = start; end <= length + 1; end++) {
      assert.equal(reach.overlaps(start, end), spans.some((s) => s.start < end && s.end > start), `overlaps(${start}, ${end})`);
      assert.equal(reach.contains(start, end), spans.some((s) => s.start <= start && s.end >= end), `contains(${start}, ${end})`);
      checked++;
    }
  }
  assert.ok(checked > 200);
  assert.equal(new SpanReach([], 10).overlaps(0, 10), false);
});
