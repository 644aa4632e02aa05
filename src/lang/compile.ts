// Compiles a pack's terms once into the matchers the extractors use; cached per pack.
import type {
  ActorKind, Advice, DataCategory, IncidentType, Motive, ResponseAction, Sector, Unit,
} from "../model/vocab.ts";
import { buildIndex, compileCues, compileList, termSource, type CueIndex, type CueMatcher } from "./terms.ts";
import { teaserLinePattern } from "./shared/boilerplate.ts";
import { KNOWN_ACTORS } from "./shared/threat-actors.ts";
import type { DateRole, OrgRole, PackSource } from "./types.ts";

export interface CompiledPack {
  source: PackSource;
  code: string;
  /** Includes the generic attack words as data_breach; their hits carry a reason in genericReasons. */
  types: CueMatcher<IncidentType>;
  genericReasons: Set<string>;
  incident: CueMatcher<"incident">;
  cyber: CueMatcher<"cyber">;
  selfEvidentCyber: CueMatcher<"cyber">;
  general: CueMatcher<"general">;
  data: CueMatcher<DataCategory>;
  compromise: CueMatcher<"compromise">;
  negation: CueMatcher<"negation">;
  contrast: CueMatcher<"contrast">;
  /** Lower-case complementizers (see PackSource.complementizers). */
  complementizers: Set<string>;
  hedges: CueMatcher<"hedge">;
  unknownWhether: CueMatcher<"unknown">;
  hypothetical: CueMatcher<"hypothetical">;
  response: CueMatcher<ResponseAction>;
  advice: CueMatcher<Advice>;
  actors: CueMatcher<ActorKind>;
  motives: CueMatcher<Motive>;
  countries: CueMatcher<string>;
  sectors: CueMatcher<Sector>;
  orgWords: CueMatcher<"org">;
  roles: CueMatcher<OrgRole>;
  sources: CueMatcher<"source">;
  namedAs: CueMatcher<"namedAs">;
  victimNouns: CueMatcher<"noun">;
  victimBefore: CueMatcher<"before">;
  victimAfter: CueMatcher<"after">;
  /** Words that tie a website to its owner, harm cues in a DDoS or defacement report. */
  siteOwnerBefore: CueMatcher<"siteBefore">;
  siteOwnerAfter: CueMatcher<"siteAfter">;
  /** Lower-cased words that may open a victim description. */
  victimDeterminers: Set<string>;
  definiteDeterminers: Set<string>;
  legalForms: CueMatcher<"legal">;
  months: CueMatcher<string>;
  weekdays: CueMatcher<string>;
  relative: CueMatcher<string>;
  rangeOpen: CueMatcher<"open">;
  rangeJoin: CueMatcher<"join">;
  dateRoles: CueMatcher<DateRole>;
  numberWords: CueMatcher<string>;
  indefiniteNumbers: CueMatcher<string>;
  scales: CueMatcher<string>;
  approximate: CueMatcher<"approx">;
  percent: CueMatcher<"percent">;
  units: CueMatcher<Unit>;
  indicatorRoles: CueMatcher<"contact" | "sender" | "malicious" | "reference">;
  functionWords: Set<string>;
  /** Lower-cased words for "and" (see PackSource.coordinators). */
  coordinatorWords: Set<string>;
  /** Lower-cased articles (see PackSource.articles). */
  articleWords: Set<string>;
  nameHeads: Set<string>;
  /** Lower-case kind words closing a place's name (see PackSource.lowerCaseHeads). */
  lowerCaseHeads: Set<string>;
  /** Each declined form of an inflected head → its base form (see PackSource.inflectedHeads and inflectedHeadsBefore). */
  headBase: Map<string, string>;
  /** The genitive of each inflected head (its first form). */
  genitiveHeads: Set<string>;
  /** Lower-case kind words opening a name (see PackSource.lowerCaseHeadsBefore). */
  lowerCaseHeadsBefore: Set<string>;
  /** Lower-cased subject pronouns an organisation is referred to by (see victimDescriptions.anaphoric). */
  pronouns: Set<string>;
  markers: Set<string>;
  /** Text just before a number that makes it a version (see PackSource.indicatorWords). */
  versionBefore: RegExp;
  /** Words around a legacy BTC address that make it a ransom wallet. */
  ransomContext: RegExp;
  /** Lines linking to other articles, by this language's lead-ins. */
  teaserLine: RegExp;
  /** A name ending in one of the genitive vowels and -s, or null where the language has no such genitive. */
  genitiveVowelS: RegExp | null;
  /** What follows a name that stands in the pack's governed case (see governedCase). */
  governedCaseAfter: RegExp | null;
  /** The text between an organisation word and a name: spaces, a comma, perhaps an article. */
  afterOrgWord: RegExp;
  /** What kind of third party a supplier cue names, by the stems in its term; "vendor" when none. */
  thirdPartyKinds: [RegExp, "processor" | "provider"][];
  /** The pack's supplier-direction words as patterns (see PackSource.supplierDirection). */
  supplierDirection: { customerBefore: RegExp; supplierAfter: RegExp; possessive: RegExp };
  /** The families scanned together in one pass over the words (see buildIndex). */
  index: CueIndex;
  /** Reasons of the cue terms with a word slot a name fills ("i (\\p{L}+s) navn"): the name inside is no cue word. */
  nameSlotReasons: ReadonlySet<string>;
}

