import assert from "node:assert/strict";
import { test } from "node:test";
import { sameWord, tokenSpans } from "./tokens.ts";

// The definition the loop replaces.
const TOKEN = /[\p{L}\p{N}]+(?:[&'’\-/.][\p{L}\p{N}]+){0,6}\.?/gu;
function byPattern(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    if (t.endsWith(".") && !/\p{L}\.\p{L}/u.test(t)) t = t.slice(0, -1);
    out.push([m.index!, m.index! + t.length]);
  }
  return out;
}
const byLoop = (text: string): [number, number][] => { const { starts, ends } = tokenSpans(text); return starts.map((s, i) => [s, ends[i]!]); };

test("words are the pattern's words: joined parts, dotted abbreviations, astral letters, lone surrogates", () => {
  for (const text of ["AT&T and O'Brien’s e-mail and/or S.p.A. end.", "U.S. B.T. a.b.c.d.e.f.g.h.i", "x.y. 1.2.3. 3M 1Password", "𝐀𝐁 c𝐃. é.𝐀.", "\ud800x \udc00y ab\ud800", "-a- .b. &c& ''", "a-b-c-d-e-f-g-h-i-j", ""]) {
    assert.deepEqual(byLoop(text), byPattern(text), JSON.stringify(text));
  }
  const pieces = ["AT", "&", "T", "'", "’", "-", "/", ".", "e", "Mail", "1", "2", " ", "\n", ",", "𝐀", "ß", "\ud800", "\udc00", "…", "S.p.A.", "(", "é"];
  let seed = 11;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let k = 0; k < 3000; k++) {
    let text = "";
    for (let w = 0; w < 14; w++) text += pieces[rand(pieces.length)]!;
    assert.deepEqual(byLoop(text), byPattern(text), JSON.stringify(text));
  }
});

test("forms of one word share all but the shorter one's last letter; words of one compound family do not", () => {
  assert.ok(sameWord("virus", "viruksen"));
  assert.ok(sameWord("spółka", "spółkę"));
  assert.ok(sameWord("leak", "leaked"));
  assert.ok(!sameWord("tietomurto", "tietoturva"));
  assert.ok(!sameWord("bot", "bots"), "three letters are too few to tell");
  assert.ok(!sameWord("hacker", "hosting"));
});
