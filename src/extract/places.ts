// Countries where victims or affected people are, and the victim's sector.
import type { Finding, Indicator, Org } from "../model/record.ts";
import type { Sector } from "../model/vocab.ts";
import { SpanReach } from "../text/span-reach.ts";
import { evidence, hitsOf, mergeFindings, sentenceAt, type Context } from "./context.ts";

const LEGAL_FORM_COUNTRY: [RegExp, string][] = [
  [/\bA\/S$|\bApS$/, "DK"], [/\bASA$/, "NO"], [/\bAB$/, "SE"], [/\bOyj?$/, "FI"], [/\bGmbH$|\bAG$/, "DE"],
  [/\bS\.p\.A\.?$|\bS\.r\.l\.?$/i, "IT"], [/\bsp\. z o\.o\.?$/i, "PL"], [/\bB\.V\.?$|\bN\.V\.?$/, "NL"], [/\bS\.L\.?$/, "ES"], [/\bSAS$|\bSARL$/, "FR"],
];

export function extractCountries(ctx: Context, orgs: { victims: Org[] }, indicators: Indicator[], actorSpans: { start: number; end: number }[]): Finding<string>[] {
  const out: Finding<string>[] = [];
  // Where an address or server sits ("193.3.XX.XX … located in the Russian Federation") is not
  // where the victims are: a country named after a network indicator in its sentence is skipped.
  const network = indicators.filter((i) => i.type === "ipv4" || i.type === "ipv6" || i.type === "domain" || i.type === "url").flatMap((i) => i.evidence);
  for (const h of hitsOf(ctx, ctx.pack.countries)) {
    if (actorSpans.some((a) => h.start < a.end && h.end > a.start)) continue;
    const s = sentenceAt(ctx, h.start);
    if (network.some((e) => e.end <= h.start && e.start >= s.start)) continue;
    out.push({ value: h.value, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason] });
  }
  for (const v of orgs.victims) {
    const form = LEGAL_FORM_COUNTRY.find(([re]) => re.test(v.name));
    if (form) out.push({ value: form[1], evidence: v.evidence.slice(0, 1), reasons: ["country.legal-form"] });
  }
  if (!out.length && orgs.victims.length) {
    // A victim writing from its own national domain ("kundecenter@drive-now.dk") locates it.
    const key = orgs.victims[0]!.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    for (const i of indicators) {
      if (i.type !== "email" && i.type !== "domain" && i.type !== "url") continue;
      const host = i.type === "email" ? i.value.split("@")[1]! : i.type === "url" ? safeHost(i.value) : i.value;
      const labels = host.split(".");
      const tld = labels.at(-1) ?? "";
      if (tld.length === 2 && labels.slice(0, -1).join("").replace(/[^a-z0-9]/g, "").includes(key.slice(0, 6)) && tld !== "io" && tld !== "co" && tld !== "ai") {
        out.push({ value: tld === "uk" ? "GB" : tld.toUpperCase(), evidence: i.evidence.slice(0, 1), reasons: ["country.victim-domain-cctld"] });
        break;
      }
    }
  }
  return mergeFindings(out);
}

const safeHost = (u: string) => { try { return new URL(u).hostname; } catch { return ""; } };

/** The sector cued most often, preferring cues in sentences that name the victim or brand. */
export function extractSectors(ctx: Context, orgs: Org[]): Finding<Sector>[] {
  // The police informed, the bank one is told to call: a sector named inside a response or a
  // piece of advice is whom the victim or the public turns to, not the victim's own.
  const turnedTo = new SpanReach([...hitsOf(ctx, ctx.pack.response), ...hitsOf(ctx, ctx.pack.advice)], ctx.text.length);
  const hits = hitsOf(ctx, ctx.pack.sectors).filter((h) => !turnedTo.contains(h.start, h.end));
  if (!hits.length) return [];
  const orgSentences = new Set(orgs.flatMap((o) => o.evidence.map((e) => sentenceAt(ctx, e.start).start)));
  const score = new Map<Sector, number>();
  for (const h of hits) score.set(h.value, (score.get(h.value) ?? 0) + (orgSentences.has(sentenceAt(ctx, h.start).start) ? 2 : 1));
  const max = Math.max(...score.values());
  if (max < 2) return [];
  const top = [...score].filter(([, s]) => s >= max * 0.75).map(([v]) => v);
  return mergeFindings(hits.filter((h) => top.includes(h.value)).map((h) => ({ value: h.value, evidence: [evidence(ctx, h.start, h.end)], reasons: [h.reason] })));
}
