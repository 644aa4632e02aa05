// Character classes and letter case for per-character loops (name finding, the indexed cue
// scan): each class answers as its Unicode property regular expression does, looked up in a
// table filled once per UTF-16 unit, so a text costs no regular expression per character.

/** A test "is the character (code point) at i in this class", equal to the regular expression. */
export type CharTest = (s: string, i: number) => boolean;

function charClass(property: RegExp): CharTest {
  const table = new Int8Array(65536).fill(-1);
  for (let c = 0; c < 128; c++) table[c] = property.test(String.fromCharCode(c)) ? 1 : 0;
  return (s, i) => {
    const c = s.charCodeAt(i);
    if (Number.isNaN(c)) return false;
    // A surrogate is half of a character outside the table: the pair is read whole, and a
    // surrogate without its other half is no letter (nor anything else).
    if (c >= 0xd800 && c <= 0xdfff) {
      const cp = s.codePointAt(c <= 0xdbff ? i : i - 1)!;
      return property.test(cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(c));
    }
    let v = table[c]!;
    if (v < 0) table[c] = v = property.test(String.fromCharCode(c)) ? 1 : 0;
    return v === 1;
  };
}

export const isUpperAt = charClass(/^\p{Lu}$/u);
export const isLowerAt = charClass(/^\p{Ll}$/u);
export const isLetterAt = charClass(/^\p{L}$/u);
export const isNumberAt = charClass(/^\p{N}$/u);
export const isLetterOrDigitAt = charClass(/^[\p{L}\p{N}]$/u);
export const isWhitespaceAt = charClass(/^\s$/u);

// The lower case of a UTF-16 unit, or -1 where it lower-cases to more than one unit.
const lowerUnit = new Int32Array(65536).fill(-2);

/** The lower-cased UTF-16 unit at i, as String.toLowerCase gives it, or -1 when that is longer. */
export function lowerCodeAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let v = lowerUnit[c]!;
  if (v === -2) {
    const lower = String.fromCharCode(c).toLowerCase();
    lowerUnit[c] = v = lower.length === 1 ? lower.charCodeAt(0) : -1;
  }
  return v;
}

/** Code units the character at i takes: 2 for a surrogate pair. */
const width = (s: string, i: number) => ((s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Starts with a capital, or with digits and then a letter ("3M", "1Password"): /^\p{Lu}|^\p{N}+\p{L}/u. */
export function isCapitalised(t: string): boolean {
  return isCapitalisedAt(t, 0, t.length);
}

/** isCapitalised(s.slice(start, end)), without the slice. */
export function isCapitalisedAt(s: string, start: number, end: number): boolean {
  if (start >= end) return false;
  if (isUpperAt(s, start)) return true;
  let i = start;
  while (i < end && isNumberAt(s, i)) i += width(s, i);
  return i > start && i < end && isLetterAt(s, i);
}

/** Two or more capitals and nothing lower-cased: /\p{Lu}.*\p{Lu}/u and t === t.toUpperCase(). */
export function isAllCapitals(t: string): boolean {
  if (t !== t.toUpperCase()) return false;
  let upper = 0;
  for (let i = 0; i < t.length; i += width(t, i)) if (isUpperAt(t, i) && ++upper === 2) return true;
  return false;
}

/** A capital after lower-case letters inside the word ("PayPal", "iPhone"): /^\p{L}\p{Ll}+\p{Lu}|^\p{Ll}+\p{Lu}/u. */
export function isCamelCase(t: string): boolean {
  if (!t || !isLetterAt(t, 0)) return false;
  const firstLower = isLowerAt(t, 0);
  let i = width(t, 0), run = 0;
  while (i < t.length && isLowerAt(t, i)) { i += width(t, i); run++; }
  if (i >= t.length || !isUpperAt(t, i)) return false;
  return run >= 1 || firstLower;
}