/**
 * The known threat actors' names, one family shared by every pack: it rides in each pack's index,
 * so a text's words are read once for the pack's cues and the names together. Values are indices
 * into KNOWN_ACTORS.
 */
export const KNOWN_ACTOR_CUES: CueMatcher<string> = compileCues("shared", "actors", Object.fromEntries(KNOWN_ACTORS.map((a, i) => [String(i), a.names])));

const byIndex = (lists: string[][]): Record<string, string[]> =>
  Object.fromEntries(lists.map((terms, i) => [String(i + 1), terms]));
const byKey = (record: Record<string, number | string>): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [term, value] of Object.entries(record)) (out[String(value)] ??= []).push(term);
  return out;
};
const lower = (words: string[]) => new Set(words.map((w) => w.toLocaleLowerCase()));

/** The plain words a month or weekday term spells: "Jan\\.?" is "Jan", "Sept?\\.?" is "Sep" and "Sept"; a pattern of more is none. */
function calendarWords(term: string): string[] {
  const m = /^(\p{L}+?)(\p{L}\?)?(?:\\\.\??)?$/u.exec(term);
  if (!m) return [];
  return m[2] ? [m[1]!, m[1]! + m[2][0]] : [m[1]!];
}

/** Compiles every term of a pack. Throws (at load, never on text) when a term is not a valid pattern. */
export function compilePack(p: PackSource): CompiledPack {
  const c = p.code;
  const words = (list: string[]) => (list.length ? list.map(termSource).join("|") : "(?!)");
  const pack: Omit<CompiledPack, "index" | "nameSlotReasons"> = {
    source: p,
    code: c,
    types: compileCues(c, "types", { ...p.types, data_breach: [...(p.types.data_breach ?? []), ...p.genericAttack] }),
    genericReasons: new Set(p.genericAttack.map((t) => `${c}/types/data_breach/${t}`)),
    incident: compileList(c, "incident", "incident", p.incident),
    cyber: compileList(c, "cyber", "cyber", p.cyber),
    selfEvidentCyber: compileList(c, "selfEvidentCyber", "cyber", p.selfEvidentCyber),
    general: compileList(c, "general", "general", p.general),
    data: compileCues(c, "data", p.data),
    compromise: compileList(c, "compromise", "compromise", p.compromise),
    negation: compileList(c, "negation", "negation", p.negation),
    contrast: compileList(c, "contrast", "contrast", p.contrast),
    complementizers: lower(p.complementizers),
    hedges: compileList(c, "hedges", "hedge", p.hedges),
    unknownWhether: compileList(c, "unknownWhether", "unknown", p.unknownWhether),
    hypothetical: compileList(c, "hypothetical", "hypothetical", p.hypothetical),
    response: compileCues(c, "response", p.response),
    advice: compileCues(c, "advice", p.advice),
    actors: compileCues(c, "actors", p.actors),
    motives: compileCues(c, "motives", p.motives),
    countries: compileCues(c, "countries", p.countries),
    sectors: compileCues(c, "sectors", p.sectors),
    orgWords: compileList(c, "orgWords", "org", p.orgWords),
    roles: compileCues(c, "roles", p.roles),
    sources: compileList(c, "sources", "source", p.sources),
    namedAs: compileList(c, "namedAs", "namedAs", p.namedAs),
    // Where names take a genitive -s, so do the kinds of victim: "kommunens", "ministeriets".
    victimNouns: compileList(c, "victimDescriptions", "noun", p.genitiveS ? p.victimDescriptions.nouns.map((t) => (t.endsWith("*") ? t : `${t}s?`)) : p.victimDescriptions.nouns),
    victimBefore: compileList(c, "victimDescriptions", "before", p.victimDescriptions.before),
    victimAfter: compileList(c, "victimDescriptions", "after", p.victimDescriptions.after),
    siteOwnerBefore: compileList(c, "victimDescriptions", "siteBefore", p.victimDescriptions.siteBefore),
    siteOwnerAfter: compileList(c, "victimDescriptions", "siteAfter", p.victimDescriptions.siteAfter),
    victimDeterminers: lower(p.victimDescriptions.determiners),
    definiteDeterminers: lower(p.victimDescriptions.definite),
    legalForms: compileList(c, "legalForms", "legal", p.legalForms),
    months: compileCues(c, "months", byIndex(p.months)),
    weekdays: compileCues(c, "weekdays", byIndex(p.weekdays)),
    relative: compileCues(c, "relative", byKey(p.relative)),
    rangeOpen: compileList(c, "ranges", "open", p.ranges.open),
    rangeJoin: compileList(c, "ranges", "join", p.ranges.join),
    dateRoles: compileCues(c, "dateRoles", p.dateRoles),
    numberWords: compileCues(c, "numberWords", byKey(p.numberWords)),
    indefiniteNumbers: compileCues(c, "indefiniteNumbers", byKey(p.indefiniteNumbers)),
    scales: compileCues(c, "scales", byKey(p.scales)),
    approximate: compileList(c, "approximate", "approx", p.approximate),
    percent: compileList(c, "percent", "percent", p.percent),
    units: compileCues(c, "units", p.units),
    indicatorRoles: compileCues(c, "indicatorRoles", p.indicatorRoles),
    // Month and weekday names start with a capital in English and never begin an organisation name.
    functionWords: lower([...p.functionWords, ...[...p.months, ...p.weekdays].flat().flatMap(calendarWords)]),
    nameHeads: lower(p.nameHeads ?? []),
    lowerCaseHeads: lower([...(p.lowerCaseHeads ?? []), ...Object.entries(p.inflectedHeads ?? {}).flat(2)]),
    genitiveHeads: lower(Object.values(p.inflectedHeads ?? {}).map((forms) => forms[0]!)),
    headBase: new Map(Object.entries({ ...p.inflectedHeads, ...p.inflectedHeadsBefore }).flatMap(([base, forms]) => forms.map((f) => [f.toLowerCase(), base.toLowerCase()] as const))),
    lowerCaseHeadsBefore: lower([...(p.lowerCaseHeadsBefore ?? []), ...Object.entries(p.inflectedHeadsBefore ?? {}).flat(2)]),
    pronouns: lower(p.victimDescriptions.anaphoric.pronouns),
    coordinatorWords: lower(p.coordinators),
    articleWords: lower(p.articles ?? []),
    markers: lower(p.markers),
    // A whole word: "over 50 000 kunder" ends in "ver", which is no version.
    versionBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:v|version|ver\\.?|release|build|firmware|${words(p.indicatorWords.version)})\\s*$`, "iu"),
    ransomContext: new RegExp(`bitcoin|btc|wallet|${words(p.indicatorWords.ransom)}`, "iu"),
    teaserLine: teaserLinePattern(p.teaserLeadIns),
    genitiveVowelS: p.genitiveS ? new RegExp(`[${p.genitiveS.vowels}]s$`, "u") : null,
    governedCaseAfter: p.governedCase ? new RegExp(`^\\s+(?:${p.governedCase.before.map(termSource).join("|")})(?![\\p{L}\\p{N}])`, "iu") : null,
    afterOrgWord: new RegExp(`^[\\s,]*(?:(?:${words(p.articles ?? [])})\\s+)?$`, "iu"),
    thirdPartyKinds: (["processor", "provider"] as const).filter((k) => p.supplierKinds[k].length)
      .map((k) => [new RegExp(words(p.supplierKinds[k]), "iu"), k]),
    supplierDirection: {
      customerBefore: new RegExp(`(?:^|\\s)(?:${words(p.supplierDirection.customer)})\\s*$`, "iu"),
      supplierAfter: new RegExp(`(?:^|\\s)(?:${words(p.supplierDirection.supplier)})\\s*$`, "iu"),
      possessive: new RegExp(`(?:^|\\s)(?:${words([...p.supplierDirection.possessives, ...(p.supplierDirection.through ?? [])])})\\s`, "iu"),
    },
  };
  const families = Object.values(pack).filter((v): v is CueMatcher<string> => typeof v === "object" && v !== null && "ruleRe" in v);
  const nameSlotReasons = new Set([pack.roles, pack.types].flatMap((m) => m.rules.filter((r) => /(?:^|\s)\(\\p\{L\}\+/.test(r.term)).map((r) => r.reason)));
  return { ...pack, index: buildIndex([...families, KNOWN_ACTOR_CUES]), nameSlotReasons };
}
