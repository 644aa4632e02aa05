// Incident types and the isIncident decision. A type needs a cue in the title or lead, or two
// cues, and the text must be about computers at all: a football "angreb" or a fish-farm
// "virus" is not a cyber incident.
import type { Finding } from "../model/record.ts";
import type { DataCategory, IncidentType } from "../model/vocab.ts";
import { scan, type Hit } from "../lang/terms.ts";
import { KNOWN_ACTORS } from "../lang/shared/threat-actors.ts";
import type { Span } from "../text/sentences.ts";
import { knownActorHits } from "./known-actors.ts";
import { sameWord } from "../text/tokens.ts";
import { evidence, hitsOf, mergeFindings, sentenceAt, type Context } from "./context.ts";

export interface TypesResult {
  types: Finding<IncidentType>[];
  cyberScore: number;
  /** A data breach said only with generic attack words ("hacked", "hacking"). */
  genericBreach: boolean;
  /** How many cues each type has (those said as a possibility left out), before the lead-or-two test. */
  cueCounts: Map<IncidentType, number>;
}

/**
 * Kinds of attack that explain a "hack" without any data being taken. Malware, espionage or an
 * insider behind a hack usually means data was reached, so those keep the breach.
 */
const NAMES_THE_ATTACK: ReadonlySet<IncidentType> = new Set(["ransomware", "ddos", "defacement", "phishing", "scam", "account_compromise"]);

/** How far a "could allow attackers to" reaches at most, inside its sentence and clause. */
const HYPOTHETICAL_REACH = 150;

/**
 * The type cues said as a possibility ("could allow attackers to steal data"): they describe what
 * a flaw or a tool would do, not what happened. A vulnerability is what such a sentence is about,
 * so its own cues always count.
 */
function hypotheticalHits(ctx: Context, hits: Hit<IncidentType>[]): Set<Hit<IncidentType>> {
  return new Set(hits.filter((h) => h.value !== "vulnerability_exploitation" && saidAsPossible(ctx, h.start)));
}

/** Where the text says what could happen: from each hypothetical cue to the end of its clause. */
export function hypotheticalSpans(ctx: Context): Span[] {
  return (ctx.hypothetical ??= hitsOf(ctx, ctx.pack.hypothetical).map((cue) => {
    const semicolon = ctx.text.indexOf(";", cue.end);
    return { start: cue.start, end: Math.min(sentenceAt(ctx, cue.start).end, cue.end + HYPOTHETICAL_REACH, semicolon < 0 ? Infinity : semicolon) };
  }));
}

/** Whether a cue at this offset stands where the text says what could happen. */
export function saidAsPossible(ctx: Context, at: number): boolean {
  return hypotheticalSpans(ctx).some((p) => at >= p.start && at < p.end);
}

/**
 * A term with a gap passes over the words in it, and the one who did it may be named there with
 * a cue of another type: "Ghoid iarfhostaí sonraí" (a former employee stole data), "stahlen mit
 * Hilfe eines ehemaligen Mitarbeiters Daten". Where an actor stands in a gap, the gap's cues are
 * found too; only there, so the types are not scanned again over every gap of every text.
 */
function withCuesInGaps(ctx: Context, hits: Hit<IncidentType>[]): Hit<IncidentType>[] {
  const gapped = hits.filter((h) => h.reason.includes("…"));
  if (!gapped.length) return hits;
  const actors = hitsOf(ctx, ctx.pack.actors);
  const inGaps = gapped.filter((h) => actors.some((a) => a.start > h.start && a.end < h.end)).flatMap((h) => {
    // Scanned on the span alone: on the whole text the pattern would run on to the next cue anywhere after it.
    const from = h.start + /^\S+/u.exec(ctx.text.slice(h.start, h.end))![0].length;
    return scan(ctx.pack.types, ctx.text.slice(from, h.end)).filter((x) => x.value !== h.value && !x.reason.includes("…"))
      .map((x) => ({ ...x, start: x.start + from, end: x.end + from }));
  });
  return inGaps.length ? [...hits, ...inGaps].sort((a, b) => a.start - b.start) : hits;
}

