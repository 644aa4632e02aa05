import assert from "node:assert/strict";
import { test } from "node:test";
import { compileList, scan } from "./terms.ts";

test("a term whose last word is optional matches with and without it", () => {
  const m = compileList("en", "test", "impersonated", ["pretending to (be|come) (from )?"]);
  const hits = (t: string) => scan(m, t).map((h) => t.slice(h.start, h.end));
  assert.deepEqual(hits("e-mails pretending to be from Nordpost"), ["pretending to be from"]);
  assert.deepEqual(hits("callers pretending to be Nordpost staff"), ["pretending to be"]);
});
