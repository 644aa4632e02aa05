// Turns the hand-written terms of a language pack (syntax in ./types.ts) into one regular
// expression per cue family, so a text is scanned once per family rather than once per term.
// Which term matched is then told among only the terms that can begin with the match's first letter.
import { isLetterAt, isLetterOrDigitAt, isWhitespaceAt, lowerCodeAt } from "../text/letter-case.ts";
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
  /** Each rule alone, sticky; compiled on first use, as most rules of a pack never get tried. */
  ruleRe(i: number): RegExp;
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
// A gap may cross words but not a sentence end (a dot between digits or letters, "6.5 million",
// "500.000", "CERT.LV", is none, nor the ordinal dot of a day, "am 14. September"), and is bounded so matching stays
// linear.
// It may end in an article joined to the next word by a hyphen ("jaqsmu l-passwords" in Maltese).
// The gap is lazy as a whole: "stole data … from" takes the nearest "from", and a term never
// reaches over words (a name among them) it does not need.
const GAP = "\\s(?:(?:[^.!?\\n]|(?<=[\\d\\p{L}])\\.(?=[\\d\\p{L}])|(?<=(?<![\\p{L}\\p{N}])\\d{1,2})\\.(?= \\p{L})){0,60}?(?:\\s|-(?<=\\s\\p{L}{1,4}-)))??";

// A term ending in an elided word ("dell'") or a hyphened article ("tal-") runs into the next word.
const ELIDED_END = /(?:['’-]|\['’\])$/;

/** Regular-expression source for one term. */
export function termSource(term: string): string {
  return term.trim()
    // "to be (from )?", "suplantan (la identidad de)?": the optional last words carry their space
    // in front, or the term would end in whitespace and never meet the word boundary after it.
    .replace(/ \(([^()]*?) ?\)\?$/, "( ($1))?")
    .replace(/\s*…\s*/g, "\u0001")
    .replace(/\((?!\?)/g, "(?:")
    .replace(/(?<!\})\*/g, "\\p{L}*")
    // "cyber ?attack": a space made optional is any whitespace or none.
    .replace(/ \?/g, "\\s*")
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
  // The family's alternation is compiled now, so a bad term fails at load and never on text;
  // the rules' own patterns, thousands of them, are built when first tried: most never are.
  // A term that ends in an elided word ("attacco all'") ends where the next word begins.
  const ends = rules.map((r) => (ELIDED_END.test(r.term.trim()) ? "" : AFTER));
  // The boundary is tested once after the alternation unless some term ends elided.
  const shared = ends.every((e) => e === AFTER);
  const alternation = rules.length ? sources.map((src, i) => `(?:${src})${shared ? "" : ends[i]}`).join("|") : "(?!)";
  const regex = new RegExp(`${BEFORE}(?:${alternation})${shared ? AFTER : ""}`, "giu");
  const ruleRes: (RegExp | undefined)[] = new Array(rules.length);
  return {
    regex,
    byFirst,
    anyStart,
    rules,
    ruleRe: (i: number) => (ruleRes[i] ??= new RegExp(`(?:${sources[i]!})${ends[i]}`, "iuy")),
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
    const re = matcher.ruleRe(i);
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && m[0].length === matched.length) { found = i; break; }
  }
  // The alternation tries rules in order, so the first rule matching the same text is the one it took.
  if (matcher.ruleByText.size < 5000) matcher.ruleByText.set(key, found);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Indexed scanning. A family's alternation costs a regular-expression pass over the whole text,
// and a pack has thirty families. When every term of a family starts with a literal letter or
// digit, its hits can only begin at word starts with one of a few known prefixes: one pass over
// the words of the text, looking each word's first letters up in one table for all families,
// finds the same hits, trying only the terms that can match there.

/** Characters of a term's literal start that are kept: the first KEY look a word up, the rest reject candidates. */
const PREFIX = 8, KEY = 3;

/**
 * The lower-cased literal prefixes (up to eight characters, spaces left out) every match of a
 * term begins with, or null when the term can begin otherwise. Read from the term syntax;
 * wherever the syntax is not a plain character the prefix stops, which keeps it true (only shorter).
 * A space in a term is one or more whitespace characters, so prefixes and the text they are
 * compared with both leave whitespace out.
 */