export function extractTypes(ctx: Context): TypesResult {
  // A ransomware operation is named after its ransomware: "revendiquée par LockBit" says
  // ransomware in any language.
  const known = knownActorHits(ctx).flatMap((h): Hit<IncidentType>[] => {
    const malware = KNOWN_ACTORS[+h.value]!.malware;
    return malware ? [{ value: malware, reason: `${h.reason}/${malware}`, start: h.start, end: h.end }] : [];
  });
  const own = withCuesInGaps(ctx, hitsOf(ctx, ctx.pack.types));
  const all = known.length ? [...own, ...known].sort((a, b) => a.start - b.start) : own;
  const possible = hypotheticalHits(ctx, all);
  const hits = possible.size ? all.filter((h) => !possible.has(h)) : all;
  // Computer context: distinct cue words, type words and data categories. One word alone
  // ("virus", "leak") is not enough…
  const words = (list: { start: number; end: number }[]) => list.map((h) => ctx.text.slice(h.start, h.end).toLowerCase());
  const cyber = distinctWords([...words(hitsOf(ctx, ctx.pack.cyber)), ...words(all)]);
  // …unless that word says computers by itself ("Hackerangriff", "ransomware").
  const selfEvident = hitsOf(ctx, ctx.pack.selfEvidentCyber).some((h) => !saidAsPossible(ctx, h.start)) ? 1 : 0;
  const cyberScore = cyber + new Set(hitsOf(ctx, ctx.pack.data).map((h) => h.value)).size;
  const byType = new Map<IncidentType, typeof hits>();
  for (const h of hits) byType.set(h.value, [...(byType.get(h.value) ?? []), h]);
  const found: Finding<IncidentType>[] = [];
  for (const [type, list] of byType) {
    const inLead = list.some((h) => h.start < ctx.leadEnd);
    if (!(inLead || list.length >= 2)) continue;
    if (cyberScore + selfEvident < 2) continue;
    found.push({ value: type, evidence: list.slice(0, 3).map((h) => evidence(ctx, h.start, h.end)), reasons: [...new Set(list.map((h) => h.reason))].slice(0, 3) });
  }
  // "other" only stands when nothing more specific was found.
  if (found.length > 1) found.splice(0, found.length, ...found.filter((f) => f.value !== "other"));
  // "Hacked" or "cyberattack" says a data breach only when nothing says what kind of attack it
  // was: ransomware that is called a cyberattack is ransomware.
  const breach = found.findIndex((f) => f.value === "data_breach");
  if (breach >= 0 && found.some((f) => NAMES_THE_ATTACK.has(f.value))) {
    const own = (byType.get("data_breach") ?? []).filter((h) => !ctx.pack.genericReasons.has(h.reason));
    if (own.some((h) => h.start < ctx.leadEnd) || own.length >= 2) found[breach] = { value: "data_breach", evidence: own.slice(0, 3).map((h) => evidence(ctx, h.start, h.end)), reasons: [...new Set(own.map((h) => h.reason))].slice(0, 3) };
    else found.splice(breach, 1);
  }
  const order = (f: Finding<IncidentType>) => f.evidence[0]!.start;
  const genericBreach = found.some((f) => f.value === "data_breach") && (byType.get("data_breach") ?? []).every((h) => ctx.pack.genericReasons.has(h.reason));
  return { types: mergeFindings(found.sort((a, b) => order(a) - order(b))), cyberScore, genericBreach, cueCounts: new Map([...byType].map(([k, v]) => [k, v.length])) };
}

/**
 * How many different words the list holds, a word's forms counted once: "virus" and "Viruksen",
 * "leak" and "leaked" share all but the shorter one's last letter. ("tietomurto" and
 * "tietoturva" share only "tieto": two words.)
 */
function distinctWords(list: string[]): number {
  const kept: string[] = [];
  for (const w of new Set(list)) if (!kept.some((k) => sameWord(k, w))) kept.push(w);
  return kept.length;
}

/** The share of a text's type cues above which a vulnerability is what the text is about. */
const FLAW_REPORT_SHARE = 0.6;
/** The highest confidence an incident decision overruled by a rule is reported with. */
const OVERRULED_CONFIDENCE = 0.45;

function share(counts: Map<IncidentType, number>, type: IncidentType): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  return total ? (counts.get(type) ?? 0) / total : 0;
}

export interface IncidentDecision {
  isIncident: boolean;
  confidence: number;
  reasons: string[];
}

