// Known threat actors by name: the type extractor reads them too (a ransomware operation is named
// after its ransomware), and the actor extractor names them.
import { KNOWN_ACTOR_CUES } from "../lang/compile.ts";
import type { Hit } from "../lang/terms.ts";
import { hitsOf, type Context } from "./context.ts";

/** The known threat actors named in the document, scanned with the pack's own families; values index KNOWN_ACTORS. */
export function knownActorHits(ctx: Context): Hit<string>[] {
  return hitsOf(ctx, KNOWN_ACTOR_CUES);
}
