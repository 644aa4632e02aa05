// The one list of language packs. Adding a language = a folder under src/lang/ and a line here.
import { compilePack, type CompiledPack } from "./compile.ts";
import type { PackSource } from "./types.ts";
import { da } from "./da/pack.ts";
import { de } from "./de/pack.ts";
import { en } from "./en/pack.ts";
import { es } from "./es/pack.ts";
import { fi } from "./fi/pack.ts";
import { fr } from "./fr/pack.ts";
import { it } from "./it/pack.ts";
import { nl } from "./nl/pack.ts";
import { no } from "./no/pack.ts";
import { pl } from "./pl/pack.ts";
import { pt } from "./pt/pack.ts";
import { ro } from "./ro/pack.ts";
import { sv } from "./sv/pack.ts";

export const PACK_SOURCES: readonly PackSource[] = [da, de, en, es, fi, fr, it, nl, no, pl, pt, ro, sv];

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