export function literalPrefixes(term: string): string[] | null {
  // A term with many alternatives in a row has too many long prefixes; shorter ones still index it.
  for (const limit of [PREFIX, 5, KEY]) {
    const prefixes = prefixesUpTo(term, limit);
    if (prefixes !== "too many") return prefixes;
  }
  return null;
}

function prefixesUpTo(term: string, limit: number): string[] | null | "too many" {
  const out = new Set<string>();
  let ok = true, tooMany = false;
  const walk = (src: string, acc: string): void => {
    if (!ok) return;
    if (out.size > 64) { ok = false; tooMany = true; return; }
    if (acc.length >= limit) { out.add(acc.slice(0, limit)); return; }
    if (!src) { out.add(acc); return; }
    const c = src[0]!;
    if (c === "(") {
      const close = matchingParen(src, 0);
      if (close < 0) { ok = false; return; }
      let inner = src.slice(1, close);
      if (inner.startsWith("?:")) inner = inner.slice(2);
      else if (inner.startsWith("?")) { out.add(acc); return; }
      const q = src[close + 1];
      const rest = src.slice(close + (q === "?" ? 2 : 1));
      if (q === "*" || q === "+" || q === "{") { out.add(acc); return; }
      if (q === "?") walk(rest, acc);
      for (const alt of splitTop(inner)) walk(alt + rest, acc);
      return;
    }
    let ch = c, width = 1;
    if (c === "\\") {
      const e = src[1];
      if (!e || /[A-Za-z0-9]/.test(e)) { out.add(acc); return; }
      ch = e;
      width = 2;
    } else if (c === " ") { walk(src.slice(src[1] === "?" ? 2 : 1), acc); return; }
    // A class of plain letters ("Cl[0o]p") is each of them: the word's next letter picks one.
    else if (c === "[") {
      const close = src.indexOf("]");
      const members = close > 1 ? src.slice(1, close) : "";
      const q = src[close + 1];
      if (!/^[\p{L}\p{N}]+$/u.test(members) || (q !== undefined && "?*+{".includes(q))) { out.add(acc); return; }
      for (const m of members) walk(m + src.slice(close + 1), acc);
      return;
    }
    else if ("[.^$|)*+?{…".includes(c) || /\s/.test(c)) { out.add(acc); return; }
    const q = src[width];
    const unit = lowerCodeAt(ch, 0), lower = unit < 0 ? "" : String.fromCharCode(foldSigma(unit));
    if (lower.length !== 1 || q === "{") { out.add(acc); return; }
    if (q === "?") { walk(src.slice(width + 1), acc); walk(src.slice(width + 1), acc + lower); return; }
    if (q === "+" || q === "*") { out.add(acc + lower); return; }
    walk(src.slice(width), acc + lower);
  };
  for (const alt of splitTop(term.trim())) walk(alt, "");
  if (tooMany) return "too many";
  if (!ok || !out.size) return null;
  const prefixes = [...out];
  return prefixes.every((p) => p && isLetterOrDigitAt(p, 0)) ? prefixes : null;
}

export interface CueIndex {
  matchers: CueMatcher<string>[];
  /** A trie over the first KEY characters of the prefixes (lower-cased UTF-16 units). */
  root: TrieNode;
}

interface TrieNode {
  /** The terms whose key is this node's path or a shorter part of it, in alternation order. */
  all: IndexEntry[];
  children: Map<number, TrieNode>;
  /** The children of Latin letters and digits (units below LOW_UNITS) by unit, the rest only in the map. */
  low: (TrieNode | undefined)[];
}

const LOW_UNITS = 0x250;

function childOf(node: TrieNode, unit: number): TrieNode | undefined {
  // Reading past an array's end is slow in V8, so the length is tested first.
  if (unit < node.low.length) return node.low[unit];
  return unit < LOW_UNITS ? undefined : node.children.get(unit);
}

