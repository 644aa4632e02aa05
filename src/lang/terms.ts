// Turns the hand-written terms of a language pack (syntax in ./types.ts) into one regular
// expression per cue family, so a text is scanned once per family rather than once per term.
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
  const body = rules.length ? sources.map((s) => `(?:${s})`).join("|") : "(?!)";
  return {
    regex: new RegExp(`${BEFORE}(?:${body})${AFTER}`, "giu"),
    rules,
    ruleRes: sources.map((s) => new RegExp(`(?:${s})${AFTER}`, "iuy")),
    ruleByText: new Map(),
  };
}

/** Compiles a flat list of terms as one family whose value is `value`. */
export function compileList<T extends string>(lang: string, family: string, value: T, terms: string[]): CueMatcher<T> {
  return compileCues(lang, family, { [value]: terms } as Cues<T>);
}

/** Every non-overlapping place where a term of the family matches. Never throws on text. */
export function scan<T extends string>(matcher: CueMatcher<T>, text: string, from = 0, to = text.length): Hit<T>[] {
  const hits: Hit<T>[] = [];
  const re = matcher.regex;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= to) break;
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const rule = matcher.rules[ruleIndex(matcher, text, m.index, m[0])];
    if (rule) hits.push({ value: rule.value, reason: rule.reason, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** The first rule (in alternation order) that matches exactly `matched` at `at`. */
function ruleIndex<T extends string>(matcher: CueMatcher<T>, text: string, at: number, matched: string): number {
  const key = matched.toLowerCase();
  const cached = matcher.ruleByText.get(key);
  if (cached !== undefined) return cached;
  let found = -1;
  for (let i = 0; i < matcher.ruleRes.length; i++) {
    const re = matcher.ruleRes[i]!;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length === matched.length) { found = i; break; }
  }
  // The alternation tries rules in order, so the first rule matching the same text is the one it took.
  if (matcher.ruleByText.size < 5000) matcher.ruleByText.set(key, found);
  return found;
}
