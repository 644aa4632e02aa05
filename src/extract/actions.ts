// What the victim did (response) and what the public is told to do (advice), from the pack's cues.
import type { CueMatcher } from "../lang/terms.ts";
import type { Finding } from "../model/record.ts";
import { evidence, hitsOf, mergeFindings, type Context } from "./context.ts";

export function extractCued<T extends string>(ctx: Context, matcher: CueMatcher<T>): Finding<T>[] {
  return mergeFindings(hitsOf(ctx, matcher).map((h) => ({ value: h.value, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason] })));
}
