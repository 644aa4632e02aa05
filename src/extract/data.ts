// Data categories that were compromised and those the text says were not ("keine Bankdaten",
// "non vi fossero informazioni relative ai pagamenti", "aldrig haft adgang til …").
import type { Finding } from "../model/record.ts";
import type { DataCategory } from "../model/vocab.ts";
import { clauseSpans } from "../text/sentences.ts";
import { evidence, hitsIn, hitsOf, mergeFindings, sentenceAt, type Context } from "./context.ts";

export interface DataResult {
  compromised: Finding<DataCategory>[];
  notCompromised: Finding<DataCategory>[];
}

export function extractData(ctx: Context): DataResult {
  const { pack } = ctx;
  const compromised: Finding<DataCategory>[] = [], notCompromised: Finding<DataCategory>[] = [];
  for (const h of hitsOf(ctx, pack.data)) {
    const s = sentenceAt(ctx, h.start);
    const clause = clauseSpans(ctx.text, s).find((c) => h.start >= c.start && h.start < c.end) ?? s;
    const negBefore = hitsIn(ctx, pack.negation, clause.start, h.start);
    const negInSentence = hitsIn(ctx, pack.negation, s.start, s.end);
    const cues = hitsIn(ctx, pack.compromise, s.start, s.end);
    const hedged = hitsIn(ctx, pack.hedges, s.start, s.end).length > 0;
    const prev = sentenceAt(ctx, Math.max(0, s.start - 2));
    const listAfterCue = hitsIn(ctx, pack.compromise, prev.start, prev.end).length > 0 && /[:]\s*$/.test(ctx.text.slice(prev.start, prev.end));
    const finding = (reason: string) => ({ value: h.value, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason, reason] });
    if (negBefore.length) {
      if (!hedged) notCompromised.push(finding(`data.negated-in-clause:${negBefore[0]!.reason}`));
      continue;
    }
    const negAfter = negInSentence.filter((n) => n.start > h.end);
    const cueBeforeNeg = cues.some((c) => negAfter.length && c.start < negAfter[0]!.start);
    // "Bankdaten sind nicht betroffen", "indgår derfor ikke": the negation governs the cue after it.
    const negatedCue = negAfter.length > 0 && cues.some((c) => negAfter.some((n) => n.end <= c.start && c.start - n.end <= 30));
    if (negAfter.length && (!cues.length || negatedCue)) {
      if (!hedged) notCompromised.push(finding(`data.negated-in-sentence:${negAfter[0]!.reason}`));
      continue;
    }
    if (cues.length || listAfterCue) compromised.push(finding(cueBeforeNeg || cues.length ? `data.compromise-cue:${cues[0]?.reason ?? "list"}` : "data.list-after-cue"));
  }
  const no = mergeFindings(notCompromised);
  const noSet = new Set(no.map((f) => f.value));
  return { compromised: mergeFindings(compromised).filter((f) => !noSet.has(f.value)), notCompromised: no };
}
