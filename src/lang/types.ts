// The shape of a language pack: data only. The extractors are shared and read packs through this
// type; a pack never holds an algorithm.
//
// A *term* is a small pattern written by hand, matched case-insensitively between letter
// boundaries. Its syntax is plain regular-expression source with four conveniences:
//   `*`   any further letters (inflection, compounds): "angreb*" matches "angrebet", "angrebene"
//   ` `   one or more spaces or line breaks
//   ` … ` a short gap of up to 60 characters inside the same sentence
//   `(`   always non-capturing: "(a|b)" is read as "(?:a|b)"
// A term must not match the empty string; the contract test checks every term compiles.
import type {
  ActorKind, Advice, DataCategory, IncidentType, Motive, ResponseAction, Sector, Unit,
} from "../model/vocab.ts";

/** Terms per vocabulary value. */
export type Cues<T extends string> = Partial<Record<T, string[]>>;

export type DateRole = "occurred" | "discovered" | "disclosed";
export type OrgRole = "impersonated" | "supplier" | "victim" | "source" | "person" | "notVictim";

export interface PackSource {
  /** ISO 639-1 code. */
  code: string;
  /** English name of the language. */
  name: string;
  /** The country a text in this language most often concerns (for phone numbers), or null. */
  defaultCountry: string | null;
  /** True where every noun is capitalised (German), so capitals alone do not mark a name. */
  capitalisesNouns?: boolean;
  /**
   * False where a capitalised kind word before a name describes it ("Retailer Northway",
   * "Insurer Anthem") instead of opening it ("Ministerstwo Cyfryzacji", "Banco Meridional",
   * "Region Syddanmark"). True when left out.
   */
  kindWordsOpenNames?: boolean;
  /** True where an adjective follows its noun ("un'azienda metalmeccanica", "une entreprise lyonnaise"). */
  adjectivesFollowNouns?: boolean;
  /** True where "1,2" is one point two and "1.000" is a thousand. */
  decimalComma: boolean;
  /** Short, frequent words typical of this language and rarer in its close neighbours. */
  markers: string[];
  /**
   * Markers that only this language spells so among close neighbours ("af" beside Norwegian
   * "av", "mellem" beside "mellom"): they weigh half as much again when Danish, Norwegian and
   * Swedish are told apart.
   */
  distinctSpellings?: string[];
  /**
   * Frequent words that fill running text in this language and that no other European language
   * (pack or not) uses as often: Portuguese shares "que" and "por" with Spanish, Estonian "ja",
   * "on" and "ei" with Finnish, Icelandic "og" with Danish and Norwegian, so those are left out.
   * When enough of a text is made of one pack's signature words, that decides its language
   * without the n-gram model. Danish, Norwegian and Swedish may share theirs: the markers then
   * tell them apart.
   */
  signatureWords: string[];
  /** Words that start sentences with a capital but never begin a name. */
  functionWords: string[];
  /**
   * Common nouns that end or continue an organisation's name when written with a capital after
   * it ("Licking County", "UConn Health"), even where the text also uses them lowercase.
   */
  nameHeads?: string[];
  /**
   * Kind words written in lower case after a place's name that are part of the organisation's
   * name ("Skogsbo kommun", "Fjordby kommune", "Oslo universitetssykehus"), lower case, with
   * their genitive where it differs.
   */
  lowerCaseHeads?: string[];
  /**
   * Lower-case heads that decline, by their base form ("kaupunki": "kaupungin", "kaupungilla",
   * …): every form closes a name as lowerCaseHeads do, and names that differ only in the head's
   * case are one organisation ("Vantaan kaupungilla" … "Vantaan kaupungin"). The genitive comes
   * first: after it, a unit named by a kind compound is part of the name ("Helsingin kaupungin
   * opetusviraston" is the education office of the City of Helsinki).
   */
  inflectedHeads?: Record<string, string[]>;
  /**
   * Kind words written in lower case before a name that are part of the organisation's name
   * ("l'ospedale San Matteo", "l'hôpital Foch", "gemeente Zwolle", "gmina Zielonka"); a kind word
   * that only describes the name ("la société Velonia") is not listed.
   */
  lowerCaseHeadsBefore?: string[];
  /**
   * Lower-case heads before a name that decline, by their base form ("gmina": "gminę", "gminy",
   * …): every form opens a name as lowerCaseHeadsBefore do, and the name is given with the base
   * form ("Hakerzy zaatakowali gminę Zielonka" names "gmina Zielonka").
   */
  inflectedHeadsBefore?: Record<string, string[]>;
  /**
   * Elided articles and prepositions written glued to the next word ("all'", "dell'", "d'"), or
   * joined to it by a hyphen ("il-", "tal-" in Maltese), which are never part of a name.
   */
  elidedWords?: string[];
  /**
   * Set where a name takes -s for its genitive without an apostrophe ("Roskilde Kommunes
   * servere"): the vowels after which a final -s is read as that genitive when a lower-case
   * word follows, even if the name is never written without it.
   */
  genitiveS?: { vowels: string };
  /**
   * Endings a name takes when declined ("Fjordpostin", "Fjordpostilla", "Orlenu"), longest
   * first: cut off where the text also names it without them.
   */
  caseEndings?: string[];
  /**
   * Endings of the local cases ("-ssa", "-lla", "-lta"), which no name ends in: cut off a name
   * reported in them ("Veloniassa havaittiin tietomurto" names Velonia) even where the text never
   * writes it without.
   */
  localCaseEndings?: string[];
  /**
   * Words that take a name in one case before them, and that case's ending: Finnish "Postin
   * nimissä" (in Posti's name) is always genitive, so the "-n" goes even where the text never
   * writes "Posti". Terms, as for cues.
   */
  governedCase?: { ending: string; before: string[] };
  /** Articles that may stand between an organisation word and the name it introduces ("die Firma der X"). */
  articles?: string[];
  /**
   * Words read around indicators. `version`: before a number that is a version, not an IP address
   * ("versione 10.2.1.4"); the international "v", "version", "release", "build" are shared.
   * `ransom`: near a legacy BTC address, which only counts in a ransom context ("bitcoin",
   * "wallet" are shared).
   */
  indicatorWords: { version: string[]; ransom: string[] };
  /** Lead-ins of lines that link to other articles ("Read also:", "Læs også:"), whose names are not this article's. */
  teaserLeadIns: string[];
  /** Words that join the parts of an organisation's name ("Bank of X", "Region i Y", "Szpital w Z"); "&" is shared. */
  nameConnectors: string[];
  /** The word for "and", which may join two names or sit inside one ("Procter and Gamble"). */
  coordinators: string[];
  /** Words a company's full name adds to its short one ("Inbenta Technologies", "Atea Gruppen"). */
  companyWords: string[];
  /**
   * Stems in a supplier cue that say what kind of third party it names: "databehandler" a
   * processor, "leverandør" or "hosting" a provider; any other supplier is a vendor.
   */
  supplierKinds: { processor: string[]; provider: string[] };
  /** Words for the part an organisation plays next to a supplier cue. Terms, as for cues. */
  supplierDirection: {
    /** After the cue, naming the customer: "leverandør til X", "supplier to X". */
    customer: string[];
    /** Ending the cue, naming the supplier: "levert av X", "the service from X". */
    supplier: string[];
    /** Before the cue, making the name before it the owner: "X through its supplier". */
    possessives: string[];
    /** Before the cue, making the name before it the one hit through the supplier: "X via the supplier", "Banca Sella tramite il fornitore". */
    through?: string[];
  };

