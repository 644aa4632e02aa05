// Victims the text describes without naming: "an Indiana hospital was hit", "the attack on three
// banks". Many reports never name the victim, and an analyst still wants to know that a hospital
// was hit. A description is a victim only where a harm cue of the pack stands right next to it,
// so "the company said" or "companies should patch" describe nobody. Descriptions carry
// `named: false`: they are not identities, and grouping, watchlists and exports leave them out.
import type { Hit } from "../lang/terms.ts";
import type { Org } from "../model/record.ts";
import type { Sector } from "../model/vocab.ts";
import { isUpperAt, isWhitespaceAt } from "../text/letter-case.ts";
import { OPENING_QUOTE_CHARS } from "../text/quotes.ts";
import { sameWord } from "../text/tokens.ts";
import { evidence, hitsOf, isMasked, sentenceAt, type Context } from "./context.ts";
import { saidAsPossible } from "./types.ts";

const MAX_DESCRIPTIONS = 3;
/** Words a description may carry before its noun ("an Indiana hospital", "three US banks"). */
const MAX_MODIFIERS = 3;
const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)([ \t]+)$/u;
const ELIDED_BEFORE = /(?:^|[\s(])(\p{L}{1,4}['’])$/u;
const POSSESSIVE_GAP = /^['’]s?[ \t]+$/u;

/** The cues not said as a possibility: "could let attackers break into hospitals" harms nobody, nor "said a hacker could take over". */
function saidAsDone(ctx: Context, hits: Hit<string>[]): Hit<string>[] {
  return hits.filter((h) => !saidAsPossible(ctx, h.start) && !saidAsPossible(ctx, h.end - 1));
}

/**
 * The harm cues a victim is found next to, before it and after it. In a DDoS or defacement
 * report the owner of the website knocked out was hit too: "the website of the ministry", "the
 * ministry's website" (`siteAfter`: a possessive may stand before those cues).
 */
export function harmCues(ctx: Context, siteHarm: boolean): { before: Hit<string>[]; after: Hit<string>[]; siteAfter: Hit<string>[] } {
  const { pack } = ctx;
  const real = (hits: Hit<string>[]) => saidAsDone(ctx, hits);
  if (!siteHarm) return { before: real(hitsOf(ctx, pack.victimBefore)), after: real(hitsOf(ctx, pack.victimAfter)), siteAfter: [] };
  const siteAfter: Hit<string>[] = real(hitsOf(ctx, pack.siteOwnerAfter));
  return {
    before: real([...hitsOf(ctx, pack.victimBefore), ...hitsOf(ctx, pack.siteOwnerBefore)]),
    after: [...real(hitsOf(ctx, pack.victimAfter)), ...siteAfter].sort((a, b) => a.start - b.start),
    siteAfter,
  };
}

/**
 * Harm cues whose subject is a pronoun: "we were hacked", "it has become the victim of", "det
 * blev ramt af". The organisation the text is about was hit, though neither named nor described
 * in that sentence.
 */
export function pronounHarm(ctx: Context): Hit<string>[] {
  const { pronouns } = ctx.pack;
  if (!pronouns.size) return [];
  return saidAsDone(ctx, hitsOf(ctx, ctx.pack.victimAfter)).filter((h) => {
    const word = PRONOUN_BEFORE.exec(ctx.text.slice(Math.max(0, h.start - 12), h.start))?.[1];
    return !!word && pronouns.has(word.toLowerCase());
  });
}
const PRONOUN_BEFORE = /(?:^|[\s,;:"“„«(])(\p{L}+)[ \t]{1,2}$/u;

export function describedVictims(ctx: Context, opts: { siteHarm: boolean } = { siteHarm: false }): Org[] {
  const { text, pack } = ctx;
  const nouns = hitsOf(ctx, pack.victimNouns);
  if (!nouns.length) return [];
  const { before, after, siteAfter } = harmCues(ctx, opts.siteHarm);
  const reported = reportedAttacks(ctx);
  if (!before.length && !after.length && !reported.length) return [];
  const sectors = hitsOf(ctx, pack.sectors);
  // "Half of the businesses", "die Hälfte der Unternehmen": a survey's population, found by the
  // pack's cues for general texts, is nobody in particular.
  const general = hitsOf(ctx, pack.general);
  const out = new Map<string, Org>();
  const declines = !!pack.source.caseEndings?.length;
  /** The harm cue after each description, where that is the cue it was found by. */
  const cueAfter = new Map<Org, Hit<string>>();
  for (const noun of nouns) {
    if (isMasked(ctx, noun.start, noun.end) || general.some((g) => g.start <= noun.start && noun.end <= g.end)) continue;
    const sentence = sentenceAt(ctx, noun.start);
    // "Mercy Hospital" is a name, found as one; a capital opening the sentence is not.
    if (!pack.source.capitalisesNouns && isUpperAt(text, noun.start) && !atSentenceStart(text, sentence.start, noun.start)) continue;
    const walk = wordsBefore(ctx, noun, sentence.start);
    let start = -1, cue: Hit<string> | undefined;
    // "attacked three hospitals": the description is what lies between the cue and the noun,
    // the nearest cue ("lömuðu vef ráðuneytisins": the website's owner, after "vef").
    for (const h of before) {
      if (h.end > noun.start || h.start < sentence.start) continue;
      const from = skipSpaces(text, h.end, noun.start);
      if (from < walk.reach || (from === h.end && from !== noun.start)) continue;
      // "Angriff auf IT-Dienstleister X legt Kommunen lahm": the cue speaks of a supplier named
      // between it and the noun.
      if (supplierWords(ctx).some((w) => w.start >= from && w.end <= noun.start)) continue;
      if (!cue || from > start) { cue = h; start = from; }
    }
    if (!cue) {
      // "an Indiana hospital was hit": the description ends right before the cue.
      // A short place or attribute may stand between them: "a hospital in Indiana was hit".
      cue = after.find((h) => h.start > noun.end && h.end <= sentence.end && (skipSpaces(text, noun.end, h.start) === h.start || shortQualifier(ctx, noun.end, h.start)
        || (siteAfter.includes(h) && POSSESSIVE_GAP.test(text.slice(noun.end, h.start)))));
      // "Savivaldybė antradienį patvirtino, kad … ją ištiko kibernetinė ataka": the sentence's
      // subject says, in a clause of its own, that an attack happened.
      cue ??= reported.find((r) => r.subjectStart <= walk.start && noun.end <= r.subjectEnd)?.cue;
      if (!cue) continue;
      start = walk.start;
    }
    // One description per kind of victim, the fullest: "An Indiana hospital" over a headline's "hospital".
    // A compound names the same kind ("innviðaráðuneytisins" beside "ráðuneytisins", "Innenministerium" beside "Ministerium").
    const written = text.slice(noun.start, noun.end).toLowerCase();
    // So does the word in another case, where nouns decline ("savivaldybės" beside "Savivaldybė"):
    // in English "companies" beside "company" are more than one.
    const key = [...out.keys()].find((k) => k.length >= 5 && written.length >= 5 && (k.endsWith(written) || written.endsWith(k) || (declines && sameWord(k, written)))) ?? written;
    const seen = out.get(key);
    if (seen && seen.name.length >= noun.end - start) continue;
    if (seen && key !== written) { out.delete(key); nounStart.delete(seen); cueAfter.delete(seen); }
    // The kind word says the sector before its modifiers do: a "transport ministry" is government.
    const sector = (sectors.find((s) => s.start < noun.end && s.end > noun.start) ?? sectors.find((s) => s.start < noun.end && s.end > start))?.value as Sector | undefined;
    const described: Org = {
      name: text.slice(start, noun.end), named: false, country: null, sector: sector ?? null,
      evidence: [evidence(ctx, start, cue.start < start ? noun.end : cue.end), ...(cue.start < start ? [evidence(ctx, cue.start, cue.end)] : [])],
      reasons: ["org.victim.described", noun.reason, cue.reason],
    };
    out.set(written, described);
    nounStart.set(described, noun.start);
    if (cue.start > noun.end) cueAfter.set(described, cue);
  }
  // "City council" is one description, not also "City": a description inside another goes.
  const all = [...out.values()];
  // A description's own span: its evidence starts with it (a cue may follow it there).
  const span = (o: Org) => ({ start: o.evidence[0]!.start, end: o.evidence[0]!.start + o.name.length });
  const inside = (a: Org, b: Org) => a !== b && a.name.length < b.name.length && span(b).start <= span(a).start && span(a).end <= span(b).end;
  // "Une entreprise de la région de Lyon a été victime": one cue after two nouns speaks of the
  // first; the second is in its qualifier.
  // …unless the second follows the first right away: "universitātes slimnīca", "university
  // hospital" is a hospital, the noun before it its modifier.
  const modifies = (a: Org, b: Org) => span(a).end < span(b).end && /^\s+$/u.test(text.slice(span(a).end, nounStart.get(b) ?? span(b).start));
  const sameCue = (a: Org, b: Org) => a !== b && cueAfter.has(a) && cueAfter.get(a) === cueAfter.get(b);
  const sharesCueWithEarlier = (o: Org) => all.some((other) => sameCue(o, other) && span(other).start < span(o).start && !modifies(other, o));
  const modifiesLater = (o: Org) => all.some((other) => sameCue(o, other) && modifies(o, other));
  return all.filter((o) => !all.some((other) => inside(o, other)) && !sharesCueWithEarlier(o) && !modifiesLater(o)).slice(0, MAX_DESCRIPTIONS);
}

/**
 * Sentences whose subject (up to three words before a verb of telling, or the words after one that
 * opens the sentence) says, after the pack's complementizer, that an attack happened:
 * "Linnavalitsus teatas teisipäeval, et nädalavahetusel toimus küberrünnak", "Dheimhnigh an
 * chomhairle go ndearnadh cibirionsaí uirthi". The clause names no other victim: "the ministry
 * said that hackers attacked two hospitals" is not about the ministry. The subject's span, with
 * the attack's cue.
 */
function reportedAttacks(ctx: Context): { subjectStart: number; subjectEnd: number; cue: Hit<string> }[] {
  const { text, pack } = ctx;
  if (!pack.complementizers.size) return [];
  const attacks = saidAsDone(ctx, hitsOf(ctx, pack.types).filter((h) => REPORTED_TYPES.has(h.value)));
  if (!attacks.length) return [];
  const tellings = hitsOf(ctx, pack.dateRoles).filter((h) => h.value === "disclosed");
  const nouns = hitsOf(ctx, pack.victimNouns);
  const out: { subjectStart: number; subjectEnd: number; cue: Hit<string> }[] = [];
  for (const verb of tellings) {
    const s = sentenceAt(ctx, verb.start);
    // "teatas teisipäeval, et", "je potvrdila da", "confirmed on Monday that": a few words, perhaps a comma, then the complementizer.
    const opening = clauseAfter(text.slice(verb.end, Math.min(s.end, verb.end + 60)), pack.complementizers);
    if (opening < 0) continue;
    const clause = verb.end + opening;
    const cue = attacks.find((h) => h.start >= clause && h.end <= s.end);
    if (!cue || nouns.some((n) => n.start >= clause && n.end <= s.end && n.start !== cue.start)) continue;
    const subject = SUBJECT_BEFORE.exec(text.slice(s.start, verb.start));
    if (subject) out.push({ subjectStart: s.start + subject[1]!.length, subjectEnd: s.start + subject[1]!.length + subject[2]!.length, cue });
    // "Dheimhnigh an chomhairle Dé Máirt go ndearnadh cibirionsaí uirthi": where the verb opens the sentence, the subject follows it.
    else if (/^[\s"“„«]*$/u.test(text.slice(s.start, verb.start))) out.push({ subjectStart: verb.end, subjectEnd: clause, cue });
  }
  return out;
}
/** What an attack reported in a that-clause is: not phishing or scams aimed at the public, nor a flaw. */
const REPORTED_TYPES: ReadonlySet<string> = new Set(["data_breach", "ransomware", "ddos", "malware", "defacement", "account_compromise", "supply_chain", "other", "espionage"]);
// Spaces or quotes, the subject of one to three words, spaces, perhaps an auxiliary ("je", "on") before the verb.
const SUBJECT_BEFORE = /^([\s"“„«]*)(\p{L}[\p{L}\p{N}-]*(?:[ \t]+\p{L}[\p{L}\p{N}-]*){0,2}?)(?:[ \t]+\p{Ll}{1,4})?[ \t]+$/u;
/** Where the clause after a verb of telling begins: after its complementizer, within six words, with nothing but spaces and a comma between; -1 if none. */
function clauseAfter(after: string, complementizers: ReadonlySet<string>): number {
  const word = /[\p{L}\p{N}.'’-]+/gu;
  let m: RegExpExecArray | null, last = 0;
  for (let n = 0; n < 6 && (m = word.exec(after)) !== null; n++) {
    if (!/^[ \t]*,?[ \t]+$/u.test(after.slice(last, m.index))) return -1;
    if (complementizers.has(m[0].toLowerCase())) return m.index + m[0].length;
    last = m.index + m[0].length;
  }
  return -1;
}

/** Where each description's kind word begins ("Azienda sanitaria" of "L'Azienda sanitaria"). */
const nounStart = new WeakMap<Org, number>();

/** The pack's supplier words in the text ("IT-Dienstleister", "vendor"), found once: names and descriptions both ask them. */
export function supplierWords(ctx: Context): Hit<string>[] {
  let words = supplierCache.get(ctx);
  if (!words) supplierCache.set(ctx, (words = hitsOf(ctx, ctx.pack.roles).filter((h) => h.value === "supplier")));
  return words;
}
const supplierCache = new WeakMap<Context, Hit<string>[]>();

/**
 * " in Bayern ", " de la région de Lyon ", " in the province of Brescia ": up to five words
 * opened by a function word, perhaps after one or two adjectives where adjectives follow their
 * noun ("un'azienda metalmeccanica della provincia di Brescia"); or one lower-case word, as an
 * adjective after its noun ("un ospedale lombardo"), or two where adjectives follow nouns.
 */
function shortQualifier(ctx: Context, from: number, to: number): boolean {
  if (to - from > 48) return false;
  const gap = ctx.text.slice(from, to);
  if (!/^[ \t]+\S/.test(gap) || !/\S[ \t]+$/.test(gap) || /[.,;:!?()\n]/.test(gap)) return false;
  const words = gap.trim().split(/[ \t]+/);
  const isFunctionWord = (w: string) => ctx.pack.functionWords.has(w.toLowerCase());
  const plainLower = (w: string) => w === w.toLowerCase() && !isFunctionWord(w);
  if (words.length === 1) return isFunctionWord(words[0]!) || words[0] === words[0]!.toLowerCase();
  // "un'azienda metalmeccanica bresciana": two adjectives after their noun.
  if (words.length === 2 && ctx.pack.source.adjectivesFollowNouns === true && words.every(plainLower)) return true;
  // "un'azienda sanitaria locale di Teramo": one or two adjectives after the noun, then the function word.
  let adjectives = 0;
  if (ctx.pack.source.adjectivesFollowNouns === true) while (adjectives < 2 && adjectives + 1 < words.length && plainLower(words[adjectives]!)) adjectives++;
  const opener = isFunctionWord(words[0]!) ? 0 : adjectives > 0 && isFunctionWord(words[adjectives]!) ? adjectives : -1;
  return opener >= 0 && words.length - opener <= 5;
}

function atSentenceStart(text: string, sentenceStart: number, at: number): boolean {
  // "L'Azienda sanitaria…": an elided article may open the sentence before the word.
  return /^[\s"'“„«(]*(?:\p{L}{1,5}['’])?$/u.test(text.slice(sentenceStart, at));
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isWhitespaceAt(text, i) && text.charCodeAt(i) !== 10) i++;
  return i;
}

/**
 * Where a description of the noun begins when nothing but the noun is known: at a determiner
 * within three words before it ("the large regional hospital"), or else at the capitalised
 * words, numbers and compounds right before it ("Indiana hospital", "US-based firms"); plain
 * lower-case words without a determiner may be anything ("said hospitals"). `reach` is how far
 * back the words go, for a cue to end in.
 */
function wordsBefore(ctx: Context, noun: Hit<string>, sentenceStart: number): { start: number; reach: number } {
  const { text, pack } = ctx;
  const elided = ELIDED_BEFORE.exec(text.slice(Math.max(sentenceStart, noun.start - 6), noun.start));
  if (elided && pack.victimDeterminers.has(elided[1]!.toLowerCase().replace("’", "'"))) {
    return { start: noun.start - elided[1]!.length, reach: noun.start - elided[1]!.length };
  }
  let pos = noun.start, start = noun.start, modifiersKept = true;
  for (let n = 0; n < MAX_MODIFIERS; n++) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(sentenceStart, pos - 40), pos));
    if (!m) break;
    const wordStart = pos - m[0].length, word = m[1]!.toLowerCase();
    if (pack.victimDeterminers.has(word)) return { start: wordStart, reach: wordStart };
    if (pack.functionWords.has(word)) break;
    const marked = isUpperAt(text, wordStart) || /^\p{N}|-/u.test(m[1]!);
    if (modifiersKept && marked) start = wordStart;
    else modifiersKept = false;
    pos = wordStart;
  }
  return { start, reach: pos };
}

// Between a kind word and the name after it: spaces, perhaps the name's opening quote.
const QUOTE_OPENING_NAME = new RegExp(`^\\s{1,2}[${OPENING_QUOTE_CHARS}]?$`, "u");
/** The organisation is named right after the description ("de gemeente Zuidveen", "firmę Medsoft"): the description is its kind word. */
export function namedRightAfter(ctx: Context, d: Org, o: Org): boolean {
  const end = d.evidence[0]!.start + d.name.length;
  // "společnost „Severoport“": the name may open with a quote.
  return o.evidence.some((e) => e.start > end && e.start - end <= 3 && QUOTE_OPENING_NAME.test(ctx.text.slice(end, e.start)));
}

/**
 * The descriptions that are not a named victim again: "le ministère" beside "ministère des
 * Transports" (its kind word is in the name), "de gemeente" right before "Zuidveen", and, where
 * a victim is named, one that only refers back to it ("the company", "selskabet"); where none
 * is, one that refers back to an earlier description of the same kind.
 */
export function notNamedAgain(ctx: Context, described: Org[], named: Org[]): Org[] {
  const { determiners, definiteEndings } = ctx.pack.source.victimDescriptions.anaphoric;
  const namedAgain = (d: Org) => {
    // "kaupungin" beside "Vantaan kaupunki": a declined head is its base form.
    const written = /[\p{L}\p{N}]+$/u.exec(d.name)?.[0]?.toLowerCase();
    const kind = written && (ctx.pack.headBase.get(written) ?? written);
    const end = d.evidence[0]!.start + d.name.length;
    const start = d.evidence[0]!.start;
    // "Fjordby kommunes servere" beside "Fjordby kommune": the description is one of the name's mentions.
    // So is "ministeriets" beside "Transportministeriet": a compound's last part, in the genitive or not.
    const stem = kind && kind.length > 4 && kind.endsWith("s") ? kind.slice(0, -1) : kind;
    // …and so is "spółkę" beside "Spółka Wodociągi Krakowskie": a form of the same word.
    const holdsKind = (word: string) => word === kind || (!!kind && kind.length >= 5 && sameWord(word, kind)) || (!!stem && stem.length >= 4 && word.length > stem.length + 2 && (word.endsWith(kind!) || word.endsWith(stem)));
    return named.some((o) => (!!kind && o.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some(holdsKind))
      || namedRightAfter(ctx, d, o) || o.evidence.some((e) => e.start < end && start < e.end));
  };
  const refersBack = (d: Org) => {
    // "L'Azienda sanitaria", "la azienda sanitaria": only an article before the kind word, however many words it has.
    const kindAt = nounStart.get(d);
    const before = kindAt === undefined ? "" : ctx.text.slice(d.evidence[0]!.start, kindAt).trim().toLowerCase().replace("’", "'");
    if (before && determiners.includes(before)) return true;
    const words = d.name.toLowerCase().split(/\s+/);
    if (words.length === 2) return determiners.includes(words[0]!);
    return words.length === 1 && (definiteEndings.some((e) => words[0]!.endsWith(e)) || determiners.some((a) => a.endsWith("'") && words[0]!.startsWith(a)));
  };
  if (named.length) return described.filter((d) => !namedAgain(d) && !refersBack(d));
  // "Bergen kommune … Kommunen tok nettsiden ned": with no victim named, a description that
  // refers back is the one described before it with the same kind word.
  const nounOf = (d: Org) => d.reasons?.find((r) => r.includes("/victimDescriptions/noun/"));
  return described.filter((d, i) => !(refersBack(d) && nounOf(d) !== undefined && described.slice(0, i).some((e) => nounOf(e) === nounOf(d))));
}

