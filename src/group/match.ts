// Which stored incident a report belongs to, by the identity rules, among the incidents that
// share a lookup word with it. Pure: the store finds the candidates, this decides.
import { IDENTITY_RULES, type KeyKind, type TypeFamily } from "./identity.ts";
import { sameOrg, type ReportKeys } from "./keys.ts";
import type { LinkReason } from "./merge.ts";

/** One identity key of a candidate incident, with the incident's own families and dates. */
export interface CandidateKey {
  incident_id: string;
  kind: KeyKind;
  value: string;
  families: TypeFamily[];
  first_date: string | null;
  last_date: string | null;
  /** Sorts older incidents first: the tie-break between equally good matches. */
  created_at: string;
}

export function bestIncident(keys: ReportKeys, candidates: readonly CandidateKey[]): { incidentId: string; reason: LinkReason } | null {
  const byIncident = new Map<string, CandidateKey[]>();
  for (const c of candidates) {
    const list = byIncident.get(c.incident_id);
    if (list) list.push(c);
    else byIncident.set(c.incident_id, [c]);
  }
  let best: { incidentId: string; reason: LinkReason; score: number; created: string } | null = null;
  for (const [incidentId, cand] of byIncident) {
    const first = cand[0]!;
    for (const rule of IDENTITY_RULES) {
      const mine = keys.keys.filter((k) => k.kind === rule.key);
      const theirs = cand.filter((c) => c.kind === rule.key);
      const shared = mine.filter((k) => theirs.some((t) => (rule.key === "indicator" ? t.value === k.value : sameOrg(t.value, k.value))));
      if (!shared.length) continue;
      if (rule.families && !keys.families.some((f) => rule.families!.includes(f))) continue;
      if (rule.sameFamily && keys.families.length && first.families.length && !keys.families.some((f) => first.families.includes(f))) continue;
      if (!withinWindow(keys.eventDate, first.first_date, first.last_date, rule.windowDays)) continue;
      const score = shared.length * (rule.key === "indicator" ? 2 : 1) + (IDENTITY_RULES.length - IDENTITY_RULES.indexOf(rule)) * 0.1;
      const created = first.created_at;
      if (!best || score > best.score || (score === best.score && created < best.created)) {
        best = { incidentId, score, created, reason: { rule: rule.id, shared: shared.map((k) => ({ kind: k.kind, value: k.value })) } };
      }
      break;
    }
  }
  return best ? { incidentId: best.incidentId, reason: best.reason } : null;
}

function withinWindow(date: string | null, first: string | null, last: string | null, days: number): boolean {
  if (!date || !first) return true;
  const d = Date.parse(date), lo = Date.parse(first) - days * 86400000, hi = Date.parse(last ?? first) + days * 86400000;
  return d >= lo && d <= hi;
}
