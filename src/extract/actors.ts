// Who attacked: kind (external / internal / partner), a known name, a country from a
// nationality next to the actor ("russischen Hackergruppe"), and a motive.
import { KNOWN_ACTORS } from "../lang/shared/threat-actors.ts";
import type { Actor, Evidence, Finding } from "../model/record.ts";
import type { IncidentType, Motive } from "../model/vocab.ts";
import { evidence, hitsIn, hitsOf, sentenceAt, type Context } from "./context.ts";
import { knownActorHits } from "./known-actors.ts";
import { saidAsPossible } from "./types.ts";

const EXTERNAL_BY_TYPE: ReadonlySet<IncidentType> = new Set(["phishing", "ransomware", "malware", "ddos", "scam", "defacement", "espionage", "account_compromise"]);

export function extractActors(ctx: Context, types: Finding<IncidentType>[], named: { name: string; evidence: Evidence[] }[] = []): Actor[] {
  const { pack } = ctx;
  const actors: Actor[] = [];
  const countries = hitsOf(ctx, pack.countries);
  const motiveIn = (start: number, end: number): Motive | null => hitsIn(ctx, pack.motives, start, end)[0]?.value ?? null;
  for (const h of knownActorHits(ctx)) {
    const known = KNOWN_ACTORS[+h.value]!;
    actors.push({ kind: "external", name: known.name, country: known.country, motive: known.motive, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason] });
  }
  for (const n of named) actors.push({ kind: "external", name: n.name, country: null, motive: null, evidence: n.evidence, reasons: ["actor.named-after-attacker-word"] });
  // "could let attackers run code": an attacker said as a possibility attacked nobody.
  for (const h of hitsOf(ctx, pack.actors)) {
    if (saidAsPossible(ctx, h.start)) continue;
    const s = sentenceAt(ctx, h.start);
    const nat = countries.find((c) => (c.end <= h.start && h.start - c.end <= 3) || (c.start >= h.end && c.start - h.end <= 12 && /^\s+(?:\p{Ll}{1,5}\s+)?$/u.test(ctx.text.slice(h.end, c.start))));
    const ev = [evidence(ctx, Math.min(h.start, nat?.start ?? h.start), Math.max(h.end, nat?.end ?? h.end))];
    actors.push({ kind: h.value, name: null, country: nat?.value ?? null, motive: motiveIn(s.start, s.end), evidence: ev, reasons: nat ? [h.reason, nat.reason] : [h.reason] });
  }
  if (!actors.some((a) => a.kind === "external")) {
    const implied = types.find((t) => EXTERNAL_BY_TYPE.has(t.value));
    if (implied) actors.push({ kind: "external", name: null, country: null, motive: null, evidence: implied.evidence.slice(0, 1), reasons: ["actor.external-implied-by-type"] });
  }
  // One actor per kind, name and country; a nameless actor of a kind folds into a named one.
  const out: Actor[] = [];
  for (const a of actors) {
    const same = out.find((o) => o.kind === a.kind && (o.name === a.name || !a.name || !o.name) && (o.country === a.country || !a.country || !o.country));
    if (!same) { out.push({ ...a, evidence: [...a.evidence] }); continue; }
    same.name ??= a.name; same.country ??= a.country; same.motive ??= a.motive;
    if (same.evidence.length < 3) same.evidence.push(...a.evidence);
    same.reasons = [...new Set([...(same.reasons ?? []), ...(a.reasons ?? [])])];
  }
  return out;
}
