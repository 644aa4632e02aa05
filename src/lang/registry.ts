// The one list of language packs. Adding a language = a folder under src/lang/ and a line here.
import { compilePack, type CompiledPack } from "./compile.ts";
import type { PackSource } from "./types.ts";
import { da } from "./da/pack.ts";
import { bg } from "./bg/pack.ts";
import { cs } from "./cs/pack.ts";
import { de } from "./de/pack.ts";
import { el } from "./el/pack.ts";
import { en } from "./en/pack.ts";
import { es } from "./es/pack.ts";
import { et } from "./et/pack.ts";
import { fi } from "./fi/pack.ts";
import { fr } from "./fr/pack.ts";
import { ga } from "./ga/pack.ts";
import { hr } from "./hr/pack.ts";
import { hu } from "./hu/pack.ts";
import { is } from "./is/pack.ts";
import { it } from "./it/pack.ts";
import { lt } from "./lt/pack.ts";
import { lv } from "./lv/pack.ts";
import { mt } from "./mt/pack.ts";
import { nl } from "./nl/pack.ts";
import { no } from "./no/pack.ts";
import { pl } from "./pl/pack.ts";
import { pt } from "./pt/pack.ts";
import { ro } from "./ro/pack.ts";
import { sk } from "./sk/pack.ts";
import { sl } from "./sl/pack.ts";
import { sv } from "./sv/pack.ts";

export const PACK_SOURCES: readonly PackSource[] = [bg, cs, da, de, el, en, es, et, fi, fr, ga, hr, hu, is, it, lt, lv, mt, nl, no, pl, pt, ro, sk, sl, sv];

const compiled = new Map<string, CompiledPack>();

/** The compiled pack for a language code, compiled on first use; undefined when none ships. */
export function getPack(code: string): CompiledPack | undefined {
  const hit = compiled.get(code);
  if (hit) return hit;
  const source = PACK_SOURCES.find((p) => p.code === code);
  if (!source) return undefined;
  const pack = compilePack(source);
  compiled.set(code, pack);
  return pack;
}

/**
 * Languages without a pack of their own that a close neighbour's pack reads well: Slovak shares
 * most of its cue words with Czech, Galician with Portuguese, Bosnian and Serbian (in Latin
 * letters) nearly all of theirs with Croatian.
 */
const NEIGHBOUR_PACKS: Readonly<Record<string, string>> = { gl: "pt", bs: "hr", sr: "hr" };

/** The pack a text in this language is read with: its own, or a close neighbour's; undefined when neither ships. */
export function packFor(code: string): CompiledPack | undefined {
  return getPack(code) ?? (NEIGHBOUR_PACKS[code] ? getPack(NEIGHBOUR_PACKS[code]!) : undefined);
}

/** Codes of every shipped pack. */
export const PACK_CODES: readonly string[] = PACK_SOURCES.map((p) => p.code);

/**
 * The words that build organisation names, from every pack: a name keeps the words of its own
 * language whatever the language of the text around it ("Szpital Powiatowy w Zielonce" in a
 * German report, "Procter and Gamble" in a Danish one).
 */
export const NAME_WORDS = {
  connectors: new Set(["&", ...PACK_SOURCES.flatMap((p) => p.nameConnectors.map((w) => w.toLowerCase()))]),
  coordinators: new Set(PACK_SOURCES.flatMap((p) => p.coordinators.map((w) => w.toLowerCase()))),
  companyWords: new Set(PACK_SOURCES.flatMap((p) => p.companyWords.map((w) => w.toLowerCase()))),
};
