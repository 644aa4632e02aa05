// Document → report record: the stages in the order their inputs require.
import { createHash } from "node:crypto";
import { detectLanguage } from "../lang/detect.ts";
import { getPack, packFor } from "../lang/registry.ts";
import { extractCued } from "../extract/actions.ts";
import { extractActors } from "../extract/actors.ts";
import { makeContext } from "../extract/context.ts";
import { extractAffected } from "../extract/counts.ts";
import { extractData } from "../extract/data.ts";
import { ATTACK_SENTENCE_ROLE, extractDates } from "../extract/dates.ts";
import { extractIndicators } from "../extract/indicators.ts";
import { mapTypes } from "../extract/mappings.ts";
import { extractOrgs, HARM_CUE_REASON } from "../extract/orgs.ts";
import { extractCountries, extractSectors } from "../extract/places.ts";
import { describedVictims, namedRightAfter, notNamedAgain, pronounHarm } from "../extract/victim-descriptions.ts";
import { decideIncident, extractTypes, withDataTaken } from "../extract/types.ts";
import type { Org, ReportRecord } from "../model/record.ts";
import { firstLine } from "../text/first-line.ts";
import { normaliseText } from "../text/normalise.ts";

export interface DocumentInput {
  text: string;
  uri?: string | null;
  title?: string | null;
  fetchedAt?: string | null;
  /** ISO 639-1 code when known; detected otherwise. */
  lang?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD when the source says (feed or page metadata, --published). */
  published?: string | null;
}

export interface ExtractOptions {
  /** "Today", the bound for years implied by weekdays when no publication date is known. */
  now: Date;
  /** Pack used when the text's language has none. */
  fallbackLang: string;
}

/** What a vendor announces about a flaw in its product as well as a victim about an attack. */
const FLAW_RESPONSES: ReadonlySet<string> = new Set(["patched_vulnerability", "strengthened_security"]);
/** …and, for telling an advisory from an incident, warning customers too. */
const VENDOR_RESPONSES: ReadonlySet<string> = new Set([...FLAW_RESPONSES, "notified_customers"]);

const DEFAULTS: ExtractOptions = { now: new Date(), fallbackLang: "en" };