interface IndexEntry {
  /** Matcher index × RULE_SLOTS + rule index: sorted, the order the alternation tries them in. */
  order: number;
  /** The matcher index and the rule index that order is made of. */
  slot: number;
  rule: number;
  prefix: string;
  /** The term as folded units (SPACE for a run of whitespace) when it is letters, digits and plain
   * punctuation only: compared unit by unit, it needs no pattern. */
  literal: Int32Array | null;
  /** The literal term ends in "*": any letters may follow before the word ends. */
  letterTail: boolean;
  /** The rule's own pattern, once it has been needed; kept here so the scan reads one kind of object. */
  pattern: RegExp | null;
  value: string;
  reason: string;
}

/** Characters that mean themselves in a term's pattern, case folded: what literalUnits may hold. */
const LITERAL_TERM = /^[\p{L}\p{N}'’&\/-]+(?: [\p{L}\p{N}'’&\/-]+)*\*?$/u;

/** A term's folded units, as foldedAt reads text, or null when its pattern says more than its letters. */
function literalUnits(term: string): { units: Int32Array; letterTail: boolean } | null {
  const t = term.trim();
  // An elided end ("all'") has no word boundary after it, and a "*" inside a word can give back letters.
  if (!LITERAL_TERM.test(t) || ELIDED_END.test(t) || t.indexOf("*") !== -1 && t.indexOf("*") !== t.length - 1) return null;
  const body = t.endsWith("*") ? t.slice(0, -1) : t;
  const units: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // Surrogates, and letters whose lower case is longer, are left to the pattern's own case folding.
    if (c >= 0xd800 && c <= 0xdfff) return null;
    const u = foldedAt(body, i);
    if (u < 0) return null;
    units.push(u);
  }
  return { units: Int32Array.from(units), letterTail: t.endsWith("*") };
}

/** The end of a literal term matched at p, or -1: as its pattern would match it, whitespace runs and case folded alike. */
function literalEnd(text: string, p: number, units: Int32Array, letterTail: boolean): number {
  let i = p;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (i >= text.length) return -1;
    if (u === SPACE) {
      if (foldedAt(text, i) !== SPACE) return -1;
      while (i < text.length && foldedAt(text, i) === SPACE) i++;
    } else {
      if (foldedAt(text, i) !== u) return -1;
      i++;
    }
  }
  if (letterTail) while (i < text.length && isLetterAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
  return i < text.length && isLetterOrDigitAt(text, i) ? -1 : i;
}

const RULE_SLOTS = 1 << 16;

/** The families whose every term has literal prefixes, indexed together; the others are left out. */
export function buildIndex(families: CueMatcher<string>[]): CueIndex {
  const matchers: CueMatcher<string>[] = [];
  const root: TrieNode = { all: [], children: new Map(), low: [] };
  const own = new Map<TrieNode, IndexEntry[]>();
  for (const m of families) {
    const prefixes = m.rules.map((r) => literalPrefixes(r.term));
    if (!m.rules.length || m.rules.length >= RULE_SLOTS || prefixes.some((p) => p === null)) continue;
    const slot = matchers.push(m) - 1;
    prefixes.forEach((list, r) => {
      const rule = m.rules[r]!;
      const literal = literalUnits(rule.term);
      for (const prefix of new Set(list!)) {
        let node = root;
        for (let i = 0; i < Math.min(KEY, prefix.length); i++) {
          const c = prefix.charCodeAt(i);
          let child = node.children.get(c);
          if (!child) node.children.set(c, (child = { all: [], children: new Map(), low: [] }));
          node = child;
        }
        (own.get(node) ?? own.set(node, []).get(node)!).push({ order: slot * RULE_SLOTS + r, slot, rule: r, prefix, literal: literal?.units ?? null, letterTail: literal?.letterTail ?? false, pattern: null, value: rule.value, reason: rule.reason });
      }
    });
  }
  // Each node lists its own terms and those of the nodes above it, so a word's deepest node is
  // all there is to try, already in alternation order.
  const fill = (node: TrieNode, inherited: IndexEntry[]) => {
    node.all = [...inherited, ...(own.get(node) ?? [])].sort((a, b) => a.order - b.order);
    const lowKeys = [...node.children.keys()].filter((u) => u < LOW_UNITS);
    node.low = Array.from({ length: lowKeys.length ? Math.max(...lowKeys) + 1 : 0 }, (_, u) => node.children.get(u));
    for (const child of node.children.values()) fill(child, node.all);
  };
  fill(root, []);
  return { matchers, root };
}

