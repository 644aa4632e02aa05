// Turns the hand-written terms of a language pack (syntax in ./types.ts) into one regular
// expression per cue family, so a text is scanned once per family rather than once per term.
// Which term matched is then told among only the terms that can begin with the match's first letter.
import type { Cues } from "./types.ts";

/** One term of a pack, with the id that travels into every finding it produces. */
export interface Rule<T extends string> {
  value: T;
  reason: string;
  term: string;
}

/** One compiled cue family: a single alternation without capture groups, so a match allocates
 * little; which rule matched is found afterwards with sticky per-rule patterns, cached by text. */
export interface CueMatcher<T extends string> {
  regex: RegExp;
  /** Lower-cased first character → indices of the rules that may start with it, in rule order. */
  byFirst: Map<string, number[]>;
  /** Indices of the rules whose first character cannot be told from the term. */
  anyStart: number[];
  rules: Rule<T>[];
  ruleRes: RegExp[];
  ruleByText: Map<string, number>;
}

/** A place in a text where a term matched. */
export interface Hit<T extends string> {
  value: T;
  reason: string;
  start: number;
  end: number;
}

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
// A gap may cross words but not a sentence end, and is bounded so matching stays linear.
const GAP = "\\s(?:[^.!?\\n]{0,60}?\\s)?";

/** Regular-expression source for one term. */
export function termSource(term: string): string {
  return term.trim()
    // "to be (from )?": the optional last word carries its space in front, or the term would
    // end in whitespace and never meet the word boundary after it.
    .replace(/ \(([^()]*?) \)\?$/, "( $1)?")
    .replace(/\s*…\s*/g, "\u0001")
    .replace(/\((?!\?)/g, "(?:")
    .replace(/(?<!\})\*/g, "\\p{L}*")
    .replace(/ +/g, "\\s+")
    .replace(/\u0001/g, GAP);
}

/** Compiles a family of cues; reason ids read `lang/family/value/term`. */
export function compileCues<T extends string>(lang: string, family: string, cues: Cues<T>): CueMatcher<T> {
  const rules: Rule<T>[] = [];
  for (const [value, terms] of Object.entries(cues) as [T, string[] | undefined][]) {
    for (const term of terms ?? []) rules.push({ value, term, reason: `${lang}/${family}/${value}/${term}` });
  }
  // Longer terms first, so "phishing-mail" wins over "mail" at the same place.
  rules.sort((a, b) => b.term.length - a.term.length);
  const sources = rules.map((r) => termSource(r.term));
  const starts = rules.map((r) => firstChars(r.term));
  const anyStart = starts.flatMap((set, i) => (set ? [] : [i]));
  const byFirst = new Map<string, number[]>();
  for (const ch of new Set(starts.flatMap((set) => (set ? [...set] : [])))) byFirst.set(ch, starts.flatMap((set, i) => (!set || set.has(ch) ? [i] : [])));
  const body = rules.length ? sources.map((src) => `(?:${src})`).join("|") : "(?!)";
  return {
    regex: new RegExp(`${BEFORE}(?:${body})${AFTER}`, "giu"),
    byFirst,
    anyStart,
    rules,
    ruleRes: sources.map((s) => new RegExp(`(?:${s})${AFTER}`, "iuy")),
    ruleByText: new Map(),
  };
}

/**
 * The lower-cased characters a term can begin with, or null when that cannot be told (a class,
 * an escape such as \p, an optional first part). Read from the term syntax, before compiling.
 */
export function firstChars(term: string): Set<string> | null {
  const out = new Set<string>();
  for (const alt of splitTop(term.trim())) {
    const set = firstOfAlternative(alt);
    if (!set) return null;
    for (const c of set) out.add(c);
  }
  return out.size ? out : null;
}

function firstOfAlternative(src: string): Set<string> | null {
  if (!src) return null;
  const c = src[0]!;
  if (c === "(") {
    if (src[1] === "?") return null;
    const close = matchingParen(src, 0);
    if (close < 0) return null;
    const after = src[close + 1];
    if (after === "?" || after === "{") return null;
    return firstChars(src.slice(1, close));
  }
  if (c === "[" || c === "." || c === "^" || c === "$" || c === "|" || c === "*" || /\s/.test(c)) return null;
  let ch = c, next = 1;
  if (c === "\\") {
    const e = src[1];
    if (!e || /[A-Za-z0-9]/.test(e)) return null;
    ch = e;
    next = 2;
  }
  if (src[next] === "?" || src[next] === "{") return null;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? new Set([lower]) : null;
}

/** Splits on "|" outside parentheses and classes. */
function splitTop(src: string): string[] {
  const parts: string[] = [];
  let depth = 0, cls = false, start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") { i++; continue; }
    if (cls) { if (c === "]") cls = false; continue; }
    if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { parts.push(src.slice(start, i)); start = i + 1; }
  }
  parts.push(src.slice(start));
  return parts;
}

function matchingParen(src: string, open: number): number {
  let depth = 0, cls = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") { i++; continue; }
    if (cls) { if (c === "]") cls = false; continue; }
    if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Compiles a flat list of terms as one family whose value is `value`. */
export function compileList<T extends string>(lang: string, family: string, value: T, terms: string[]): CueMatcher<T> {
  return compileCues(lang, family, { [value]: terms } as Cues<T>);
}

/** Every non-overlapping place where a term of the family matches, leftmost first. Never throws on text. */
export function scan<T extends string>(matcher: CueMatcher<T>, text: string, from = 0, to = text.length): Hit<T>[] {
  const hits: Hit<T>[] = [];
  const re = matcher.regex;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= to) break;
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const group = matcher.byFirst.get(m[0][0]!.toLowerCase()) ?? matcher.anyStart;
    const rule = matcher.rules[ruleIndex(matcher, group, text, m.index, m[0])];
    if (rule) hits.push({ value: rule.value, reason: rule.reason, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The first rule of the group (in alternation order) that matches exactly `matched` at `at`. */
function ruleIndex<T extends string>(matcher: CueMatcher<T>, group: number[], text: string, at: number, matched: string): number {
  const key = matched.toLowerCase();
  const cached = matcher.ruleByText.get(key);
  if (cached !== undefined) return cached;
  let found = -1;
  for (const i of group) {
    const re = matcher.ruleRes[i]!;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length === matched.length) { found = i; break; }
  }
  // The alternation tries rules in order, so the first rule matching the same text is the one it took.
  if (matcher.ruleByText.size < 5000) matcher.ruleByText.set(key, found);
  return found;
}