export function reportId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Extracts one report record from one document. Never throws on odd text. */
export function extractReport(doc: DocumentInput, options: Partial<ExtractOptions> = {}): ReportRecord {
  const opts = { ...DEFAULTS, now: new Date(), ...options };
  const text = normaliseText(doc.text);
  const lang = doc.lang ? (doc.lang === "nb" || doc.lang === "nn" ? "no" : doc.lang) : detectLanguage(text).lang;
  const pack = packFor(lang) ?? getPack(opts.fallbackLang)!;
  const ctx = makeContext(text, pack);
  const data = extractData(ctx);
  const typed = withDataTaken(ctx, extractTypes(ctx), data.compromised);
  const phishingDoc = typed.types.some((t) => t.value === "phishing" || t.value === "scam");
  const indicators = extractIndicators(ctx, phishingDoc);
  const dates = extractDates(ctx, { published: doc.published ?? null, now: opts.now });
  const response = extractCued(ctx, pack.response);
  const advice = extractCued(ctx, pack.advice);
  const affected = extractAffected(ctx);
  // Patching and hardening are what vendors announce too; the other responses follow an attack.
  const afterAttack = response.some((r) => !FLAW_RESPONSES.has(r.value));
  // A website taken down or defaced names its victim by being about it.
  // ("Susceptible to denial of service" describes a flaw, not an attack.)
  const visibleHarm = typed.types.some((t) => t.value === "ddos" || t.value === "defacement") && !typed.types.some((t) => t.value === "vulnerability_exploitation");
  const hitByPronoun = pronounHarm(ctx).length > 0;
  const orgs = extractOrgs(ctx, { indicators, victimEvidence: afterAttack || visibleHarm || hitByPronoun || data.compromised.length + data.notCompromised.length > 0 || affected !== null, siteHarm: visibleHarm });
  const described = describedVictims(ctx, { siteHarm: visibleHarm });
  // "An Indiana hospital": a name met only inside a description is where the victim is, not who.
  // A name that holds the description's kind word is the victim itself ("la mairie de Sarlat"),
  // unless the description opens with a determiner for any one ("en kommune i Jylland").
  const holdsKindWord = (e: { start: number; end: number }, d: Org) => {
    const kindEnd = d.evidence[0]!.start + d.name.length;
    // A name whose case ending was cut ("sairaanhoitopiirin" named "sairaanhoitopiiri") still reaches into the kind word.
    const kindStart = kindEnd - (/\p{L}+$/u.exec(d.name)?.[0].length ?? 0);
    const first = /^\p{L}+['’]?/u.exec(d.name)?.[0].toLowerCase() ?? "";
    const someOne = pack.victimDeterminers.has(first) && !pack.definiteDeterminers.has(first);
    return !someOne && e.start < kindEnd && e.end > kindStart;
  };
  const inside = (o: Org) => o.evidence.every((e) => described.some((d) => d.evidence[0]!.start <= e.start && e.end <= d.evidence[0]!.end && !holdsKindWord(e, d)));
  const namedVictims = orgs.victims.filter((o) => !inside(o));
  // "na firmę Medsoft, dostawcę oprogramowania": a kind word right before a third party's name describes the third party.
  const describedOthers = notNamedAgain(ctx, described, namedVictims).filter((d) => !orgs.thirdParties.some((t) => namedRightAfter(ctx, d, t)));
  const actors = extractActors(ctx, typed.types, orgs.attackers);
  const countries = extractCountries(ctx, { victims: namedVictims }, indicators, actors.filter((a) => a.country).flatMap((a) => a.evidence));
  const sectors = extractSectors(ctx, [...namedVictims, ...described, ...orgs.impersonated]);
  const decision = decideIncident(ctx, typed, {
    victims: namedVictims.length,
    // A supplier the text says was hit is as much a sign that something happened.
    hitVictims: described.length + [...namedVictims, ...orgs.thirdParties].filter((v) => v.reasons?.includes(HARM_CUE_REASON)).length,
    hitByPronoun,
    attackResponse: response.filter((r) => !VENDOR_RESPONSES.has(r.value)).length,
    impersonated: orgs.impersonated.length, affected: affected !== null,
    response: response.length, maliciousIndicators: indicators.filter((i) => i.role === "malicious").length,
    // A date read as the attack's only for standing in its sentence says less than a date word does.
    dated: !!(dates.occurred && !dates.occurred.reasons?.some((r) => r.startsWith(ATTACK_SENTENCE_ROLE)) || dates.discovered),
    namedActor: actors.some((a) => a.name || a.country),
  });
  // Where no kind of attack is named (a fish farm's virus, or a text too short to tell), only an
  // organisation the text says was hit is a victim, not the one most talked about.
  const untyped = typed.types.length === 0;
  return {
    id: reportId(text),
    source: { uri: doc.uri ?? null, title: doc.title ?? titleOf(text), fetchedAt: doc.fetchedAt ?? null },
    lang,
    text,
    isIncident: decision.isIncident,
    confidence: decision.confidence,
    types: typed.types,
    victims: [...namedVictims, ...describedOthers].filter((v) => !untyped || v.named === false || v.reasons?.includes(HARM_CUE_REASON)),
    impersonated: orgs.impersonated,
    thirdParties: orgs.thirdParties,
    actors: decision.isIncident ? actors : actors.filter((a) => !a.reasons?.includes("actor.external-implied-by-type")),
    countries,
    sectors,
    dates,
    affected,
    data,
    response,
    advice,
    indicators,
    mappings: mapTypes(typed.types.map((t) => t.value)),
  };
}

/** The first line, shortened for a title. */
function titleOf(text: string): string | null {
  const line = firstLine(text);
  if (!line) return null;
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