  types: Cues<IncidentType>;
  /**
   * Words for an attack that do not say what kind ("hacked", "cyberattack", "Hackerangriff"):
   * a data breach when the text names nothing more specific, and no type beside ransomware,
   * phishing or another specific one. Terms, as for cues.
   */
  genericAttack: string[];
  /** A concrete event happened: "was attacked", "hit by", "stole". */
  incident: string[];
  /**
   * Words that alone say computers are involved ("Hackerangriff", "ransomware", "tietomurto"):
   * a type cue needs a second computer word beside it unless one of these is in the text. Not
   * words that also name something else ("virus", "leak", "attack").
   */
  selfEvidentCyber: string[];
  /** The text is about computer security at all: "hacker", "cyber*", "IT systems". */
  cyber: string[];
  /** The text is about trends, studies or advice in general rather than one event. */
  general: string[];

  data: Cues<DataCategory>;
  /** Data was taken, exposed or reached: "stolen", "leaked", "accessed". */
  compromise: string[];
  /** Negation words that put what follows (or the clause) out of scope. */
  negation: string[];
  /**
   * Words that open a clause in contrast to the one before ("but", "men", "aber", "mais"): a
   * negation after them ("men ikke kortoplysninger") says nothing of what was named before.
   */
  contrast: string[];
  /**
   * Words that open a clause said of by the one before ("dass", "at", "that", "che", "że"): a
   * negation reaches over the comma into it ("Es gibt keine Hinweise darauf, dass Kundendaten
   * abgeflossen sind"). One word each, lower case.
   */
  complementizers: string[];
  /** Hedges that make a negated statement too uncertain to record. */
  hedges: string[];
  /**
   * Phrases that say it is not known whether something happened ("unclear whether", "ob …
   * unklar", "uklart om"): data named under them is neither compromised nor safe.
   */
  unknownWhether: string[];
  /**
   * Words that make the rest of their clause something that could happen, not something that did:
   * a flaw that "could allow attackers to steal data", malware "designed to" steal, a plant "at
   * risk of" hacking. Types named there are not counted. Left out on purpose: the perfect passive
   * of breach notices ("may have been accessed", "könnten abgeflossen sein"), which says what
   * probably happened, and "possible"/"potential", which notices use for real incidents too.
   */
  hypothetical: string[];