// ASCII answered from a table, the rest by the shared character classes: most text is ASCII,
// and this loop reads every character of every document.
const LETTER_OR_DIGIT = 1, WHITESPACE = 2;
const ASCII_CLASS = new Uint8Array(128).map((_, c) => (isLetterOrDigitAt(String.fromCharCode(c), 0) ? LETTER_OR_DIGIT : 0) | (isWhitespaceAt(String.fromCharCode(c), 0) ? WHITESPACE : 0));
const SPACE = -2;

/** The lower-cased unit at i as lowerCodeAt gives it (final ς as σ), or SPACE where the character is whitespace. */
function foldedAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (ASCII_CLASS[c]! & WHITESPACE) !== 0 ? SPACE : c >= 65 && c <= 90 ? c + 32 : c;
  return isWhitespaceAt(text, i) ? SPACE : foldSigma(lowerCodeAt(text, i));
}

const FINAL_SIGMA = 0x3c2, SIGMA = 0x3c3;
/** Final ς is σ to the patterns' case folding, as Σ is: the prefixes and the text are read so alike. */
function foldSigma(unit: number): number {
  return unit === FINAL_SIGMA ? SIGMA : unit;
}

/** The hits of every indexed family, as scan() finds them, from one pass over the words. */
export function scanIndexed(index: CueIndex, text: string): Hit<string>[][] {
  const hits: Hit<string>[][] = index.matchers.map(() => []);
  const busyUntil = new Int32Array(index.matchers.length);
  const { matchers, root } = index;
  const head = new Int32Array(PREFIX);
  let prevLetter = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const letter = c < 128 ? (ASCII_CLASS[c]! & LETTER_OR_DIGIT) !== 0 : isLetterOrDigitAt(text, p);
    const start = letter && !prevLetter;
    prevLetter = letter;
    if (!start) continue;
    // The word's first characters, lower-cased, whitespace left out, as the prefixes were read:
    // the trie is walked as they are read, and most words leave it within a letter or two.
    let node = root, filled = 0, i = p;
    while (filled < KEY && i < text.length) {
      const u = foldedAt(text, i);
      if (u === SPACE) { i++; continue; }
      const child = u < 0 ? undefined : childOf(node, u);
      if (!child) break;
      head[filled++] = u;
      node = child;
      i++;
    }
    const candidates = node.all;
    if (!candidates.length) continue;
    // Deeper prefixes are compared with the characters after the key, read once a word.
    if (filled === KEY) {
      for (; i < text.length && filled < PREFIX; i++) {
        const u = foldedAt(text, i);
        if (u === SPACE) continue;
        if (u < 0) break;
        head[filled++] = u;
      }
    }
    let decided = -1, tried = -1;
    for (let k = 0; k < candidates.length; k++) {
      const e = candidates[k]!, slot = e.slot;
      if (slot === decided || e.order === tried || busyUntil[slot]! > p) continue;
      const prefix = e.prefix;
      if (prefix.length > filled) continue;
      let same = true;
      for (let i = KEY; i < prefix.length; i++) if (prefix.charCodeAt(i) !== head[i]) { same = false; break; }
      if (!same) continue;
      tried = e.order;
      let length: number;
      if (e.literal !== null) {
        const end = literalEnd(text, p, e.literal, e.letterTail);
        if (end <= p) continue;
        length = end - p;
      } else {
        const re = e.pattern ??= matchers[slot]!.ruleRe(e.rule);
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m || m[0].length === 0) continue;
        length = m[0].length;
      }
      hits[slot]!.push({ value: e.value, reason: e.reason, start: p, end: p + length });
      busyUntil[slot] = p + length;
      decided = slot;
    }
  }
  return hits;
}
