// Sentence and clause spans over a text. Rule-based and language-neutral: a sentence ends at
// . ! ? before a capital, digit or quote, or at a line break, except after an abbreviation, an
// initial or an ordinal number ("23. juni").
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "st", "nr", "no", "bzw", "ca", "inkl", "evt", "bl", "fx", "mfl",
  "resp", "jf", "etc", "vs", "inc", "ltd", "co", "corp", "sig", "dott", "ing", "avv", "prof", "z", "u", "vgl", "ggf",
  "usw", "ua", "d", "h", "t", "e", "f", "s", "p", "m", "mio", "mrd", "mln", "tys", "tzw", "np", "itp", "ok", "op"]);

/** Sentence spans, trimmed of surrounding whitespace, in text order. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const re = /\n|[.!?…]+(?=["'»”)\]]*\s+["'«„“(\[]*[\p{Lu}\p{N}•–—-])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === "\n") { push(m.index); continue; }
    if (m[0] === ".") {
      const before = /([\p{L}\p{N}]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? "";
      if (/^\d{1,2}$/.test(before) || ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
      if (/\p{Lu}\.\p{Lu}$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue; // "B.T."
    }
    push(m.index + m[0].length);
  }
  push(text.length);
  return spans;
}

/** Clause spans inside a sentence span: split at , ; : and dashes between spaces. */
export function clauseSpans(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  const re = /[,;:]\s|\s[–—-]\s|\s\(|\)\s/g;
  re.lastIndex = sentence.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < sentence.end) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: sentence.end });
  return out.filter((c) => c.end > c.start);
}

/** Index of the span containing offset, by binary search; -1 when none does. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