/** Does the text report one concrete incident or campaign, rather than a trend, a study or advice? */
export function decideIncident(ctx: Context, t: TypesResult, signals: {
  victims: number;
  /** Victims the text says were hit (a harm cue at the name, or a described victim), not only the most named. */
  hitVictims: number;
  impersonated: number; affected: boolean; response: number;
  /** Responses that follow an attack: patching, hardening and warning customers are what vendors announce too. */
  attackResponse: number;
  maliciousIndicators: number; dated: boolean; namedActor: boolean;
  /** A harm cue with a pronoun for its subject ("we were hacked"): the text's own organisation was hit. */
  hitByPronoun?: boolean;
}): IncidentDecision {
  const incident = new Set(hitsOf(ctx, ctx.pack.incident).map((h) => ctx.text.slice(h.start, h.end).toLowerCase())).size;
  const general = new Set(hitsOf(ctx, ctx.pack.general).map((h) => ctx.text.slice(h.start, h.end).toLowerCase())).size;
  const concrete = signals.victims + signals.impersonated + (signals.affected ? 1 : 0) + Math.min(2, signals.response) + Math.min(1, signals.maliciousIndicators) + (signals.dated ? 1 : 0) + (signals.namedActor ? 1 : 0)
    + (signals.hitByPronoun && !signals.victims ? 1 : 0);
  // "other" alone ("a cyber incident") is weak evidence of a concrete event, and so is a
  // vulnerability with nobody hit: that is an advisory or a patch note until a victim, a count,
  // a response or a malicious indicator says something happened.
  const harm = signals.hitVictims + (signals.hitByPronoun ? 1 : 0) + signals.impersonated + (signals.affected ? 1 : 0) + signals.attackResponse + signals.maliciousIndicators;
  // A breach said only with "hacked" or "hacking" is as weak: advisories use the words too.
  const weak = (x: Finding<IncidentType>) => x.value === "other" || (harm === 0 && (x.value === "vulnerability_exploitation" || (x.value === "data_breach" && t.genericBreach)));
  const specific = t.types.filter((x) => !weak(x)).length;
  const typeWeight = specific ? 0.9 * Math.min(3, specific) : t.types.length ? 0.4 : 0;
  // An organisation the text names or describes as hit is the heart of an incident report, beyond
  // being named. (A pronoun hit already counts as concrete; "they had been hit" may be a survey's respondents.)
  const hit = Math.min(1, signals.hitVictims);
  const z = -1.8 + 0.8 * hit + typeWeight + 0.35 * Math.min(6, incident) + 0.6 * Math.min(3, concrete) - 0.45 * Math.min(5, general) + 0.05 * Math.min(10, t.cyberScore);
  const confidence = 1 / (1 + Math.exp(-z));
  const reasons = [`incident.types:${t.types.length}`, `incident.cues:${incident}`, `incident.concrete:${concrete}`, `incident.hit:${hit}`, `incident.general:${general}`];
  // Only weak types and nobody hit: however eventful the words, it is an advisory.
  const advisory = specific === 0 && harm === 0;
  if (advisory) reasons.push("incident.advisory-no-harm");
  // A text that mostly speaks of a flaw is a vulnerability report, whatever the flaw would let an
  // attacker do ("exposed the details of 12,000 customers"), until it says who was hit or what was
  // done about an attack.
  const flawReport = !advisory && share(t.cueCounts, "vulnerability_exploitation") >= FLAW_REPORT_SHARE && signals.hitVictims === 0 && !signals.hitByPronoun && signals.attackResponse === 0;
  if (flawReport) reasons.push("incident.flaw-report");
  // Where a rule overrules the score, the confidence says so: a "no" is never reported as likely yes.
  const overruled = advisory || flawReport;
  const reported = overruled ? Math.min(confidence, OVERRULED_CONFIDENCE) : confidence;
  return { isIncident: t.types.length > 0 && confidence >= 0.5 && !overruled, confidence: Math.round(reported * 1000) / 1000, reasons };
}

/**
 * "Hakeri su ukrali imena i adrese klijenata": no term of a type matched, but the text says who
 * took which data. That is a breach, said with the words for the data themselves.
 */
export function withDataTaken(ctx: Context, typed: TypesResult, taken: Finding<DataCategory>[]): TypesResult {
  if (typed.types.length || !taken.length) return typed;
  // The taker and the data in one sentence: apart, they are two things the text says.
  for (const actor of hitsOf(ctx, ctx.pack.actors)) {
    if (saidAsPossible(ctx, actor.start)) continue;
    const s = sentenceAt(ctx, actor.start);
    const data = taken.find((d) => d.evidence.some((e) => e.start >= s.start && e.end <= s.end));
    if (!data) continue;
    const breach: Finding<IncidentType> = { value: "data_breach", evidence: [evidence(ctx, actor.start, actor.end), ...data.evidence.slice(0, 1)], reasons: ["type.data-taken", actor.reason, ...(data.reasons ?? []).slice(0, 1)] };
    return { ...typed, types: [breach] };
  }
  return typed;
}
