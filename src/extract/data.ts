// Data categories that were compromised and those the text says were not ("keine Bankdaten",
// "non vi fossero informazioni relative ai pagamenti", "aldrig haft adgang til …").
import type { Finding } from "../model/record.ts";
import type { DataCategory } from "../model/vocab.ts";
import type { Hit } from "../lang/terms.ts";
import { clauseSpans, type Span } from "../text/sentences.ts";
import { evidence, hitsIn, hitsOf, mergeFindings, sentenceAt, type Context } from "./context.ts";

export interface DataResult {
  compromised: Finding<DataCategory>[];
  notCompromised: Finding<DataCategory>[];
}

/** What decides, for every category named in a sentence, whether it was taken. */
interface SentenceFacts {
  clauses: Span[];
  negations: Hit<"negation">[];
  /** Where a clause in contrast begins ("men ikke …"), or a semicolon: no negation reaches back over it. */
  barriers: number[];
  cues: Hit<"compromise">[];
  /** "Could have been": a hedged clause says nothing for certain, so neither does its negation. */
  hedges: Hit<string>[];
  /** The sentence tells readers what to do: "never share your password" negates an instruction, not a loss. */
  advice: boolean;
  /** The sentence before announces a list ("Folgende Daten sind betroffen:"). */
  listAfterCue: boolean;
  /** "Unclear whether", "ob … unklar": what they speak of is not known either way. */
  unknown: Hit<string>[];
}

export function extractData(ctx: Context): DataResult {
  const { pack } = ctx;
  const compromised: Finding<DataCategory>[] = [], notCompromised: Finding<DataCategory>[] = [];
  // A sentence names several categories as a rule: what is read of the sentence is read once.
  const sentences = new Map<number, SentenceFacts>();
  const sentenceFacts = (s: Span): SentenceFacts => {
    let facts = sentences.get(s.start);
    if (!facts) {
      const prev = sentenceAt(ctx, Math.max(0, s.start - 2));
      const negations = hitsIn(ctx, pack.negation, s.start, s.end);
      facts = {
        clauses: clauseSpans(ctx.text, s),
        negations,
        barriers: [...hitsIn(ctx, pack.contrast, s.start, s.end).map((h) => h.start), ...semicolons(ctx.text, s)],
        // A cue inside a negation ("odcizeny nebyly", not stolen) says the opposite of a cue.
        cues: withoutNegated(hitsIn(ctx, pack.compromise, s.start, s.end), negations),
        hedges: hitsIn(ctx, pack.hedges, s.start, s.end),
        advice: hitsIn(ctx, pack.advice, s.start, s.end).length > 0,
        listAfterCue: hitsIn(ctx, pack.compromise, prev.start, prev.end).length > 0 && /[:]\s*$/.test(ctx.text.slice(prev.start, prev.end)),
        unknown: hitsIn(ctx, pack.unknownWhether, s.start, s.end),
      };
      sentences.set(s.start, facts);
    }
    return facts;
  };
  for (const h of hitsOf(ctx, pack.data)) {
    const s = sentenceAt(ctx, h.start);
    const { clauses, negations: negInSentence, barriers, cues, hedges, advice, listAfterCue, unknown } = sentenceFacts(s);
    const clause = clauses.find((c) => h.start >= c.start && h.start < c.end) ?? s;
    // "Ob Patientendaten abgeflossen sind, ist unklar", "unclear whether card data was taken": said
    // around the category, or before it with no contrast between ("…, but names were"), neither lost nor safe.
    if (unknown.some((u) => (u.start <= h.start && u.end >= h.end) || (u.end <= h.start && !barriers.some((b) => b >= u.end && b <= h.start)))) continue;
    // "Data may have been taken, but no bank data was": the hedge speaks of its own clause.
    const hedged = hedges.some((x) => x.start >= clause.start && x.start < clause.end);
    const negBefore = negInSentence.filter((n) => n.start >= clause.start && n.end <= h.start);
    const finding = (reason: string) => ({ value: h.value, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason, reason] });
    if (negBefore.length) {
      if (!hedged && !advice) notCompromised.push(finding(`data.negated-in-clause:${negBefore[0]!.reason}`));
      continue;
    }
    // "Es gibt keine Hinweise darauf, dass Kundendaten abgeflossen sind", "intet tyder på, at …":
    // a negation reaches over the comma into the clause its own one speaks of. ("Nicht
    // auszuschließen, dass …" is a hedge: what may have been taken is read as taken, as "may have been" is.)
    const complement = COMPLEMENT_OPENER.exec(ctx.text.slice(clause.start, Math.min(clause.end, clause.start + 12)))?.[1]?.toLowerCase().replace("’", "'");
    const negReaching = complement && pack.complementizers.has(complement) && !hedges.some((x) => x.start >= s.start && x.start < h.start)
      ? negInSentence.filter((n) => n.end <= clause.start && !barriers.some((b) => b >= n.end && b <= h.start)) : [];
    if (negReaching.length) {
      if (!advice) notCompromised.push(finding(`data.negated-before-complement:${negReaching[0]!.reason}`));
      continue;
    }
    // A negation after the category reaches back to it from its own clause, or from a later one
    // when the category's clause says nothing was taken and no contrast or semicolon lies between:
    // "Namen, Adressen und Bankdaten wurden nicht gestohlen", not "Betroffen sind Namen,
    // Bankdaten wurden nicht gestohlen" nor "navne og cpr-numre, men ikke kortoplysninger".
    const ownCue = cues.some((c) => c.start >= clause.start && c.end <= clause.end);
    const negAfter = negInSentence.filter((n) => n.start > h.end
      && (n.start < clause.end || (!ownCue && !barriers.some((b) => b >= h.end && b <= n.start))));
    const cueBeforeNeg = cues.some((c) => negAfter.length && c.start < negAfter[0]!.start);
    // "Bankdaten sind nicht betroffen", "indgår derfor ikke": the negation governs the cue after it.
    const negatedCue = negAfter.length > 0 && cues.some((c) => negAfter.some((n) => n.end <= c.start && c.start - n.end <= 30));
    if (negAfter.length && (!cues.length || negatedCue)) {
      if (!hedged && !advice) notCompromised.push(finding(`data.negated-in-sentence:${negAfter[0]!.reason}`));
      continue;
    }
    if (cues.length || listAfterCue) compromised.push(finding(cueBeforeNeg || cues.length ? `data.compromise-cue:${cues[0]?.reason ?? "list"}` : "data.list-after-cue"));
  }
  const no = mergeFindings(notCompromised);
  const noSet = new Set(no.map((f) => f.value));
  return { compromised: mergeFindings(compromised).filter((f) => !noSet.has(f.value)), notCompromised: no };
}

function withoutNegated(cues: Hit<"compromise">[], negations: Hit<"negation">[]): Hit<"compromise">[] {
  return negations.length ? cues.filter((c) => !negations.some((n) => n.start <= c.start && c.end <= n.end)) : cues;
}

const COMPLEMENT_OPENER = /^\s*(\p{L}+['’]?)/u;

/** Offsets of the semicolons in a sentence. */
function semicolons(text: string, s: Span): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(";", s.start); i >= 0 && i < s.end; i = text.indexOf(";", i + 1)) out.push(i);
  return out;
}
