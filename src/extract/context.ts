// What every extractor reads: the normalised text, its pack, its sentences, and cue scans
// computed once per document and shared.
import type { CompiledPack } from "../lang/compile.ts";
import { scan, scanIndexed, type CueMatcher, type Hit } from "../lang/terms.ts";
import type { Evidence } from "../model/record.ts";
import { sentenceSpans, spanIndexAt, type Span } from "../text/sentences.ts";

export interface Context {
  text: string;
  pack: CompiledPack;
  sentences: Span[];
  /** Spans claimed by indicators (e-mails, URLs…) or links to other articles, which names and numbers skip. */
  masked: Span[];
  /** End of the title/lead, where a mention weighs more. */
  leadEnd: number;
  cache: Map<CueMatcher<string>, Hit<string>[]>;
  /** Whether the pack's indexed families have been scanned (all at once). */
  indexScanned: boolean;
  /** Where the text says what could happen (see hypotheticalSpans), worked out once a document. */
  hypothetical?: Span[];
  /** The words the text writes in lower case (see lowercaseWords), read once a document. */
  lowerWords?: Set<string>;
}

export function makeContext(text: string, pack: CompiledPack): Context {
  const sentences = sentenceSpans(text);
  // The title and first sentence; a " date YYYY-MM-DD " line between them is not part of the lead.
  const body = sentences.filter((sp) => !/^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*$/.test(text.slice(sp.start, sp.end)));
  const leadEnd = Math.min(text.length, (body[1] ?? body[0])?.end ?? 0, 600);
  return { text, pack, sentences, masked: teaserLines(text, pack.teaserLine), leadEnd, cache: new Map(), indexScanned: false };
}

/** Lines linking to other articles, masked so their names are not taken for this one's. */
function teaserLines(text: string, line: RegExp): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(line)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}

/** All hits of a cue family in the document, scanned once. */
export function hitsOf<T extends string>(ctx: Context, matcher: CueMatcher<T>): Hit<T>[] {
  let hits = ctx.cache.get(matcher as CueMatcher<string>);
  if (!hits && !ctx.indexScanned && ctx.pack.index.matchers.includes(matcher as CueMatcher<string>)) {
    // The first family asked for that is in the pack's index brings the hits of all of them.
    ctx.indexScanned = true;
    const all = scanIndexed(ctx.pack.index, ctx.text);
    ctx.pack.index.matchers.forEach((m, i) => ctx.cache.set(m, all[i]!));
    hits = ctx.cache.get(matcher as CueMatcher<string>);
  }
  if (!hits) {
    hits = scan(matcher as CueMatcher<string>, ctx.text);
    ctx.cache.set(matcher as CueMatcher<string>, hits);
  }
  return hits as Hit<T>[];
}

/** Hits of a family inside [start, end). */
export function hitsIn<T extends string>(ctx: Context, matcher: CueMatcher<T>, start: number, end: number): Hit<T>[] {
  // A family's hits come in text order and never overlap, so those inside the range are a run:
  // found by binary search, not by a pass over every hit of the document.
  const hits = hitsOf(ctx, matcher);
  let lo = 0, hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  const out: Hit<T>[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < end; i++) if (hits[i]!.end <= end) out.push(hits[i]!);
  return out;
}

/** The sentence containing offset (or an empty span at it). */
export function sentenceAt(ctx: Context, offset: number): Span {
  const i = spanIndexAt(ctx.sentences, offset);
  return i >= 0 ? ctx.sentences[i]! : { start: offset, end: offset };
}

export function evidence(ctx: Context, start: number, end: number): Evidence {
  return { start, end, text: ctx.text.slice(start, end) };
}

export function isMasked(ctx: Context, start: number, end: number): boolean {
  return ctx.masked.some((m) => start < m.end && end > m.start);
}

/** Distinct values, first evidence kept and later evidence appended. */
export function mergeFindings<T>(items: { value: T; evidence: Evidence[]; reasons?: string[] }[]) {
  const out = new Map<T, { value: T; evidence: Evidence[]; reasons: string[] }>();
  for (const it of items) {
    const f = out.get(it.value);
    if (!f) out.set(it.value, { value: it.value, evidence: [...it.evidence], reasons: [...(it.reasons ?? [])] });
    else {
      for (const e of it.evidence) if (f.evidence.length < 3 && !f.evidence.some((x) => x.start === e.start)) f.evidence.push(e);
      for (const r of it.reasons ?? []) if (!f.reasons.includes(r)) f.reasons.push(r);
    }
  }
  return [...out.values()];
}
