// Organisations by role: victim, impersonated brand, third party. Names are found from their
// shape (capitals, acronyms, legal forms) and kept only when the text treats them as an
// organisation; roles come from the cues of the pack around each mention.
import { ACRONYMS_ONLY_IN_CAPITALS, COMMON_ACRONYMS } from "../lang/shared/acronyms.ts";
import { GIVEN_NAMES } from "../lang/shared/given-names.ts";
import { LEGAL_FORMS } from "../lang/shared/legal-forms.ts";
import { PRODUCT_MAKERS, PRODUCTS } from "../lang/shared/products.ts";
import { HOLIDAYS } from "../lang/shared/holidays.ts";
import { PLACES } from "../lang/shared/places.ts";
import { SECURITY_VENDORS } from "../lang/shared/security-vendors.ts";
import { KNOWN_ACTORS, KNOWN_MALWARE } from "../lang/shared/threat-actors.ts";
import { GENERIC_NAME_WORDS } from "../group/identity.ts";
import { NAME_WORDS } from "../lang/registry.ts";
import type { CompiledPack } from "../lang/compile.ts";
import type { Hit } from "../lang/terms.ts";
import type { OrgRole } from "../lang/types.ts";
import type { Evidence, Indicator, Org, ThirdParty } from "../model/record.ts";
import type { ThirdPartyRole } from "../model/vocab.ts";
import { isAllCapitals, isCamelCase, isCapitalised, isCapitalisedAt, isLetterOrDigitAt, isLowerAt, isNumberAt, isUpperAt } from "../text/letter-case.ts";
import { sameWord, tokenSpans } from "../text/tokens.ts";
import { SpanReach } from "../text/span-reach.ts";
import { isClosingQuote, isOpeningQuote, OPENING_QUOTE_CHARS } from "../text/quotes.ts";
import type { Span } from "../text/sentences.ts";
import { evidence, hitsIn, hitsOf, sentenceAt, type Context } from "./context.ts";
import { harmCues, supplierWords } from "./victim-descriptions.ts";

interface Token {
  start: number;
  end: number;
  text: string;
}

interface Mention {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  sentenceInitial: boolean;
  strong: boolean;
  /** Characters of a case ending cut off the end ("Fjordpostin" → "Fjordpost"): cues after the name are measured from the word as written. */
  declined?: number;
  /** Opened by a kind word ("Stadtwerke Bochum", "Bank of America"). */
  kindOpened?: boolean;
  /** The other side of a coordination split in two ("Vejstrup Kommune og Holmby Kommune"). */
  partner?: Mention;
}

interface Cluster {
  key: string;
  mentions: Mention[];
  roles: Map<OrgRole | "legal", string>;
  score: number;
  person: boolean;
  source: boolean;
  /** The words of the supplier cue that made it a third party ("hosting provider"). */
  supplierCue?: string;
  /** The supplier cue stands in an apposition after the name ("X, a water provider"): it says what X is. */
  supplierInApposition?: boolean;
  /** Named right before a generic malware word ("BitPaymer ransomware", "EyePyramid malware"): a family, not an organisation. */
  malware: boolean;
  /** Named in the title or lead. */
  inLead: boolean;
  /** Named right after an attacker word ("the hacker group TheDarkOverlord"): the attacker. */
  actor: boolean;
  /** Named next to a harm cue ("attack on X", "X was hacked"): the text says it was hit. */
  harmed?: string;
}

const { connectors: CONNECTORS, coordinators: COORDINATORS, companyWords: COMPANY_WORDS } = NAME_WORDS;

// Names recur within a text and across a stream of texts: folding each once saves most of the work.
const foldedNames = new Map<string, string>();

/** Folds a name for comparison: case, accents, legal forms and punctuation removed. */
export function normaliseOrgName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= 50_000) foldedNames.clear();
    foldedNames.set(name, (folded = foldName(name)));
  }
  return folded;
}

function foldName(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[\s,]+/)
    .filter((w) => w && !LEGAL_FORMS.has(w)).join(" ").replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ").trim();
}


/** The words written in lower case somewhere in the text: /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*\/gu, as a loop. */
export function lowercaseWords(text: string): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  // A whole surrogate pair is one character; a lone half is one unit and no letter.
  const width = (i: number) => {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) return 1;
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  };
  // Every place the loop stops at follows a character that is no letter or digit; a word that
  // does not start lower-cased is passed over whole.
  for (let i = 0; i < n;) {
    if (isLowerAt(text, i)) {
      let j = i + width(i);
      while (j < n && (text.charCodeAt(j) === 45 || isLetterOrDigitAt(text, j))) j += width(j);
      out.add(text.slice(i, j));
      i = j;
    } else if (isLetterOrDigitAt(text, i)) {
      do i += width(i); while (i < n && isLetterOrDigitAt(text, i));
    } else i += width(i);
  }
  return out;
}

function overlapsAny(hits: Hit<string>[], start: number, end: number) {
  return hits.some((h) => h.start < end && h.end > start);
}

/** The document's lower-case words, read once: name finding and the surname rule both ask them. */
function lowerWordsOf(ctx: Context): Set<string> {
  return (ctx.lowerWords ??= lowercaseWords(ctx.text));
}

const POSSESSIVE_S = /['’]s$/;
const PLACE_APPOSITION = /,[ \t]+(\p{Ll}{1,3})[ \t]+$/u;
const USERS_GAP = /^[ \t]+(?:\d{1,4}[ \t]+)?$/u;
const COLON_ENDING = /^:(\p{Ll}{1,5})(?![\p{L}\p{N}])/u;
/** "Internet-connected", "US-based": a capitalised word hyphened to a lower-case one describes. */
const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Ll}+)+$/u;

/**
 * What may still make a lower-case word part of a name: a hyphen ("eBay-Kunden") or, within its
 * first six characters, an apostrophe before a capital ("dell'ASL"). One pass over the word.
 */
function hyphenOrElidedCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) return true;
    if ((c === 39 || c === 0x2019) && i > start && i < start + 6 && isCapitalisedAt(text, i + 1, end)) return true;
  }
  return false;
}

/** One to four digits and nothing else. */
function isNumberToken(word: string): boolean {
  return word.length <= 4 && /^\d+$/.test(word);
}

/** Two tokens of one name are apart by one space, or by " & " ("Marks & Spencer"). */
function joinedBySpace(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charCodeAt(from) === 32;
  return to - from === 3 && text.startsWith(" & ", from);
}

// "MOSCOW —", "WASHINGTON (Reuters) -", "BERLIN, Germany –": the place a story was filed from,
// in capitals (four letters or more) at the start of a line or sentence before a dash: a long
// or double dash, or any dash after the agency in brackets ("BARCELONA, Spain--(BUSINESS
// WIRE)--"; "IBM - the company -" is a name).
const DATELINE = /[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]{2,}\p{Lu}\.?(?:,[ \t]+\p{Lu}[\p{L}\p{M} .]{1,30})?[ \t]*(?:(?:--|[—–])?\([^()\n]{1,30}\)[ \t]*(?:--|[—–-])|--|[—–])[ \t]?/uy;

function datelines(text: string): Span[] {
  const spans: Span[] = [];
  // Every dateline has a long or double dash, or a dash after a bracket: most texts have none.
  if (!text.includes("—") && !text.includes("–") && !text.includes("--") && !/\)[ \t]*-/.test(text)) return spans;
  // Tried where a line or a sentence begins ("… vulnerable. BARCELONA, Spain--"), not everywhere.
  const tryAt = (at: number) => {
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(text);
    if (m) spans.push({ start: at, end: at + m[0].length });
  };
  tryAt(0);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) tryAt(i + 1);
    else if ((c === 46 || c === 33 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) tryAt(i + 2);
  }
  return spans;
}

