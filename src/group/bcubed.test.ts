import assert from "node:assert/strict";
import { test } from "node:test";
import { bcubed } from "./bcubed.ts";

const m = (o: Record<string, string>) => new Map(Object.entries(o));

test("a perfect clustering scores 1", () => {
  const gold = m({ a: "x", b: "x", c: "y" });
  assert.deepEqual(bcubed(gold, m({ a: "1", b: "1", c: "2" })), { precision: 1, recall: 1, f1: 1, items: 3 });
});

test("everything in one cluster: full recall, precision by shares", () => {
  const r = bcubed(m({ a: "x", b: "x", c: "y", d: "y" }), m({ a: "1", b: "1", c: "1", d: "1" }));
  assert.equal(r.recall, 1);
  assert.equal(r.precision, 0.5);
});

test("all singletons: full precision, recall by shares; unlabelled predictions are singletons", () => {
  const r = bcubed(m({ a: "x", b: "x", c: "y" }), m({}));
  assert.equal(r.precision, 1);
  assert.ok(Math.abs(r.recall - (0.5 + 0.5 + 1) / 3) < 1e-12);
});
