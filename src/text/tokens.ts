// The words of a text as name finding reads them, found by a loop over the characters: the
// pattern it replaces, /[\p{L}\p{N}]+(?:[&'’\-/.][\p{L}\p{N}]+){0,6}\.?/gu, made a string and a
// match for every word, and most words (lower case, outside any name) are never looked at again.
import { isLetterAt, isLetterOrDigitAt } from "./letter-case.ts";

/** Characters that join the parts of one word: "AT&T", "O'Brien", "e-mail", "and/or", "S.p.A". */
const isJoiner = (c: number) => c === 38 || c === 39 || c === 0x2019 || c === 45 || c === 47 || c === 46;
const MAX_JOINS = 6;

/** Code units of the character at i: 2 for a whole surrogate pair, 1 for anything else, a lone half included. */
const width = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = s.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

/** Start and end offsets of each word, in order: starts[i], ends[i]. */
export interface TokenSpans { starts: number[]; ends: number[] }

/**
 * Each run of letters and digits, with up to six more runs joined to it by one joining character
 * each, and a final dot only on abbreviations written with dots ("B.T.", "S.p.A."): "end." is
 * "end". Where the pattern matched, the dot is passed over either way.
 */
export function tokenSpans(text: string): TokenSpans {
  const starts: number[] = [], ends: number[] = [];
  const n = text.length;
  const runEnd = (i: number) => { while (i < n && isLetterOrDigitAt(text, i)) i += width(text, i); return i; };
  for (let i = 0; i < n;) {
    if (!isLetterOrDigitAt(text, i)) { i += width(text, i); continue; }
    const start = i;
    i = runEnd(i);
    for (let joins = 0; joins < MAX_JOINS && i + 1 < n && isJoiner(text.charCodeAt(i)) && isLetterOrDigitAt(text, i + 1); joins++) i = runEnd(i + 1);
    let end = i;
    if (i < n && text.charCodeAt(i) === 46) {
      i++;
      if (hasLetterDotLetter(text, start, i)) end = i;
    }
    starts.push(start);
    ends.push(end);
  }
  return { starts, ends };
}

/** /\p{L}\.\p{L}/u within text[start, end). */
function hasLetterDotLetter(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k + 1 < end; k++) {
    if (text.charCodeAt(k) !== 46) continue;
    const before = k - 1 > start && text.charCodeAt(k - 1) >= 0xdc00 && text.charCodeAt(k - 1) <= 0xdfff ? k - 2 : k - 1;
    if (before >= start && isLetterAt(text, before) && isLetterAt(text, k + 1)) return true;
  }
  return false;
}

/**
 * Whether two lower-case words are forms of one word: they share all but the shorter one's last
 * letter, four letters at least ("virus" and "viruksen", "spółka" and "spółkę", "leak" and "leaked").
 */
export function sameWord(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common >= 4 && common >= shorter - 1;
}
