// What the victim did (response) and what the public is told to do (advice), from the pack's cues.
import { literalPrefixes, type CueMatcher, type Hit } from "../lang/terms.ts";
import type { Finding } from "../model/record.ts";
import { evidence, hitsOf, mergeFindings, type Context } from "./context.ts";

export function extractCued<T extends string>(ctx: Context, matcher: CueMatcher<T>): Finding<T>[] {
  const hits = hitsOf(ctx, matcher);
  const all = hits.length ? [...hits, ...alsoAt(ctx, matcher, hits)] : hits;
  return mergeFindings(all.map((h) => ({ value: h.value, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason] })));
}

/**
 * A scan keeps one hit where terms of two values start at one word: "anmeldt til politiet og
 * Datatilsynet" reported the attack both to the police and to the data protection authority.
 * The terms of the other values are tried where each hit starts.
 */
function alsoAt<T extends string>(ctx: Context, matcher: CueMatcher<T>, hits: Hit<T>[]): Hit<T>[] {
  const out: Hit<T>[] = [];
  const prefixes = prefixesOf(matcher);
  for (const h of hits) {
    const found = new Set<T>([h.value]);
    // The words at the hit as the prefixes are read: lower case, whitespace left out.
    const head = ctx.text.slice(h.start, h.start + 24).toLowerCase().replace(/\s+/gu, "");
    // Only the rules that can begin with the hit's first character, in rule order.
    for (const i of matcher.byFirst.get(head[0] ?? "") ?? matcher.anyStart) {
      const rule = matcher.rules[i]!, list = prefixes[i];
      if (found.has(rule.value) || (list && !list.some((p) => head.startsWith(p)))) continue;
      const re = matcher.ruleRe(i);
      re.lastIndex = h.start;
      const m = re.exec(ctx.text);
      if (!m || !m[0].length) continue;
      found.add(rule.value);
      out.push({ value: rule.value, reason: rule.reason, start: h.start, end: h.start + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const prefixCache = new WeakMap<object, (string[] | null)[]>();
/** Each rule's literal prefixes (null where it can begin otherwise), worked out once a family. */
function prefixesOf<T extends string>(matcher: CueMatcher<T>): (string[] | null)[] {
  let list = prefixCache.get(matcher);
  if (!list) prefixCache.set(matcher, (list = matcher.rules.map((r) => literalPrefixes(r.term))));
  return list;
}