  response: Cues<ResponseAction>;
  advice: Cues<Advice>;
  actors: Cues<ActorKind>;
  motives: Cues<Motive>;
  /** ISO 3166-1 alpha-2 → country names and adjectives in this language. */
  countries: Cues<string>;
  sectors: Cues<Sector>;

  /** Nouns that, next to a name, mark it as an organisation: "company", "firma". */
  orgWords: string[];
  /**
   * Where kinds of organisation are compounded ("energiebedrijf", "Versandhändler",
   * "terveyspalveluyritys"), the kind words such a compound ends in, lower case, inflected forms
   * included: a compound before a name marks it as an organisation as an org word does.
   */
  kindSuffixes?: string[];
  /** Cues around a name that tell its role in the story. */
  roles: Record<OrgRole, string[]>;
  /** Names that are sources and never victims: news agencies, outlets, authorities. */
  sources: string[];
  /**
   * Words that introduce a name ("called", "dubbed", "known as", "kaldet", "namens"): after an
   * attacker or malware word ("a hacker group known as X", "the malware, called X") the name is
   * the attacker's or the family's, not an organisation hit.
   */
  namedAs: string[];
  /**
   * A victim the text describes without naming it ("an Indiana hospital was hit", "the attack on
   * three banks"). `nouns`: kinds of organisation, with their inflections. `determiners`: words
   * that may open the description. `before`: harm cues the description follows ("attack on",
   * "targeted"); `after`: harm cues that follow it ("was hacked", "fell victim"). Only harm cues:
   * "the company said" describes no victim. The same cues next to a name mark that organisation
   * as hit. Terms, as for cues. `siteBefore` and `siteAfter` tie a website or online service to
   * its owner ("the website of", "Website des", "X's website", "ministeriön verkkosivut"): in a
   * report of a DDoS or a defacement, the owner of what was knocked out is the victim.
   */
  victimDescriptions: {
    nouns: string[]; determiners: string[]; before: string[]; after: string[]; siteBefore: string[]; siteAfter: string[];
    /**
     * The determiners that point at one particular organisation ("la", "il", "the"): before a kind
     * word that opens a name ("la mairie de Sarlat") they belong to the name; any other determiner
     * ("une commune de Bretagne", "en kommune i Jylland") makes the words a description.
     */
    definite: string[];
    /**
     * How a description refers back to an organisation the text names: determiners ("the", "its",
     * "das") and, where the article is a suffix, the definite endings of a noun standing alone
     * ("selskab-et", "kommun-en"). A description that is only these and its noun is the named
     * victim again, not another one. `pronouns`: subject pronouns an organisation is referred to
     * by ("it", "we", "det", "wir"; none where subjects are dropped): "we were hacked" says the
     * organisation the text is about was hit.
     */
    anaphoric: { determiners: string[]; definiteEndings: string[]; pronouns: string[] };
  };
  /** Legal forms written after a company name: "A/S", "GmbH". */
  legalForms: string[];

  /** Twelve entries, January first; each lists the month's forms. */
  months: string[][];
  /**
   * Words written between a year and the month after it, as terms ("m\\." of "2024 m. kovo 5 d.",
   * "\\. gada" of "2024. gada 5. martā"); the year's own dot ("2024. március 5-én") needs none.
   */
  yearMarkers?: string[];
  /** Words between a day and its month, or a month and its year, besides the shared "de", "di", "of" ("5 ta' Marzu"), as terms. */
  dateOf?: string[];
  /** Seven entries, Monday first; each lists the weekday's forms. */
  weekdays: string[][];
  /**
   * Words next to a weekday that make it the last one before the publication day ("last Monday",
   * "lunedì scorso", "el pasado lunes", "vergangenen Montag"): a week back when published on that
   * weekday, where a weekday alone would be the same day.
   */
  weekdayPast: string[];
  /** Relative date words → offset: "d-1" yesterday, "w-1" last week, "m-1", "y-1", "d0" today. */
  relative: Record<string, string>;
  /** Words that open and join a range: "between X and Y", "from X to Y"; `join` also joins two days of one month ("6 og 7 oktober", "z 4 na 5 maja"). */
  ranges: { open: string[]; join: string[] };
  /** Words right before or after a month that mean its start or end: "early", "Anfang", "alussa"; they set a month's `part`. */
  monthParts: { early: string[]; late: string[] };
  /** Verbs and nouns that tell which of the incident's dates a date in the same clause is. */
  dateRoles: Cues<DateRole>;

  /** Number words → value: "five": 5. */
  numberWords: Record<string, number>;
  /** Indefinite plurals → the least they can mean: "thousands": 2000, "dozens": 24. A count made of one is approximate. */
  indefiniteNumbers: Record<string, number>;
  /** Scale words after a number → multiplier: "million": 1e6. */
  scales: Record<string, number>;
  /** Words before a count that make it approximate: "about", "over". */
  approximate: string[];
  /** Words for "percent", so that a share is not read as a count. */
  percent: string[];
  units: Cues<Unit>;
  /** Context words that tell an indicator's role in its sentence. */
  indicatorRoles: Cues<"contact" | "sender" | "malicious" | "reference">;
}