const ELIDED_BEFORE_WORD = /^(\p{L}{1,5})(['’]|-)(?=\p{L})/u;
/** Where a token starts once an elided article or preposition ("l'", "dell'") is left out. */
function elidedStart(text: string, start: number, end: number, elidedWords: ReadonlySet<string>): number {
  // Most tokens hold no apostrophe or hyphen within their first six characters: those are passed over unsliced.
  let apostrophe = false;
  for (let k = start + 1; k < end && k <= start + 5 && !apostrophe; k++) apostrophe = text.charCodeAt(k) === 39 || text.charCodeAt(k) === 0x2019 || text.charCodeAt(k) === 45;
  if (!apostrophe) return start;
  const m = ELIDED_BEFORE_WORD.exec(text.slice(start, end));
  // "il-Bank", "tal-Kunsill": an article joined by a hyphen is elided only where the pack lists it so.
  return m && elidedWords.has(m[2] === "-" ? `${m[1]!.toLowerCase()}-` : m[1]!.toLowerCase()) ? start + m[0].length : start;
}

const elidedCache = new WeakMap<CompiledPack, ReadonlySet<string>>();
/** Words that may stand elided before a name ("l'", "dell'"), without their apostrophe. */
function elidedWordsOf(pack: CompiledPack): ReadonlySet<string> {
  let words = elidedCache.get(pack);
  if (!words) elidedCache.set(pack, (words = new Set([...pack.functionWords, ...pack.victimDeterminers, ...CONNECTORS, ...(pack.source.elidedWords ?? [])].map((w) => w.replace(/['’]$/, "")))));
  return words;
}

function findMentions(ctx: Context, siteHarm: boolean): Mention[] {
  const { text, pack } = ctx;
  const { starts, ends } = tokenSpans(text);
  const lower = lowerWordsOf(ctx);
  const countryHits = hitsOf(ctx, pack.countries);
  const countryExact = new Set(countryHits.map((h) => `${h.start}:${h.end}`));
  const countries = new SpanReach(countryHits, text.length), legal = new SpanReach(hitsOf(ctx, pack.legalForms), text.length);
  // Cue words are the story around a name, never part of it ("Falsche IONOS-Mails").
  // …except a cue that holds the name itself ("falske sms'er i Fjordposts navn").
  const cueWords = new SpanReach([...hitsOf(ctx, pack.roles), ...hitsOf(ctx, pack.types), ...hitsOf(ctx, pack.actors), ...hitsOf(ctx, pack.orgWords), ...hitsOf(ctx, pack.siteOwnerBefore)]
    // A term with a gap ("esiintyvät … nimissä") spans the words between its parts, a name among them.
    .filter((h) => !pack.nameSlotReasons.has(h.reason) && !h.reason.includes("…")), text.length);
  const masked = new SpanReach([...ctx.masked, ...datelines(text)], text.length);
  const legalHits = hitsOf(ctx, pack.legalForms), legalStarts = new Set(legalHits.map((h) => h.start)), legalEnds = new Set(legalHits.map((h) => h.end));
  const kindWords = new SpanReach(kindHitsOf(ctx), text.length);
  const suppliers = new SpanReach(supplierWords(ctx), text.length);
  // "Ministerio de Transportes", "Bank of America", "comune di Milano": a kind word opens a name,
  // in capitals or not (French and Italian write it in lower case), when a connector and a
  // capitalised word follow it.
  const elidedWords = elidedWordsOf(pack);
  const opensName = (i: number) => {
    if (i + 1 >= starts.length) return false;
    // "Ministerstwa Infrastruktury", "Urząd Miasta": a capitalised kind word right before a
    // capitalised word, where only names are capitalised; where every noun is, only a name head
    // before one word ("Stadtwerke Bochum", not "das Krankenhaus Szpital Powiatowy").
    // (A cue word after that one is the story going on: "die Stadtwerke Lindau Opfer eines Angriffs".)
    const oneWordAfter = () => i + 2 >= starts.length || !joinedBySpace(text, ends[i + 1]!, starts[i + 2]!) || !isCapitalisedAt(text, starts[i + 2]!, ends[i + 2]!)
      || cueWords.contains(starts[i + 2]!, ends[i + 2]!);
    const kindOpens = pack.source.capitalisesNouns ? pack.nameHeads.has(text.slice(starts[i]!, ends[i]!).toLowerCase()) && oneWordAfter() : pack.source.kindWordsOpenNames !== false;
    // "l'ospedale San Matteo", "gemeente Zwolle": some kind words open a name in lower case too.
    const headBefore = () => pack.lowerCaseHeadsBefore.has(text.slice(elidedStart(text, starts[i]!, ends[i]!, elidedWords), ends[i]!).toLowerCase());
    if (kindOpens && (isCapitalisedAt(text, starts[i]!, ends[i]!) || headBefore()) && joinedBySpace(text, ends[i]!, starts[i + 1]!)
      && isCapitalisedAt(text, starts[i + 1]!, ends[i + 1]!) && !pack.functionWords.has(text.slice(starts[i + 1]!, ends[i + 1]!).toLowerCase())
      && !kindWords.contains(starts[i + 1]!, ends[i + 1]!)) return true;
    if (i + 2 >= starts.length) return false;
    // Not "company and Roland Dela Paz" (two things), nor "maker of Internet-connected toys" (an adjective).
    const connector = text.slice(starts[i + 1]!, ends[i + 1]!).toLowerCase();
    return CONNECTORS.has(connector) && !COORDINATORS.has(connector) && joinedBySpace(text, ends[i]!, starts[i + 1]!) && joinedBySpace(text, ends[i + 1]!, starts[i + 2]!)
      && isCapitalisedAt(text, starts[i + 2]!, ends[i + 2]!) && !isCapitalisedAt(text, starts[i + 1]!, ends[i + 1]!)
      && !COMPOUND_ADJECTIVE.test(text.slice(starts[i + 2]!, ends[i + 2]!));
  };
  const sentenceStarts = new Set(ctx.sentences.map((s) => s.start));
  const isSentenceStart = (t: Token) => sentenceStarts.has(t.start) || /[«»"“„(–—:-]\s*$|^\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && /\n|^/.test(text.slice(Math.max(0, t.start - 4), t.start));
  // "Good Weather", "Freedom Hosting II", "New Zealand": inside a sentence, a capitalised function
  // word or word the text also writes in lower case belongs to the capitalised name it stands
  // next to; a fragment of such a phrase is no name of its own.
  // (A word joined to the run by a space opens no line or quote: only a sentence split can start there.)
  const inTitlePhrase = (i: number, t: Token) => {
    const prev = run.at(-1);
    if (prev) return !sentenceStarts.has(t.start) && !CONNECTORS.has(prev.text.toLowerCase());
    return i + 1 < starts.length && joinedBySpace(text, t.end, starts[i + 1]!) && isCapitalisedAt(text, starts[i + 1]!, ends[i + 1]!) && !isSentenceStart(t);
  };
  // "British Airways", "Deutsche Bahn", "Danske Bank", "France Travail": a country word opens a
  // name when one uncommon capitalised word follows and the words after it are not capitalised
  // too, which a title-case headline's would be ("Germany Hit By Wave Of Attacks").
  const countryOpensName = (i: number, t: Token) => {
    if (run.length || !countryExact.has(`${t.start}:${t.end}`) || i + 1 >= starts.length || !joinedBySpace(text, t.end, starts[i + 1]!)) return false;
    const next = text.slice(starts[i + 1]!, ends[i + 1]!), nextLower = next.toLowerCase();
    // "Česká spořitelna": a lower-case head closes the name the country word opens.
    if (next === nextLower && lowerHeads.has(nextLower)) return true;
    if (!isCapitalised(next) || isAllCapitals(next) || lower.has(nextLower) || pack.functionWords.has(nextLower) || countries.overlaps(starts[i + 1]!, ends[i + 1]!)) return false;
    return !(i + 2 < starts.length && joinedBySpace(text, ends[i + 1]!, starts[i + 2]!) && isCapitalisedAt(text, starts[i + 2]!, ends[i + 2]!));
  };
  const lowerHeads = pack.lowerCaseHeads;
  /** The token after token i is a capitalised name head joined to it by a space. */
  const nameHeadAfter = (i: number) => i + 1 < starts.length && joinedBySpace(text, ends[i]!, starts[i + 1]!) && isCapitalisedAt(text, starts[i + 1]!, ends[i + 1]!)
    && pack.nameHeads.has(text.slice(starts[i + 1]!, ends[i + 1]!).toLowerCase());
  const legalAt = (k: number) => legal.contains(starts[k]!, ends[k]!);
  // Looked up only for a word right before a quoted name, which most texts do not have.
  let orgWords: SpanReach | undefined, roleEnds: Set<number> | undefined;
  const introduces = (k: number) => {
    if (legalAt(k) || kindWords.contains(starts[k]!, ends[k]!)) return true;
    orgWords ??= new SpanReach(hitsOf(ctx, pack.orgWords), text.length);
    // "се представят за „Български пощи“", "supplier „Datanet“": a cue for what the name is pretended to be or provides introduces it too.
    roleEnds ??= new Set(hitsOf(ctx, pack.roles).filter((h) => h.value === "impersonated" || h.value === "supplier").map((h) => h.end));
    return orgWords.contains(starts[k]!, ends[k]!) || roleEnds.has(ends[k]!);
  };
  const quoted = quotedNames(text, starts, ends, introduces, legalAt);
  const mentions: Mention[] = [];
  let run: Token[] = [], openedByKind = false, quotedRun = false;
  const commonInRun = new Set<Token>();
  const flush = () => {
    const kindOpened = openedByKind;
    openedByKind = false;
    const wasQuoted = quotedRun;
    quotedRun = false;
    // Connectors may sit inside a name, never at its edge; nor may a function word end it
    // ("Orange Is the New Black").
    while (run.length && (CONNECTORS.has(run.at(-1)!.text.toLowerCase()) || pack.functionWords.has(run.at(-1)!.text.toLowerCase()))) run.pop();
    // …nor a determiner begin it ("The Word document", "the Register").
    while (run.length && (CONNECTORS.has(run[0]!.text.toLowerCase()) || pack.victimDeterminers.has(run[0]!.text.toLowerCase()))) run.shift();
    // "Social" of "Social Security", "State" of "State of Malware": common words alone are no name.
    if (commonInRun.size && run.every((t) => commonInRun.has(t) || CONNECTORS.has(t.text.toLowerCase()))) run = [];
    commonInRun.clear();
    // "U.S." alone is a country, whatever its capitals.
    if (run.length === 1 && countryExact.has(`${run[0]!.start}:${run[0]!.end}`)) run = [];
    // "Angriffe auf Kommunen und Krankenhäuser": kind words alone, capitalised as German nouns are, name nobody.
    // (…unless the text says it was pretended to be: "im Namen der Sparkasse".)
    if (run.length && !kindOpened && run.every((t) => kindWords.contains(t.start, t.end) || CONNECTORS.has(t.text.toLowerCase())) && !(run.length === 1 && pretendedKind(ctx, run[0]!.start, run[0]!.end))) run = [];
    if (run.length) {
      const first = run[0]!;
      const sentenceInitial = isSentenceStart(first);
      const strong = run.some((t) => isAllCapitals(t.text) || isCamelCase(t.text) || /\p{N}/u.test(t.text)) || legal.overlaps(first.start, run.at(-1)!.end + 1) || wasQuoted;
      // "Lda.", "Inc.": the dot a legal form is written with is part of the name.
      const last = run.at(-1)!;
      // "UAB „Šiaurės uosto logistika“": a legal form before the quotes takes them into the name, both of them.
      const end = text.charCodeAt(last.end) === 46 && legalEnds.has(last.end + 1) && legal.overlaps(last.start, last.end) ? last.end + 1
        : wasQuoted && run.length > 1 && isOpeningQuote(text[run[1]!.start - 1]) && legal.contains(first.start, first.end) ? last.end + 1 : last.end;
      // …and a legal form after the quotes takes the opening one in.
      const start = wasQuoted && isOpeningQuote(text[first.start - 1]) && run.length > 1 && legal.contains(last.start, last.end) && isClosingQuote(text[run.at(-2)!.end]) ? first.start - 1 : first.start;
      mentions.push({ start, end, text: text.slice(start, end), tokens: run, sentenceInitial, strong, kindOpened });
    }
    run = [];
  };
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!, end = ends[i]!;
    // "UAB „Šiaurės uosto logistika“", "společnost „Severoport“": a name in quotes after a legal
    // form or a kind word is the name whole, its lower-case words too, and stays so undeclined.
    const quotedLast = quoted.get(i);
    if (quotedLast !== undefined) {
      const prev = run.at(-1);
      if (!(run.length === 1 && prev && legal.contains(prev.start, prev.end) && /^\s\S$/u.test(text.slice(prev.end, start)))) flush();
      for (let k = i; k <= quotedLast; k++) run.push({ start: starts[k]!, end: ends[k]!, text: text.slice(starts[k]!, ends[k]!) });
      openedByKind = quotedRun = true;
      flush();
      i = quotedLast;
      continue;
    }
    // Most tokens are lower-case words outside any name: nothing below would start a run with one,
    // so they are passed over before they are made into tokens.
    // A run the token is not joined to ends before it ("… w Nowym Targu\n\nSzpital Powiatowy"), so the token may open a name.
    // "L'hôpital de Cannes", "dell'ospedale di Pisa": the kind word may follow an elided article.
    const afterElision = elidedStart(text, start, end, elidedWords);
    // A supplier's kind word names whom it serves, not itself: "un prestataire de France Travail".
    const opener = (run.length === 0 || !joinedBySpace(text, run.at(-1)!.end, start)) && kindWords.contains(afterElision, end) && !suppliers.contains(afterElision, end) && opensName(i);
    if (!run.length && !isCapitalisedAt(text, start, end) && !opener && !hyphenOrElidedCapital(text, start, end)) continue;
    let t: Token = { start, end, text: text.slice(start, end) };
    // "L'ASL", "dell'Agenzia", "d'Orange": an elided article or preposition is not part of the name.
    if (afterElision > start && isUpperAt(text, afterElision)) t = { start: afterElision, end, text: text.slice(afterElision, end) };
    const prev = run.at(-1);
    // "Nordport Logistyka sp. z o.o.": a legal form's own dot and space join its parts.
    // "Porto Norte Logística, Lda.", "Acme, Inc.": a legal form may follow its name after a comma.
    if (prev && !joinedBySpace(text, prev.end, t.start) && !legal.contains(prev.end, t.start) && !(t.start - prev.end === 2 && text.startsWith(", ", prev.end) && legalStarts.has(t.start))) flush();
    if (masked.overlaps(t.start, t.end)) { flush(); continue; }
    if (opener) {
      if (afterElision > t.start) t = { start: afterElision, end, text: text.slice(afterElision, end) };
      // "câmara municipal de Setúbal": a kind word of two words opens the name with its first.
      const kindStart = run.length ? -1 : kindHitsOf(ctx).find((h) => h.start < t.start && h.end >= t.end)?.start ?? -1;
      for (let j = i - 1; kindStart >= 0 && j >= 0 && starts[j]! >= kindStart && joinedBySpace(text, ends[j]!, starts[j + 1]!); j--) {
        if (starts[j] === kindStart) { for (let k = j; k < i; k++) run.push({ start: starts[k]!, end: ends[k]!, text: text.slice(starts[k]!, ends[k]!) }); break; }
      }
      run.push(t);
      openedByKind = true;
      continue;
    }
    const lowerT = t.text.toLowerCase();
    // "IONOS-Mails": a name glued to a common noun by a hyphen keeps only the name.
    if (t.text.includes("-")) {
      const [head, ...rest] = t.text.split("-");
      const tail = rest.join("-");
      // "Twenty-seven percent": a number written in words is no name.
      if (COMMON_ACRONYMS.has(head!.toLowerCase()) || head!.length < 2 || Object.hasOwn(pack.source.numberWords, head!.toLowerCase())) { flush(); continue; }
      // "Vestas-angrebet", "Google-owned", "Internet-connected": a capitalised word hyphened to a
      // lower-case one is a name in a compound, or a describing word; the name is the head.
      // ("Villeneuve-sur-Lac" is a name whole.)
      if ((isAllCapitals(head!) || isCamelCase(head!)) && !isCapitalised(tail) || (isAllCapitals(head!) && pack.source.capitalisesNouns)
        || (isCapitalised(head!) && !/\p{Lu}/u.test(tail))) {
        t = { start: t.start, end: t.start + head!.length, text: head! };
        run.push(t);
        flush();
        continue;
      }
    }
    if (run.length && isCapitalised(t.text) && pack.nameHeads.has(lowerT)) { run.push(t); continue; }
    // "Skogsbo kommun": the kind word in lower case closes the place's name.
    if (run.length && t.text === lowerT && lowerHeads.has(lowerT)) {
      run.push(t);
      // "Arion banki hf.", "Vörður tryggingar hf.": the legal form after the head is the name's too.
      if (i + 1 < starts.length && joinedBySpace(text, end, starts[i + 1]!) && legal.contains(starts[i + 1]!, ends[i + 1]!)) continue;
      // "Fakultná nemocnica Trnava": a head that may also open a name goes on to the place after it.
      if (pack.lowerCaseHeadsBefore.has(lowerT) && i + 1 < starts.length && joinedBySpace(text, end, starts[i + 1]!) && isCapitalisedAt(text, starts[i + 1]!, ends[i + 1]!)
        && !pack.functionWords.has(text.slice(starts[i + 1]!, ends[i + 1]!).toLowerCase()) && !cueWords.contains(starts[i + 1]!, ends[i + 1]!)) continue;
      // "Helsingin kaupungin opetusviraston": after the head's genitive, the unit named by a kind
      // compound; "Kauno miesto savivaldybė", "Vilniaus universiteto ligoninė": or by another head.
      while (pack.genitiveHeads.has(run.at(-1)!.text) && i + 1 < starts.length && joinedBySpace(text, ends[i]!, starts[i + 1]!)) {
        const next = text.slice(starts[i + 1]!, ends[i + 1]!);
        const unit = kindCompoundBase(pack, next) !== undefined, head = next === next.toLowerCase() && lowerHeads.has(next);
        if (!unit && !head) break;
        i++;
        run.push({ start: starts[i]!, end: ends[i]!, text: next });
        if (unit) break;
      }
      flush();
      continue;
    }
    const legalHere = run.length > 0 && legal.overlaps(t.start, t.end);
    if (legalHere) { run.push(t); continue; }
    if (CONNECTORS.has(lowerT) && run.length) { run.push(t); continue; }
    // "ASL 1 Abruzzo", "Channel 4 News": a number between capitalised words of a name.
    if (run.length && isNumberToken(t.text) && i + 1 < starts.length && joinedBySpace(text, t.end, starts[i + 1]!) && isCapitalisedAt(text, starts[i + 1]!, ends[i + 1]!)) { run.push(t); continue; }
    if (!isCapitalised(t.text) || t.text.length < 2) { flush(); continue; }
    // "TVs", "PCs"; and "17m", "2nd": a count or an ordinal, not a name like "3M".
    // …unless a name's head follows it: "OTP Bank" is a bank, whatever else OTP means.
    if (((COMMON_ACRONYMS.has(lowerT) && (isAllCapitals(t.text) || !ACRONYMS_ONLY_IN_CAPITALS.has(lowerT)))
      || (/^\p{Lu}+s$/u.test(t.text) && COMMON_ACRONYMS.has(lowerT.slice(0, -1)))) && !(run.length === 0 && nameHeadAfter(i))) { flush(); continue; }
    if (isNumberAt(t.text, 0) && t.text === lowerT) { flush(); continue; }
    if (isAllCapitals(t.text) && text[t.end] === ":") { flush(); continue; }
    // A country after the "of" of a kind word is part of the name ("Bank of America"), and so is
    // one right after a name's word ("Poste Italiane", "Posten Norge"); after a name and a
    // connector it is where the name is ("Roskilde Kommune i Danmark").
    const afterConnector = openedByKind && run.length === 2 && CONNECTORS.has(run.at(-1)!.text.toLowerCase());
    const afterNameWord = () => run.length > 0 && !CONNECTORS.has(run.at(-1)!.text.toLowerCase()) && !isSentenceStart(run[0]!);
    // "Midt-Norge", "Nord-Irland": a country inside a hyphened word is part of a name's word.
    const countryWord = t.text.includes("-") ? countryExact.has(`${t.start}:${t.end}`) : countries.overlaps(t.start, t.end);
    // "Northport Logistics Malta Ltd": nor is one a legal form follows.
    const legalNext = () => i + 1 < starts.length && joinedBySpace(text, t.end, starts[i + 1]!) && legal.contains(starts[i + 1]!, ends[i + 1]!);
    if (countryWord && !isAllCapitals(t.text) && !afterConnector && !afterNameWord() && !countryOpensName(i, t) && !(run.length > 0 && legalNext())) { flush(); continue; }
    if (!isAllCapitals(t.text) && !isCamelCase(t.text) && cueWords.contains(t.start, t.end)) { flush(); continue; }
    const functionWord = pack.functionWords.has(lowerT) || (POSSESSIVE_S.test(lowerT) && pack.functionWords.has(lowerT.slice(0, -2)));
    if (functionWord && (isAllCapitals(t.text) || isCamelCase(t.text))) { flush(); continue; }
    const common = functionWord || lower.has(lowerT) || (lowerT.endsWith("s") && lower.has(lowerT.slice(0, -1)));
    if (common && !isAllCapitals(t.text) && !isCamelCase(t.text)) {
      if (!inTitlePhrase(i, t)) { flush(); continue; }
      commonInRun.add(t);
    }
    run.push(t);
  }
  flush();
  return splitCoordinated(text, titleCaseNamesFromBody(text, mentions, titleCaseLines(text, pack.functionWords, lower)), (t) => kindWords.contains(t.start, t.end) || pack.nameHeads.has(t.text.toLowerCase())).filter((m) => !(pack.source.capitalisesNouns && !m.strong && !m.kindOpened && !orgWordBefore(ctx, m) && !roleCueBefore(ctx, m, siteHarm) && !pretendedKind(ctx, m.start, m.end)));
}


/** Words a quoted name may hold: more is a quoted sentence, not a name. */
const MAX_QUOTED_WORDS = 6;

/**
 * Names written in quotes right after a word that says what they name (a legal form, a kind
 * word, a word for a company, a cue for a brand pretended to be or a supplier), or right before
 * a legal form: the first word's index → the last word's. The quotes are where
 * Baltic, Slavic and Hungarian texts set a company's name, which then keeps its own form,
 * lower-case words and all, whatever the case around it. Once a name has been so introduced, its
 * other quoted mentions name it too ("„Šiaurės uosto logistika“ atstovas").
 */
function quotedNames(text: string, starts: readonly number[], ends: readonly number[], introduces: (k: number) => boolean, legalAt: (k: number) => boolean): Map<number, number> {
  const found = new Map<number, number>();
  const spans: { first: number; last: number; inner: string; introduced: boolean }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const open = starts[i]! - 1;
    if (open < 0 || !isOpeningQuote(text[open]) || !isCapitalisedAt(text, starts[i]!, ends[i]!) && !isNumberAt(text, starts[i]!)) continue;
    let last = i;
    // The words inside are separated by single spaces or hyphens: a comma or a full stop ends a name.
    while (last + 1 < starts.length && last - i < MAX_QUOTED_WORDS && /^[ -]$/.test(text.slice(ends[last]!, starts[last + 1]!))) last++;
    if (!isClosingQuote(text[ends[last]!])) continue;
    if (last - i >= MAX_QUOTED_WORDS) continue;
    // "„Северно пристанище Логистика“ ЕООД": the legal form may follow the quotes; it is the name's too.
    const formAfter = last + 1 < starts.length && starts[last + 1] === ends[last]! + 2 && text[ends[last]! + 1] === " " && legalAt(last + 1);
    const introduced = formAfter || (i > 0 && text.slice(ends[i - 1]!, open) === " " && introduces(i - 1));
    spans.push({ first: i, last: formAfter ? last + 1 : last, inner: text.slice(starts[i]!, ends[last]!), introduced });
    i = formAfter ? last + 1 : last;
  }
  const introducedNames = new Set(spans.filter((s) => s.introduced).map((s) => s.inner));
  for (const s of spans) if (s.introduced || introducedNames.has(s.inner)) found.set(s.first, s.last);
  return found;
}

/**
 * Lines written in title case ("Hackers Steal Data Of 2 Million Customers From Acme Bank"),
 * where capitals mark no name: at least four words, most capitalised, and two of the capitalised
 * ones after the first (one, where nearly all are capitalised) are function words or words the
 * text writes in lower case.
 */
function titleCaseLines(text: string, functionWords: ReadonlySet<string>, lower: ReadonlySet<string>): Span[] {
  const lines: Span[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    // Headlines are short; a long line is running text whatever its capitals.
    if (end - start <= 200) {
      const words = text.slice(start, end).match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
      if (words.length >= 4) {
        const capitalised = words.filter((w) => isUpperAt(w, 0));
        const common = capitalised.slice(capitalised[0] === words[0] ? 1 : 0).filter((w) => !isAllCapitals(w) && (functionWords.has(w.toLowerCase()) || lower.has(w.toLowerCase())));
        if ((capitalised.length >= words.length * 0.7 && common.length >= 2) || (capitalised.length >= words.length * 0.9 && common.length >= 1)) lines.push({ start, end });
      }
    }
    start = end + 1;
  }
  return lines;
}

/**
 * In a title-case line a run of capitals is a name only as far as the text names it elsewhere:
 * "Data Breach At Harbor Health Exposes Patient Records" keeps "Harbor Health" when the body
 * writes it, and nothing when it does not.
 */
function titleCaseNamesFromBody(text: string, mentions: Mention[], lines: Span[]): Mention[] {
  if (!lines.length) return mentions;
  const inLine = (m: Mention) => lines.some((l) => m.start >= l.start && m.end <= l.end);
  const bodyNames = [...new Set(mentions.filter((m) => !inLine(m)).map((m) => m.text))].sort((a, b) => b.length - a.length);
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!inLine(m)) { out.push(m); continue; }
    for (const name of bodyNames) {
      const at = wholeWordIndex(m.text, name);
      if (at < 0) continue;
      const start = m.start + at, end = start + name.length;
      out.push({ ...m, start, end, text: name, tokens: m.tokens.filter((t) => t.start >= start && t.end <= end), sentenceInitial: at === 0 && m.sentenceInitial });
      break;
    }
  }
  return out;
}

function wholeWordIndex(haystack: string, needle: string): number {
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const before = i === 0 || !isLetterOrDigitAt(haystack, i - 1), after = i + needle.length >= haystack.length || !isLetterOrDigitAt(haystack, i + needle.length);
    if (before && after) return i;
  }
  return -1;
}

/**
 * "NEKTABs och Ateas" is two organisations when either side is also named alone in the text
 * (a genitive -s aside) or is a place ("Eastern Europe and Ohio", which then goes), or when both
 * sides end in a kind word ("Vejstrup Kommune og Holmby Kommune"); "Procter and Gamble" stays one
 * name.
 */
function splitCoordinated(text: string, mentions: Mention[], isKindWord: (t: Token) => boolean): Mention[] {
  const alone = new Set(mentions.filter((m) => !m.tokens.some((t) => COORDINATORS.has(t.text.toLowerCase()))).map((m) => normaliseOrgName(m.text)));
  const known = (tokens: Token[]) => {
    const norm = normaliseOrgName(text.slice(tokens[0]!.start, tokens.at(-1)!.end));
    return alone.has(norm) || (norm.endsWith("s") && alone.has(norm.slice(0, -1))) || PLACE_KEYS.has(norm);
  };
  const part = (m: Mention, tokens: Token[], first: boolean): Mention => ({
    start: tokens[0]!.start, end: tokens.at(-1)!.end, text: text.slice(tokens[0]!.start, tokens.at(-1)!.end), tokens,
    sentenceInitial: first && m.sentenceInitial, strong: tokens.some((t) => isAllCapitals(t.text) || isCamelCase(t.text) || /\p{N}/u.test(t.text)),
  });
  return mentions.flatMap((m, i) => {
    const k = m.tokens.findIndex((t, i) => i > 0 && i < m.tokens.length - 1 && COORDINATORS.has(t.text.toLowerCase()));
    if (k < 0) return [m];
    const left = m.tokens.slice(0, k), right = m.tokens.slice(k + 1);
    const bothKinds = left.length > 1 && right.length > 1 && isKindWord(left.at(-1)!) && isKindWord(right.at(-1)!);
    // "Harlow Hotels, Penwick Inns and Bellmoor Suites": the end of a list of names.
    const endsList = i > 0 && /^,[ \t]{1,2}$/.test(text.slice(mentions[i - 1]!.end, m.start));
    if (!(known(left) || known(right) || bothKinds || endsList)) return [m];
    const a = part(m, left, true), b = part(m, right, false);
    a.partner = b; b.partner = a;
    return [a, b];
  });
}

function orgWordBefore(ctx: Context, m: Mention): boolean {
  return hitsOf(ctx, ctx.pack.orgWords).some((h) => h.end <= m.start && m.start - h.end <= 12
    && ctx.pack.afterOrgWord.test(ctx.text.slice(h.end, m.start)));
}

/**
 * A kind word the text says was pretended to be ("im Namen der Sparkasse"): an impersonation cue
 * of words ends right before it, and it is no generic word for a company ("im Namen des
 * Unternehmens" refers back to the one named).
 */
function pretendedKind(ctx: Context, start: number, end: number): boolean {
  let ends = impersonationEnds.get(ctx);
  if (!ends) impersonationEnds.set(ctx, (ends = new Set(hitsOf(ctx, ctx.pack.roles).filter((h) => h.value === "impersonated" && /\s/.test(ctx.text.slice(h.start, h.end))).map((h) => h.end))));
  let cueEnd = -1;
  for (let e = start; e >= start - 2 && cueEnd < 0; e--) if (ends.has(e) && /^\s*$/.test(ctx.text.slice(e, start))) cueEnd = e;
  if (cueEnd < 0) return false;
  const word = ctx.text.slice(start, end).toLowerCase();
  return !ctx.pack.source.orgWords.some((w) => sameWord(w.toLowerCase(), word));
}
const impersonationEnds = new WeakMap<Context, Set<number>>();

const ELIDED_GAP = /^\s+(\p{L}{1,5})['’]$/u;
/** The elided word, lower case and without its apostrophe, that alone fills a gap (" l'"), or undefined. */
const elidedInGap = (gap: string) => ELIDED_GAP.exec(gap)?.[1]!.toLowerCase();
const ARTICLE_GAP = /^\s+(\p{Ll}{1,5})\s+$/u;

/**
 * A cue that says who was pretended to be or attacked ends right before the mention: "im Namen
 * von X", "Angriff auf X" make X a name even where every noun is capitalised.
 */
function roleCueBefore(ctx: Context, m: Mention, siteHarm: boolean): boolean {
  const articles = ctx.pack.articleWords;
  // A phrase that introduces a name ("im Namen von", "Angriff auf"), not one adjective ("gefälschte
  // Paketdienst-Mails"), and not one that ends in an article.
  // An elided article may stand between ("contre l'hôpital"), as the cue may end in one ("all'ospedale").
  const elided = elidedWordsOf(ctx.pack);
  // …and so may an article of its own ("Angriff auf die Deutsche Bahn").
  const gapOk = (gap: string) => {
    if (/^\s*$/.test(gap)) return true;
    const article = ARTICLE_GAP.exec(gap);
    if (article) return articles.has(article[1]!.toLowerCase());
    const word = elidedInGap(gap);
    return word !== undefined && elided.has(word);
  };
  const right = (h: Hit<string>) => h.end <= m.start && m.start - h.end <= 8 && gapOk(ctx.text.slice(h.end, m.start))
    && /\s/.test(ctx.text.slice(h.start, h.end)) && !articles.has(/(\p{L}+)$/u.exec(ctx.text.slice(h.start, h.end))?.[1]?.toLowerCase() ?? "");
  return hitsOf(ctx, ctx.pack.roles).some((h) => h.value === "impersonated" && right(h)) || hitsOf(ctx, ctx.pack.victimBefore).some(right)
    || (siteHarm && hitsOf(ctx, ctx.pack.siteOwnerBefore).some(right))
    // "eine Hackergruppe namens Schwarzfalke": a naming word introduces a name.
    || namingCueBefore(ctx, m) !== undefined;
}

/**
 * The naming word ("called", "known as", "namens") right before a mention: spaces, a quote,
 * perhaps a determiner between ("known as The Dark Overlord").
 */
function namingCueBefore(ctx: Context, m: Mention): Hit<string> | undefined {
  return hitsOf(ctx, ctx.pack.namedAs).find((h) => {
    if (h.end > m.start || m.start - h.end > 8) return false;
    const gap = NAMED_GAP.exec(ctx.text.slice(h.end, m.start));
    return !!gap && (!gap[1] || ctx.pack.victimDeterminers.has(gap[1].toLowerCase()));
  });
}

const near = (hits: Hit<OrgRole>[], role: OrgRole, from: number, to: number) =>
  hits.find((h) => h.value === role && h.start >= from && h.end <= to);

export interface OrgResult {
  victims: Org[];
  impersonated: Org[];
  thirdParties: ThirdParty[];
  /** Normalised names of people, sources and organisations, for the other extractors. */
  excluded: Set<string>;
  /** Attackers named by the text, not known in advance ("the hacking group TheDarkOverlord"). */
  attackers: { name: string; evidence: Evidence[] }[];
}


/** Known threat actors and malware by name: "LockBit ransomware attack on X" names the attacker, not a victim. */
const ACTOR_KEYS: ReadonlySet<string> = new Set([...KNOWN_MALWARE, ...KNOWN_ACTORS.flatMap((a) => [a.name, ...a.names.filter((n) => !/[\\()?[\]|$]/.test(n))])]
  .map(normaliseOrgName));

// Between a kind word and the name it introduces: spaces, perhaps a connector ("hôpital de"),
// not a place's preposition ("a hospital in Ottawa").
// Between a harm cue and the name: spaces, perhaps a determiner, perhaps the name's opening quote.
const HARM_GAP_BEFORE = new RegExp(`^\\s{1,2}(?:(\\p{Ll}{1,6})\\s{1,2})?[${OPENING_QUOTE_CHARS}]?$`, "u");
const KIND_GAP = new RegExp(`^\\s{1,2}(?:(\\p{Ll}{1,3})\\s)?[${OPENING_QUOTE_CHARS}]?$`, "u");
const kindGap = (gap: string) => { const m = KIND_GAP.exec(gap); return !!m && (!m[1] || (CONNECTORS.has(m[1]) && !COORDINATORS.has(m[1]))); };

// Between a naming word and the name: spaces, a quote, perhaps a determiner ("known as The Dark Overlord").
const NAMED_GAP = /^\s{1,2}(?:(\p{L}{1,4})\s)?["“'„«]?$/u;

// Between a name and a harm cue after it: spaces, perhaps a possessive and one word ("X’s network was").
const HARM_GAP_AFTER = /^(?:['’]s?)?\s{1,2}(?:\p{Ll}{1,28}\s)?$/u;
// …or a possessive and what the name owns, in lower-case words and commas: "X’s internal computer
// system, including servers and personal computers, was hit".
const OWNED_GAP_AFTER = /^['’]s?\s{1,2}[\p{Ll}\p{N}\s,-]{1,80}$/u;

/** After a name: a bracket, or the lower-case word that follows it. */
const FOLLOWING_WORD = /^\s*(?:\(|(\p{Ll}[\p{L}-]*))/u;

/** The reason a victim carries when a harm cue stands at its name; the incident decision reads it. */
export const HARM_CUE_REASON = "org.victim.harm-cue";
/** The verb of a cue and at most two words (a determiner, an adverb) before a name in its gap. */
const GAP_BEFORE_NAME = /^\p{L}+(?:[ \t]+\p{Ll}+){0,2}[ \t]+$/u;
const LAST_WORD_AFTER_NAME = /^[ \t]+\p{L}+$/u;

const PRODUCT_KEYS: ReadonlySet<string> = new Set(PRODUCTS.map(normaliseOrgName));
const PLACE_KEYS: ReadonlySet<string> = new Set(PLACES.map(normaliseOrgName));
const HOLIDAY_KEYS: ReadonlySet<string> = new Set(HOLIDAYS.map(normaliseOrgName));
const MAKER_OF: ReadonlyMap<string, string> = new Map(Object.entries(PRODUCT_MAKERS).map(([product, maker]) => [normaliseOrgName(product), maker]));
const VENDOR_KEYS: ReadonlySet<string> = new Set(SECURITY_VENDORS.map(normaliseOrgName));

const kindCache = new WeakMap<Context, Hit<string>[]>();
/** The document's kind words (org words and kinds of victim), in text order, read once for name finding and clustering. */
function kindHitsOf(ctx: Context): Hit<string>[] {
  let hits = kindCache.get(ctx);
  if (!hits) kindCache.set(ctx, (hits = mergeByStart(hitsOf(ctx, ctx.pack.orgWords), hitsOf(ctx, ctx.pack.victimNouns))));
  return hits;
}

/** Two lists of hits, each in text order, as one in text order. */
function mergeByStart(a: readonly Hit<string>[], b: readonly Hit<string>[]): Hit<string>[] {
  if (!b.length) return [...a];
  if (!a.length) return [...b];
  const out: Hit<string>[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return out;
}

/**
 * "Republican National Committee (RNC)", "The Dark Overlord (TDO)": an abbreviation in brackets
 * right after a name, spelling its initials, is that name again, and what the text says of "RNC"
 * later is said of the committee.
 */
function mergeAbbreviations(text: string, mentions: Mention[], clusters: Map<string, Cluster>): void {
  const clusterOf = new Map<Mention, Cluster>();
  for (const c of clusters.values()) for (const m of c.mentions) clusterOf.set(m, c);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const long = mentions[i]!, short = mentions[i + 1]!;
    if (short.tokens.length !== 1 || !isAllCapitals(short.text) || text.charCodeAt(short.end) !== 41 || !/^\s?\($/.test(text.slice(long.end, short.start))) continue;
    const into = clusterOf.get(long), from = clusterOf.get(short);
    if (!into || !from || into === from || !abbreviates(text, long, short.text)) continue;
    for (const m of from.mentions) { into.mentions.push(m); clusterOf.set(m, into); }
    into.mentions.sort((a, b) => a.start - b.start);
    clusters.delete(from.key);
  }
}

/** Whether the letters of an abbreviation are, in order, initials of the name's words, the first the first ("CDOT": Colorado Department of Transportation). */
function abbreviates(text: string, name: Mention, abbreviation: string): boolean {
  // A determiner the name was cut from may be spelt too: "The Dark Overlord (TDO)".
  const before = /(\p{Lu}\p{Ll}*)\s$/u.exec(text.slice(Math.max(0, name.start - 8), name.start))?.[1];
  const words = name.text.split(/[\s&-]+/).filter(Boolean);
  const tryWith = (ws: string[]) => {
    const initials = ws.map((w) => w[0]!.toUpperCase());
    if (initials[0] !== abbreviation[0]) return false;
    let k = 1;
    for (let j = 1; j < initials.length && k < abbreviation.length; j++) if (initials[j] === abbreviation[k]) k++;
    return k === abbreviation.length;
  };
  return abbreviation.length >= 2 && (tryWith(words) || (!!before && tryWith([before, ...words])));
}

/**
 * Names listed in one sentence: "X, Y and Z", "X and Y". Commas alone make no list ("according
 * to X, Y was hit"): the last two names are joined by the pack's word for "and".
 */
function namedLists(ctx: Context, mentions: Mention[]): Mention[][] {
  const { text, pack } = ctx;
  const lists: Mention[][] = [];
  let run: Mention[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!, next = mentions[i + 1]!;
    if (!run.length) run.push(m);
    const gap = LIST_GAP.exec(text.slice(m.end + (m.declined ?? 0), next.start));
    const word = gap?.[2]?.toLowerCase(), determiner = gap?.[3]?.toLowerCase();
    if (gap && word !== undefined && pack.coordinatorWords.has(word) && (determiner === undefined || pack.victimDeterminers.has(determiner))) {
      lists.push([...run, next]);
      run = [];
    } else if (gap && gap[1] && word === undefined) run.push(next);
    else run = [];
  }
  return lists;
}
// A comma, a word for "and" after a comma or alone, perhaps a determiner after it ("and the NHS").
const LIST_GAP = /^(,)?[ \t]{1,2}(?:(\p{L}{1,4})[ \t]{1,2}(?:(\p{L}{1,4})[ \t]{1,2})?)?$/u;

/** Cuts n characters off the end of a mention and of its last token. */
function cutEnd(m: Mention, n: number): void {
  m.end -= n;
  m.text = m.text.slice(0, -n);
  const last = m.tokens.at(-1)!;
  m.tokens = [...m.tokens.slice(0, -1), { ...last, end: last.end - n, text: last.text.slice(0, -n) }];
}

/** A compound ending in one of the pack's kind suffixes ("Bybilsfirmaet", "ohjelmistoyhtiö"), in any case. */
function isKindCompoundOf(pack: CompiledPack, word: string): boolean {
  const w = word.toLowerCase();
  return (pack.source.kindSuffixes ?? []).some((s) => w.length > s.length + 2 && w.endsWith(s));
}

/**
 * The base form of a lower-case kind compound, declined or not ("opetusviraston" → "opetusvirasto"
 * where "virasto" is a kind suffix), or undefined for any other word.
 */
function kindCompoundBase(pack: CompiledPack, word: string): string | undefined {
  if (word !== word.toLowerCase()) return undefined;
  for (const ending of ["", ...(pack.source.caseEndings ?? [])]) {
    if (word.endsWith(ending) && isKindCompoundOf(pack, word.slice(0, word.length - ending.length))) return word.slice(0, word.length - ending.length);
  }
  return undefined;
}

/** A cue word as a common noun ("ransomware"), not a family's name ("Locky"). */

function isLowerCaseWord(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return word === word.toLowerCase();
}

export function extractOrgs(ctx: Context, opts: { indicators: Indicator[]; victimEvidence: boolean; siteHarm: boolean }): OrgResult {
  const { pack, text } = ctx;
  const mentions = findMentions(ctx, opts.siteHarm);
  const roleHits = hitsOf(ctx, pack.roles);
  const sourceHits = hitsOf(ctx, pack.sources);
  const clusters = new Map<string, Cluster>();
  const genitive = pack.genitiveVowelS;
  const keys = new Set(mentions.map((m) => normaliseOrgName(m.text)));
  const kindNounSpans = new Set(hitsOf(ctx, pack.victimNouns).map((h) => `${h.start}:${h.end}`));
  const known = (base: string) => keys.has(base) || PRODUCT_KEYS.has(base) || PLACE_KEYS.has(base);
  const suffixes = pack.source.kindSuffixes ?? [];
  const isKindCompound = (word: string) => isKindCompoundOf(pack, word);
  // "Bybilsfirmaet Drive Now", "Forsikringsselskabet Trygvej": a kind compound opening a name
  // describes it ("Sparebanken Vest", a bank named so, keeps its first word).
  const lowerHeads = pack.lowerCaseHeads;
  // A genitive is followed by what the name owns, a noun: "Vestas har", "Vestas ramt af" are the
  // name and its verb or a cue ("Roskilde Kommunes servere" is the genitive).
  const cueStarts = new Set([...roleHits, ...hitsOf(ctx, pack.victimAfter)].map((h) => h.start));
  const possessedAfter = (end: number) => {
    const next = FOLLOWING_WORD.exec(text.slice(end, end + 40));
    if (!next) return false;
    const word = next[1];
    return word === undefined || (!pack.functionWords.has(word) && !cueStarts.has(end + next[0].length - word.length));
  };
  // The unit after a head's genitive, undeclined: "opetusviraston" of "Helsingin kaupungin opetusviraston".
  const unitBase = (m: Mention) => m.tokens.length > 2 && pack.genitiveHeads.has(m.tokens.at(-2)!.text) ? kindCompoundBase(pack, m.tokens.at(-1)!.text) : undefined;
  /** The base form of a head declined before a name ("gminę" → "gmina", "Ministerului" → "Ministerul"). */
  const baseBefore = (word: string) => {
    const lower = word.toLowerCase(), base = pack.lowerCaseHeadsBefore.has(lower) ? pack.headBase.get(lower) : undefined;
    // "Ministerului Transporturilor" is named "Ministerul Transporturilor", capitalised as written.
    return base && word !== lower ? base[0]!.toUpperCase() + base.slice(1) : base;
  };
  // "Spoločnosť Severný Prístav Logistika s.r.o.", "Spółka Nordport Logistyka": so is a generic word for a company first, capitalised to open the sentence.
  // (The cheap tests first: the hits are searched only for a sentence's first word.)
  const companyWordFirst = (m: Mention) => m.tokens.length > 1 && m.sentenceInitial && !pack.nameHeads.has(m.tokens[0]!.text.toLowerCase()) && isCapitalised(m.tokens[1]!.text)
    && hitsOf(ctx, pack.orgWords).some((h) => h.start === m.tokens[0]!.start && h.end === m.tokens[0]!.end);
  const describedFirst = (m: Mention) => m.tokens.length > 1 && (isKindCompound(m.tokens[0]!.text) && !/(?:bank|banken|pankki)$/iu.test(m.tokens[0]!.text) || companyWordFirst(m));
  for (const m of mentions) {
    // "Ohjelmistoyhtiö Velonia" is Velonia, described: the same organisation as "Velonia" alone.
    let key = normaliseOrgName(describedFirst(m) ? text.slice(m.tokens[1]!.start, m.end) : m.text);
    // "Ohio", "Eastern Europe", "Christmas": where or when it happened, not who it happened to.
    // "Kaupunki", "Kommunen" alone, capitalised to open a sentence, is the pack's word for a kind
    // of victim, not a name.
    // ("im Namen der Sparkasse": a kind word the text says was pretended to be is the brand.)
    if (!key || PLACE_KEYS.has(key) || (key.endsWith(" s") && POSSESSIVE_S.test(m.text) && PLACE_KEYS.has(key.slice(0, -2))) || HOLIDAY_KEYS.has(key)
      || (m.tokens.length === 1 && kindNounSpans.has(`${m.start}:${m.end}`) && !pretendedKind(ctx, m.start, m.end))) continue;
    // "Alvenor Oy:ssä", "HUS:n", "SVT:s": an ending after a colon declines an abbreviation or a
    // legal form; the name ends before it, and cues after it are measured from the word as written.
    const colon = COLON_ENDING.exec(text.slice(m.end, m.end + 8));
    if (colon && (pack.source.caseEndings?.includes(colon[1]!) || (colon[1] === "s" && !!genitive))) m.declined = colon[0].length;
    // A genitive -s goes where the text also names it without, where the pack's vowels mark it
    // before a lower-case word, or where a kind word opens the name ("Region Norrbottens
    // servrar"), whatever its last letter.
    const lastWord = m.tokens.at(-1)!.text;
    // "Transportministeriets hjemmeside": a compound ending in a kind word takes the genitive -s after any letter.
    const headGenitive = lastWord.endsWith("s") && (lowerHeads.has(lastWord) && lowerHeads.has(lastWord.slice(0, -1)) || !!genitive && isKindCompound(lastWord.slice(0, -1)) && possessedAfter(m.end));
    if (headGenitive || genitive && /s$/.test(key) && (keys.has(key.slice(0, -1)) || (genitive.test(key) || m.kindOpened) && possessedAfter(m.end))) {
      key = key.slice(0, -1);
      // Cues after the name are measured from the word as written ("Fjordposts navn").
      if (m.tokens.at(-1)!.text.endsWith("s")) { cutEnd(m, 1); m.declined = 1; }
    }
    // "Fjordpostin", "Orlenu", "Telegramissa": a declined name is the one the text also writes
    // undeclined, or a product or place the shared lists know.
    // "Postin nimissä": before such a word the name is in that case, known undeclined or not
    // (an ending the text confirms comes first: "Fjordpostin" is "Fjordpost").
    const governed = pack.source.governedCase?.ending;
    const inGoverned = !!governed && key.endsWith(governed) && key.length > governed.length + 2 && pack.governedCaseAfter!.test(text.slice(m.end, m.end + 40));
    const ending = pack.source.caseEndings?.find((e) => key.endsWith(e) && key.length > e.length + 2 && known(key.slice(0, -e.length)) && m.text.toLowerCase().endsWith(e))
      ?? (inGoverned ? governed : undefined);
    if (ending) {
      key = key.slice(0, -ending.length);
      cutEnd(m, ending.length);
      m.declined = (m.declined ?? 0) + ending.length;
    } else {
      // "Vantaan kaupungilla" … "Vantaan kaupungin": the head in another case, the same organisation.
      const base = pack.headBase.get(lastWord.toLowerCase()) ?? unitBase(m), written = normaliseOrgName(lastWord);
      if (base && key.endsWith(written)) key = key.slice(0, -written.length) + normaliseOrgName(base);
    }
    // "gminę Zielonka" … "gmina Zielonka": so is a declined head before the name.
    const firstBase = m.tokens.length > 1 ? baseBefore(m.tokens[0]!.text) : undefined;
    if (firstBase && key.startsWith(normaliseOrgName(m.tokens[0]!.text) + " ")) key = normaliseOrgName(firstBase) + key.slice(normaliseOrgName(m.tokens[0]!.text).length);
    // "Apple's iCloud", "Google’s Project Zero": the possessive is not part of the name, when the
    // name also stands alone or a lower-case word follows.
    if (POSSESSIVE_S.test(m.text) && key.endsWith(" s") && (keys.has(key.slice(0, -2)) || /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3)))) {
      key = key.slice(0, -2);
      cutEnd(m, 2);
    }
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = { key, mentions: [], roles: new Map(), score: 0, person: false, source: false, malware: false, inLead: false, actor: false }));
    c.mentions.push(m);
  }
  // "Českou spořitelnu" … "České spořitelny": where names decline, a name of several words in
  // other forms of the same words, one of them written alike, is the same organisation.
  if (pack.source.caseEndings) {
    const seen: { cluster: Cluster; words: string[] }[] = [];
    for (const [k, c] of [...clusters]) {
      const words = k.split(" ");
      const same = words.length > 1 ? seen.find(({ words: other }) => other.length === words.length
        && other.some((w, j) => w === words[j]) && other.every((w, j) => sameWord(w, words[j]!)))?.cluster : undefined;
      if (same) { same.mentions.push(...c.mentions); same.mentions.sort((a, b) => a.start - b.start); clusters.delete(k); } else seen.push({ cluster: c, words });
    }
  }
  // "Inbenta" after "Inbenta Technologies" is the same organisation, named short: one cluster,
  // when exactly one longer name is it plus company words, name heads or a country, after it ("Hollywood
  // Presbyterian Medical Center") or before it ("Hotel Fjordblick"), and it is not generic
  // ("Region"). ("Microsoft" and "Microsoft Office" are not: a product is not its maker.)
  // A country a name carries is one of those words too ("Bell Canada", "Posten Norge").
  const countryWords = new Set(hitsOf(ctx, pack.countries).map((h) => normaliseOrgName(text.slice(h.start, h.end))));
  const addsOnlyHeads = (rest: string) => rest.split(" ").every((w) => COMPANY_WORDS.has(w) || pack.nameHeads.has(w) || countryWords.has(w) || isKindCompound(w));
  const isLongerFormOf = (longer: string, k: string) => longer.length > k.length + 1
    && (longer.startsWith(`${k} `) && addsOnlyHeads(longer.slice(k.length + 1)) || longer.endsWith(` ${k}`) && addsOnlyHeads(longer.slice(0, -k.length - 1)));
  for (const [k, c] of [...clusters]) {
    if (k.length < 3 || GENERIC_NAME_WORDS.has(k)) continue;
    // "Ayuntamiento de Villanueva" in a headline and "Ayuntamiento de Villanueva del Río" in
    // the text, "szpital w Nowym Targu" and "Szpital Powiatowy w Nowym Targu": a name opened by
    // its kind word, cut short at the end or in the middle.
    const kindOpened = (x: Cluster) => x.mentions.every((m) => m.kindOpened);
    const cut = kindOpened(c);
    const kind = cut ? k.split(" ")[0]! : "", tail = k.slice(kind.length);
    const shortened = (o: Cluster) => o.key.length > k.length && (o.key.startsWith(`${k} `) || (tail.length > 1 && o.key.startsWith(`${kind} `) && o.key.endsWith(tail))) && kindOpened(o);
    const longer = [...clusters.values()].filter((o) => o !== c && (isLongerFormOf(o.key, k) || (cut && shortened(o))));
    if (longer.length !== 1) continue;
    longer[0]!.mentions.push(...c.mentions);
    longer[0]!.mentions.sort((a, b) => a.start - b.start);
    clusters.delete(k);
  }
  mergeAbbreviations(text, mentions, clusters);
  const { before: harmBefore, after: harmAfter } = harmCues(ctx, opts.siteHarm);
  // Measured from the word as written: "Transportministeriets hjemmeside var nede" is harm to the ministry.
  const writtenEnd = (m: Mention) => m.end + (m.declined ?? 0);
  const harmRightAfter = (m: Mention) => harmAfter.some((h) => h.start >= writtenEnd(m) && h.start - writtenEnd(m) <= 32 && HARM_GAP_AFTER.test(text.slice(writtenEnd(m), h.start)));
  // A name seen once, at the start of a sentence, with nothing organisation-like about it, is a
  // word; so is one that only ever opens a sentence followed by a comma ("Fortunately, …").
  // One the text says was hit is the victim ("Vestas ramt af cyberangreb").
  for (const [k, c] of clusters) {
    if (!c.mentions.every((m) => m.sentenceInitial && !m.strong && m.tokens.length === 1) || c.mentions.some(harmRightAfter)) continue;
    if (c.mentions.length === 1 || c.mentions.every((m) => text.charCodeAt(m.end) === 44)) clusters.delete(k);
  }
  // "ministerie van Infrastructuur … volgens het ministerie": the kind word of a name, met again
  // on its own, refers back to it, and weighs as one more mention (two at most).
  const kindHits = kindHitsOf(ctx);
  let kindEndAt: Map<number, Hit<string>> | undefined;
  /** Index of the first kind-word hit starting at or after offset. */
  const firstKindFrom = (offset: number) => {
    let lo = 0, hi = kindHits.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (kindHits[mid]!.start < offset) lo = mid + 1; else hi = mid; }
    return lo;
  };
  // A kind word ending a few characters before the mention, with only a connector or a quote between.
  const kindJustBefore = (m: Mention) => {
    kindEndAt ??= new Map(kindHits.map((h) => [h.end, h]));
    for (let end = m.start - 1; end >= m.start - 6 && end > 0; end--) {
      const h = kindEndAt.get(end);
      if (h && kindGap(text.slice(h.end, m.start))) return h;
    }
    return undefined;
  };
  const mentionAt = new SpanReach(mentions, text.length);
  // The same term, inflected or not, is the same kind word ("Kommunes" … "kommunen").
  const kindAlone = new Map<string, number>();
  for (const h of kindHits) if (!mentionAt.overlaps(h.start, h.end)) kindAlone.set(h.reason, (kindAlone.get(h.reason) ?? 0) + 1);
  for (const c of clusters.values()) {
    const own = new Set<string>();
    for (const m of c.mentions) {
      const end = m.end + (m.declined ?? 0);
      for (let i = firstKindFrom(m.start); i < kindHits.length && kindHits[i]!.start < end; i++) if (kindHits[i]!.end <= end) own.add(kindHits[i]!.reason);
    }
    c.score += Math.min(2, [...own].reduce((n, r) => n + (kindAlone.get(r) ?? 0), 0));
  }
  const malwareHits = hitsOf(ctx, pack.types).filter((h) => h.value === "malware" || h.value === "ransomware");
  const malwareWords = malwareHits.filter((h) => isLowerCaseWord(text, h.start, h.end));
  const familyNames = malwareHits.filter((h) => !isLowerCaseWord(text, h.start, h.end));
  // A website knocked out or defaced harms its owner: "the website of X", "X's website" (harmCues above).
  // In running text, not a title-cased heading ("Criminal Investigation Department").
  // Between a harm cue and the name: spaces and perhaps an article ("hit the X"), not another
  // word ("eiste de aanval op via Telegram": the claim was made on Telegram).
  // A determiner opens another noun phrase: "according to Olson’s letter, the breach was" is no harm to Olson.
  const ownedGap = (gap: string) => OWNED_GAP_AFTER.test(gap) && !gap.split(/[\s,]+/).some((w) => pack.victimDeterminers.has(w));
  // "attacco all'ospedale", "attaque contre l'hôpital": an elided article ends the cue or stands in the gap.
  const harmGapBefore = (gap: string, cue: Hit<string>) => {
    // ("il-websajt tal-Ministeru": or a hyphened one.)
    if (gap === "") return /['’-]$/.test(text.slice(cue.start, cue.end));
    const elided = elidedInGap(gap);
    if (elided !== undefined) return pack.victimDeterminers.has(`${elided}'`) || pack.victimDeterminers.has(elided);
    // ("ataka prieš „Lietuvos geležinkelius“": the name may open with a quote.)
    const m = HARM_GAP_BEFORE.exec(gap);
    return !!m && (!m[1] || pack.victimDeterminers.has(m[1]));
  };
  const customerUnits = hitsOf(ctx, pack.units).filter((u) => u.value === "customers");
  const mentionEnds = new Set(mentions.map((x) => x.end + (x.declined ?? 0)));
  // The mentions that are such a place, found once: the names between a name and its cue and the role loop both ask.
  const places = new Set(mentions.filter((m) => {
    if (text.charCodeAt(m.end) !== 44) return false;
    const before = PLACE_APPOSITION.exec(text.slice(Math.max(0, m.start - 12), m.start));
    // (A preposition, not an article: "…, the city of West Haven, paid" is a name of its own.)
    const word = before?.[1]!.toLowerCase();
    return !!word && pack.functionWords.has(word) && !pack.victimDeterminers.has(word) && mentionEnds.has(m.start - before![0].length);
  }));
  /** A word for customers or users right after the name, perhaps after a product number ("Microsoft 365 users"). */
  const usersAfter = (m: Mention) => customerUnits.some((u) => u.start > m.end && u.start - m.end <= 8 && USERS_GAP.test(text.slice(m.end, u.start)));
  // "energiebedrijf Voltanet", "Versandhändler Nordkauf": a compound ending in a kind word, right
  // before the name (or opening its run: "Terveyspalveluyritys Medikolme").
  const kindCompoundBefore = (m: Mention) => suffixes.length > 0 && (m.tokens.length > 1 && isKindCompound(m.tokens[0]!.text)
    || isKindCompound(/(\p{L}+)\s{1,2}$/u.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1] ?? ""));
  // A word for attackers, capitalised or not ("Hackergruppe", a sentence's first "Hakkeriryhmä"), not a name like "APT28".
  const attackerWords = hitsOf(ctx, pack.actors).filter((h) => h.value === "external" && isLowerCaseWord(text, h.start + 1, h.end));
  // "hacker group", "ransomware gang": a kind word right after an attacker word is the attacker's.
  let ownKindHits: Hit<string>[] | undefined;
  // "a hacker group known as The Dark Overlord", "the malware, called Erebus": what the naming
  // word follows says what the name is; "a web-hosting company called NAYANA" stays a company.
  const namedKind = (m: Mention): "actor" | "malware" | undefined => {
    const cue = namingCueBefore(ctx, m);
    if (!cue) return undefined;
    const s = sentenceAt(ctx, cue.start);
    const from = Math.max(s.start, cue.start - 40);
    const lastBefore = (hits: readonly Hit<string>[]) => hits.reduce((best, h) => (h.start >= from && h.end <= cue.start && h.end > best ? h.end : best), -1);
    ownKindHits ??= kindHits.filter((k) => !attackerWords.some((a) => a.end <= k.start && k.start - a.end <= 1));
    const attacker = lastBefore(attackerWords), malware = lastBefore(malwareWords), kind = lastBefore(ownKindHits);
    if (kind > attacker && kind > malware) return undefined;
    return attacker > malware ? "actor" : malware >= 0 ? "malware" : undefined;
  };
  const persons = new Set<string>();
  const harmedAt = new Map<Mention, string>();
  // (A place set off after a name stands between the name and its cue without being another name: "X, em Almada, foi alvo".)
  const namedAt = new SpanReach([...clusters.values()].flatMap((c) => c.mentions).filter((m) => !places.has(m)), text.length);
  for (const c of clusters.values()) {
    // A given name marks a person at once; a cue like "says" or "director" before a name has to
    // hold for most of its mentions, as a company that is quoted once is still a company.
    const cued = c.mentions.filter((m) => {
      const s = sentenceAt(ctx, m.start);
      return !m.strong && roleHits.some((h) => h.value === "person" && h.start >= Math.max(s.start, m.start - 45) && h.end <= m.start);
    });
    let sourced = 0, sourceReason = "", kindNamed = false;
    for (const m of c.mentions) {
      const first = m.tokens[0]!.text.toLowerCase();
      const s = sentenceAt(ctx, m.start);
      const personCue = roleHits.find((h) => h.value === "person" && h.start >= Math.max(s.start, m.start - 45) && h.end <= m.start);
      // "Superintendent Diana Greene": a person's title opening the name, a given name after it.
      const titled = m.tokens.length >= 3 && GIVEN_NAMES.has(m.tokens[1]!.text.toLowerCase())
        && roleHits.some((h) => h.value === "person" && h.start === m.start && h.end === m.tokens[0]!.end);
      // "Kristi Sims, 28,", "Lars Holm (54)": an age beside a name is said of a person.
      const aged = !m.strong && ageAfter(text, m.end);
      if ((m.tokens.length >= 2 && GIVEN_NAMES.has(first)) || titled || aged || (personCue && !m.strong && cued.length * 2 >= c.mentions.length)) {
        c.person = true;
        if (m.tokens.length >= 2) persons.add(normaliseOrgName(m.tokens.at(-1)!.text));
        c.roles.set("person", personCue?.reason ?? (aged ? "org.person.age" : "org.person.given-name"));
      }
      if (overlapsAny(sourceHits as Hit<string>[], m.start, m.end)) { c.source = true; c.roles.set("source", "org.source.known"); }
      const sourceCue = near(roleHits, "source", Math.max(s.start, m.start - 30), m.start);
      if (sourceCue) { sourced++; sourceReason = sourceCue.reason; }
      const notVictim = near(roleHits, "notVictim", Math.max(s.start, m.start - 40), m.start);
      if (notVictim) c.roles.set("notVictim", notVictim.reason);
      // Before the name, just after it, or around it ("i Fjordposts navn").
      const imp = near(roleHits, "impersonated", Math.max(s.start, m.start - 60), m.start)
        ?? near(roleHits, "impersonated", m.end, Math.min(s.end, m.end + (m.declined ?? 0) + 8))
        ?? roleHits.find((h) => h.value === "impersonated" && pack.nameSlotReasons.has(h.reason) && h.start <= m.start && h.end >= m.end);
      // "falske nyheter på nettsiden til X": where a site was harmed, the fakes stand on X's site.
      const onOwnSite = opts.siteHarm && !!imp && imp.end <= m.start
        && hitsIn(ctx, pack.siteOwnerBefore, imp.end, m.start).some((h) => /^\s*$/.test(text.slice(h.end, m.start)));
      if (imp && !onOwnSite) c.roles.set("impersonated", imp.reason);
      // "supplier to X" / "leverandør til X" makes X the customer, whether the preposition is part
      // of the cue or follows it.
      const supBefore = roleHits.find((h) => h.value === "supplier" && h.start >= s.start && h.end <= m.start && m.start - h.end <= 25
        && /^[\s,:]*(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(h.end, m.start))
        && !pack.supplierDirection.customerBefore.test(text.slice(h.start, m.start)));
      // A cue that ends in "from"/"by" ("the service from Y", "levert av Y") names what follows it.
      const supAfter = roleHits.find((h) => h.value === "supplier" && h.start >= m.end && h.end <= s.end && h.start - m.end <= 25
        // ("Corvane Systems, an IT services provider": an acronym among the words.)
        && /^(?:['’]?s)?[\s,(]*(?:(?:\p{Ll}+|\p{Lu}{2,5})\s+){0,3}$/u.test(text.slice(m.end, h.start))
        // "X through its supplier": X owns the supplier.
        && !pack.supplierDirection.possessive.test(text.slice(m.end, h.start))
        && !pack.supplierDirection.supplierAfter.test(text.slice(h.start, h.end)));
      const sup = supBefore ?? supAfter;
      if (sup) {
        c.roles.set("supplier", sup.reason);
        c.supplierCue = text.slice(sup.start, sup.end);
        c.supplierInApposition = !supBefore && /^\s*,/.test(text.slice(m.end, sup.start));
      }
      // A cue speaks of the nearest name: "According to Veltrix, Corran Bank was hit" hit the bank.
      // "Hospitals were hit, the BSI said": a name that closes its sentence as the one who says so
      // is told of by the clause before the comma, not hit by it.
      const saysAfter = roleHits.some((h) => h.value === "source" && h.start >= m.end && h.start - m.end <= 3 && /^\s*$/.test(text.slice(m.end, h.start)));
      // "a kit that targets Microsoft 365 users": the users named after the brand are the ones aimed at, not the brand.
      // "O Hospital Garcia de Orta, em Almada, foi alvo": a name set off after another by a preposition is where it is.
      const users = usersAfter(m), place = places.has(m);
      const vic = roleHits.find((h) => h.value === "victim" && h.start >= Math.max(s.start, m.start - 50) && h.end <= Math.min(s.end, m.end + 50)
        && !(users && h.end <= m.start) && !place
        && !(h.end <= m.start ? namedAt.overlaps(h.end, m.start) : h.start >= m.end && namedAt.overlaps(m.end, h.start))
        && !(saysAfter && h.end <= m.start && text.slice(h.end, m.start).includes(",")));
      if (vic) { c.roles.set("victim", vic.reason); c.score += 2; }
      // "BitPaymer ransomware", and "malware EyePyramid": a generic malware word right next to the
      // name (before it, a word for malware itself, not one for what ransomware does: "extort Apple").
      if (malwareWords.some((h) => (h.start > m.end && h.start - m.end <= 1) || (h.value === "malware" && h.end < m.start && m.start - h.end <= 1))
        || familyNames.some((h) => h.start === m.start && h.end === m.end)) c.malware = true;
      if (m.start < ctx.leadEnd) c.inLead = true;
      // The gaps are a few characters: nothing further away is sliced and tested.
      // "napadli společnost Severoport", "zaatakowali spółkę „Północny Port”": the kind word the name
      // follows may stand between; looked for only when no cue stands right before the name.
      const harmAcrossKind = () => {
        const kind = place || users ? undefined : kindJustBefore(m);
        return kind && harmBefore.find((h) => h.end <= kind.start && kind.start - h.end <= 16 && harmGapBefore(text.slice(h.end, kind.start), h));
      };
      const harm = place ? undefined : harmBefore.find((h) => !users && h.end <= m.start && m.start - h.end <= 16 && harmGapBefore(text.slice(h.end, m.start), h))
        ?? harmAcrossKind()
        ?? harmAfter.find((h) => h.start >= writtenEnd(m) && h.start - writtenEnd(m) <= 84 && (h.start - writtenEnd(m) <= 32 && HARM_GAP_AFTER.test(text.slice(writtenEnd(m), h.start)) || ownedGap(text.slice(writtenEnd(m), h.start))))
        // "Am Montag wurde das Klinikum Ingolstadt Ziel eines Angriffs": the verb comes first and the
        // name stands in the cue's gap, right before its last word.
        ?? harmAfter.find((h) => h.start < m.start && h.end > m.end && m.start - h.start <= 32 && h.end - m.end <= 24
          && GAP_BEFORE_NAME.test(text.slice(h.start, m.start)) && LAST_WORD_AFTER_NAME.test(text.slice(m.end, h.end)));
      if (harm) { c.harmed ??= harm.reason; harmedAt.set(m, harm.reason); c.score += 2; if (!c.roles.has("victim")) c.roles.set("victim", harm.reason); }
      if (m.strong && attackerWords.some((h) => h.end <= m.start && m.start - h.end <= 2 && /^\s?["“'„«]?$/u.test(text.slice(h.end, m.start)))) c.actor = true;
      const named = namedKind(m);
      if (named === "actor") c.actor = true;
      else if (named === "malware") c.malware = true;
      c.score += 1 + (m.start < ctx.leadEnd ? 1 : 0) + (m.strong ? 0.5 : 0);
      // "energiebedrijf Voltanet", "l'hôpital de Saint-Luc": named with its kind, it is an organisation.
      if (!kindNamed && (m.kindOpened || kindJustBefore(m) !== undefined || kindCompoundBefore(m))) { kindNamed = true; c.score += 1; }
    }
    // "according to X" or "X reported" has to hold for most mentions, as for a person: the hit
    // company is quoted too ("If the report is correct, the GameStop breach …").
    if (sourced && sourced * 2 >= c.mentions.length) c.roles.set("source", sourceReason);
  }
  const owner = new Map<Mention, Cluster>();
  for (const c of clusters.values()) for (const m of c.mentions) owner.set(m, c);
  // Two organisations named together share what the sentence says of them: "lammet lønsystemet
  // i Vejstrup Kommune og Holmby Kommune" hit both.
  for (const c of [...clusters.values()]) for (const m of c.mentions) {
    const other = m.partner && owner.get(m.partner);
    if (!other || other === c || !c.harmed || other.harmed) continue;
    other.harmed = c.harmed;
    other.score += 2;
    if (!other.roles.has("victim")) other.roles.set("victim", c.harmed);
  }
  // "attacks on FedEx, Renault and the NHS", "Hyatt, Hilton and Starwood were breached": a harm
  // cue at one name of a list is said of every name in it.
  for (const list of namedLists(ctx, mentions.filter((m) => owner.has(m)))) {
    const reason = list.map((m) => harmedAt.get(m)).find((r) => r !== undefined);
    if (reason === undefined) continue;
    for (const m of list) {
      const other = owner.get(m)!;
      if (other.harmed) continue;
      other.harmed = reason;
      other.score += 2;
      if (!other.roles.has("victim")) other.roles.set("victim", reason);
    }
  }
  markCalledBySurname(ctx, clusters, persons);
  for (const c of clusters.values()) if (!c.person && c.mentions.every((m) => m.tokens.length === 1) && persons.has(c.key)) {
    c.person = true;
    c.roles.set("person", "org.person.surname-of-named-person");
  }
  // A sender address on the brand's own domain means the brand was impersonated.
  for (const ind of opts.indicators) {
    if (ind.role !== "spoofed_sender") continue;
    const host = (ind.value.split("@")[1] ?? ind.value).split(".").slice(-2, -1)[0]?.replace(/[^a-z0-9]/g, "") ?? "";
    for (const c of clusters.values()) if (host && c.key.replace(/ /g, "") === host) c.roles.set("impersonated", "org.impersonated.sender-domain");
  }
  // "according to X" makes X a source unless the text also gives X a part in the incident: the
  // hit company is often the one quoted ("Enligt Nordlogistik är det oklart …").
  // "Brightwater Utilities, a water provider serving 200,000 homes, said a ransomware attack had
  // disrupted its billing": a provider the story is about, when no customer of it is hit, is the victim itself.
  // (It leads the story, something was done or taken, and no other organisation is said to be hit.)
  const providers = [...clusters.values()].filter((c) => c.supplierInApposition && c.inLead);
  // (Where the text speaks of a supply chain, the provider is the way in, whoever else it names.)
  if (opts.victimEvidence && providers.length === 1 && ![...clusters.values()].some((c) => c.roles.has("victim") && !c.roles.has("supplier"))
    && !hitsOf(ctx, pack.types).some((h) => h.value === "supply_chain")) {
    providers[0]!.roles.delete("supplier");
  }
  const involved = (c: Cluster) => c.roles.has("supplier") || c.roles.has("victim") || c.roles.has("impersonated");
  const candidates = [...clusters.values()].filter((c) => !c.person && !c.source && !c.actor && !ACTOR_KEYS.has(c.key) && (!c.roles.has("source") || involved(c)));
  const toOrg = (c: Cluster, role: string): Org => {
    // Of two forms as long, the one whose head is written in its base form ("Zagrebačka banka", not "Zagrebačku banku").
    // ("Fakultná nemocnica Trnava", not "Fakultnú nemocnicu Trnava": the head may stand before the place.)
    const declinedHead = (m: Mention) => m.tokens.some((t) => pack.headBase.has(t.text));
    const best = c.mentions.reduce((a, b) => (b.text.length > a.text.length || (b.text.length === a.text.length && declinedHead(a) && !declinedHead(b)) ? b : a));
    let name = describedFirst(best) ? text.slice(best.tokens[1]!.start, best.end) : best.text;
    // "Vantaan kaupungilla" is named "Vantaan kaupunki": a declined head goes back to its base form,
    // as a declined name loses its ending.
    const head = best.tokens.at(-1)!, base = pack.headBase.get(head.text) ?? unitBase(best);
    if (base && best.end === head.end) name = name.slice(0, name.length - head.text.length) + base;
    else if (best.declined === undefined && best.end === head.end && head.text !== head.text.toLowerCase()) {
      const local = pack.source.localCaseEndings?.find((e) => head.text.endsWith(e) && head.text.length >= e.length + 3);
      if (local) name = name.slice(0, -local.length);
    }
    const first = best.tokens[0]!, before = best.tokens.length > 1 && name.startsWith(first.text) ? baseBefore(first.text) : undefined;
    if (before) name = before + name.slice(first.text.length);
    const ev: Evidence[] = c.mentions.slice(0, 3).map((m) => evidence(ctx, m.start, m.end));
    return { name, country: null, sector: null, evidence: ev, reasons: [role, ...c.roles.values(), ...(c.harmed ? [HARM_CUE_REASON, c.harmed] : [])] };
  };
  const thirdParties: ThirdParty[] = candidates.filter((c) => c.roles.has("supplier")).map((c) => {
    // The cue as written tells the kind: its term lists every alternative ("vendor|provider|processor").
    const cue = c.supplierCue ?? "";
    const role: ThirdPartyRole = pack.thirdPartyKinds.find(([re]) => re.test(cue))?.[1] ?? "vendor";
    return { ...toOrg(c, "org.third-party"), role };
  });
  // A fake "Flash Player" update or "Google Docs" share pretends to come from the maker: the
  // maker is the brand, with the product's mentions as its evidence; a product of unknown make is none.
  const impersonated: Org[] = [];
  for (const c of candidates) {
    if (!c.roles.has("impersonated")) continue;
    if (!PRODUCT_KEYS.has(c.key)) { impersonated.push(toOrg(c, "org.impersonated")); continue; }
    const maker = MAKER_OF.get(c.key);
    if (!maker) continue;
    const made = impersonated.find((o) => normaliseOrgName(o.name) === normaliseOrgName(maker));
    if (made) continue;
    impersonated.push({ ...toOrg(c, "org.impersonated"), name: maker, reasons: ["org.impersonated", "org.impersonated.product-maker", ...c.roles.values()] });
  }
  // The maker named itself takes the place of one found through its product.
  for (let i = impersonated.length - 1; i >= 0; i--) {
    const o = impersonated[i]!;
    if (o.reasons?.includes("org.impersonated.product-maker") && impersonated.some((x, j) => j !== i && normaliseOrgName(x.name) === normaliseOrgName(o.name))) impersonated.splice(i, 1);
  }
  const ranked = candidates.filter((c) => !c.roles.has("supplier") && !c.roles.has("notVictim") && c.score >= 3 && !c.malware && !PRODUCT_KEYS.has(c.key)
    // A brand only ever named for its users ("Microsoft 365 users") is whose customers were aimed at.
    && (c.roles.has("victim") || !c.mentions.every(usersAfter))
    // A security company is quoted on other people's incidents; its own is in the lead.
    && (!VENDOR_KEYS.has(c.key) || (c.inLead && c.roles.has("victim"))))
    // A brand that was only pretended to be is no victim; it is one when the text also says it was hit.
    .filter((c) => !c.roles.has("impersonated") || (opts.victimEvidence && c.roles.has("victim")))
    .sort((a, b) => b.score - a.score);
  // The most salient organisation is the victim only if the text says so of it, or says that
  // something was taken or done about an attack: in advisories and research news the most named
  // company is the vendor or the researcher's employer.
  const top = opts.victimEvidence ? ranked.find((c) => c.roles.has("victim") || c.inLead) : ranked.find((c) => c.roles.has("victim"));
  const victims = top ? ranked.filter((c) => c === top || (c.roles.has("victim") && c.score >= Math.max(4, top.score * 0.5))).slice(0, 4) : [];
  const excluded = new Set([...clusters.values()].filter((c) => !candidates.includes(c)).map((c) => c.key));
  const attackers = [...clusters.values()].filter((c) => c.actor && !c.person && !ACTOR_KEYS.has(c.key))
    .map((c) => ({ name: toOrg(c, "").name, evidence: c.mentions.slice(0, 3).map((m) => evidence(ctx, m.start, m.end)) }));
  return { victims: victims.map((c) => toOrg(c, "org.victim.salient")), impersonated, thirdParties, excluded, attackers };
}

// Sticky: tried right where a name ends, with nothing sliced off the text for it.
const AGE_AFTER = /(?:,[ \t]*\d{1,2}[ \t]*,|[ \t]*\(\d{1,2}\))/uy;
function ageAfter(text: string, at: number): boolean {
  AGE_AFTER.lastIndex = at;
  return AGE_AFTER.test(text);
}

/**
 * A person, once introduced, is called by the surname alone: "Kristi Sims … said Sims". An
 * organisation is shortened to its first words instead ("Cathay Pacific" … "Cathay"), and one
 * that is called by a kind word ("the County") takes a determiner, which a surname does not.
 */
function markCalledBySurname(ctx: Context, clusters: Map<string, Cluster>, persons: Set<string>): void {
  const { pack, text } = ctx;
  const single = new Map<string, Cluster>();
  for (const c of clusters.values()) if (!c.person && c.mentions.every((m) => m.tokens.length === 1 && !m.strong)) single.set(c.key, c);
  if (!single.size) return;
  const plainWord = (t: Token) => {
    const w = t.text.toLowerCase();
    return !COMPANY_WORDS.has(w) && !pack.nameHeads.has(w) && !CONNECTORS.has(w);
  };
  const determined = (m: Mention) => {
    const before = WORD_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1]?.toLowerCase();
    return !!before && pack.victimDeterminers.has(before);
  };
  for (const full of clusters.values()) {
    if (full.source) continue;
    // "Ohjelmistoyhtiö Velonia", "Společnost Fjordpost": a kind word or compound first is the name described, never a given name.
    const kindFirst = (m: Mention) => isKindCompoundOf(pack, m.tokens[0]!.text) || kindHitsOf(ctx).some((h) => h.start <= m.tokens[0]!.start && h.end >= m.tokens[0]!.end);
    const named = full.mentions.find((m) => !m.strong && (m.tokens.length === 2 || m.tokens.length === 3) && m.tokens.every(plainWord) && !kindFirst(m));
    if (!named) continue;
    const surname = single.get(normaliseOrgName(named.tokens.at(-1)!.text));
    if (!surname || surname === full || surname.mentions.some(determined) || !surname.mentions.some((m) => m.start > named.start)) continue;
    // A given name is no word the text writes in lower case ("Once Atlanta sends", "Our Atlanta team").
    // Nor is it a name of its own: "Microsoft" of "Microsoft Windows" is the maker.
    const given = named.tokens[0]!.text.toLowerCase();
    if (pack.functionWords.has(given) || lowerWordsOf(ctx).has(given) || clusters.has(normaliseOrgName(named.tokens[0]!.text))) continue;
    for (const c of [full, surname]) { c.person = true; c.roles.set("person", "org.person.called-by-surname"); }
    persons.add(surname.key);
  }
}
const WORD_BEFORE_NAME = /(\p{L}+)[ \t]+$/u;

