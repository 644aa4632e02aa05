// Letter-case tests on single characters, for the per-token checks of name finding: ASCII is
// decided by code, anything else by the Unicode property, so the answer equals \p{Lu}/\p{Ll}/\p{L}
// while a token of plain letters costs no regular expression at all.

const UPPER = /^\p{Lu}$/u, LOWER = /^\p{Ll}$/u, LETTER = /^\p{L}$/u, NUMBER = /^\p{N}$/u;

/** The character (code point) starting at i, or "" past the end. */
function charAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? "" : String.fromCodePoint(c);
}

const width = (ch: string) => ch.length || 1;

export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(charAt(s, i));
}

export function isLowerAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(charAt(s, i));
}

export function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(charAt(s, i));
}

export function isNumberAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return NUMBER.test(charAt(s, i));
}

/** Starts with a capital, or with digits and then a letter ("3M", "1Password"): /^\p{Lu}|^\p{N}+\p{L}/u. */
export function isCapitalised(t: string): boolean {
  if (!t) return false;
  if (isUpperAt(t, 0)) return true;
  let i = 0;
  while (i < t.length && isNumberAt(t, i)) i += width(charAt(t, i));
  return i > 0 && i < t.length && isLetterAt(t, i);
}

/** Two or more capitals and nothing lower-cased: /\p{Lu}.*\p{Lu}/u and t === t.toUpperCase(). */
export function isAllCapitals(t: string): boolean {
  if (t !== t.toUpperCase()) return false;
  let upper = 0;
  for (let i = 0; i < t.length; i += width(charAt(t, i))) if (isUpperAt(t, i) && ++upper === 2) return true;
  return false;
}

/** A capital after lower-case letters inside the word ("PayPal", "iPhone"): /^\p{L}\p{Ll}+\p{Lu}|^\p{Ll}+\p{Lu}/u. */
export function isCamelCase(t: string): boolean {
  if (!t || !isLetterAt(t, 0)) return false;
  const firstLower = isLowerAt(t, 0);
  let i = width(charAt(t, 0)), run = 0;
  while (i < t.length && isLowerAt(t, i)) { i += width(charAt(t, i)); run++; }
  if (i >= t.length || !isUpperAt(t, i)) return false;
  return run >= 1 || firstLower;
}
