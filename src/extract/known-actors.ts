// Known threat actors by name, found once per document: the type extractor reads them too (a
// ransomware operation is named after its ransomware), and the actor extractor names them.
import { KNOWN_ACTORS } from "../lang/shared/threat-actors.ts";
import { buildIndex, compileCues, scan, scanIndexed, type Hit } from "../lang/terms.ts";
import type { Context } from "./context.ts";

const KNOWN = compileCues("shared", "actors", Object.fromEntries(KNOWN_ACTORS.map((a, i) => [String(i), a.names])));
// Looked up word by word like the packs' families: one alternation of every known name, tried
// at every position of every text, cost more than the rest of this extractor.
const KNOWN_INDEX = buildIndex([KNOWN]);
const knownCache = new WeakMap<Context, Hit<string>[]>();
/** The known threat actors named in the document, scanned once: the type and actor extractors both read them. */
export function knownActorHits(ctx: Context): Hit<string>[] {
  let hits = knownCache.get(ctx);
  if (!hits) knownCache.set(ctx, (hits = KNOWN_INDEX.matchers.length ? scanIndexed(KNOWN_INDEX, ctx.text)[0]! : scan(KNOWN, ctx.text)));
  return hits;
}
