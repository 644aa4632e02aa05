// The identity keys of one report, as the identity rules read them.
import type { ReportRecord } from "../model/record.ts";
import { GENERIC_NAME_WORDS, normaliseOrg, TYPE_FAMILY, type KeyKind, type TypeFamily } from "./identity.ts";

export interface ReportKeys {
  keys: { kind: KeyKind; value: string }[];
  families: TypeFamily[];
  /** The date the event is best placed at: occurred, discovered, disclosed or published. */
  eventDate: string | null;
}

/** A partial date (YYYY, YYYY-MM) as the first day it covers. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}`;
}

export function reportKeys(r: ReportRecord): ReportKeys {
  const keys: ReportKeys["keys"] = [];
  const add = (kind: KeyKind, value: string) => { if (value && !keys.some((k) => k.kind === kind && k.value === value)) keys.push({ kind, value }); };
  // A victim described but not named ("a hospital") identifies nothing.
  const victims = r.victims.filter((v) => v.named !== false);
  for (const v of victims) add("victim", normaliseOrg(v.name));
  for (const v of [...victims, ...r.thirdParties]) add("party", normaliseOrg(v.name));
  for (const b of r.impersonated) add("brand", normaliseOrg(b.name));
  for (const i of r.indicators) {
    if (i.role !== "malicious" && i.role !== "spoofed_sender") continue;
    if (i.partial || i.type === "cve" || i.type === "phone") continue;
    add("indicator", `${i.type}:${i.value.toLowerCase()}`);
  }
  const families = [...new Set(r.types.map((t) => TYPE_FAMILY[t.value]))];
  const d = r.dates;
  const eventDate = dayOf(d.occurred?.value ?? d.discovered?.value ?? d.disclosed?.value ?? d.published?.value);
  return { keys, families, eventDate };
}

/** Two folded names are one organisation when equal or when one is the other plus words. */
export function sameOrg(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** Lookup words of a key: the distinctive words (three or more characters) of a name, or an indicator whole. */
export function lookupWords(kind: KeyKind, value: string): string[] {
  if (kind === "indicator") return [value];
  const words = value.split(" ").filter((w) => w.length >= 3);
  const distinctive = words.filter((w) => !GENERIC_NAME_WORDS.has(w));
  const use = distinctive.length ? distinctive : words;
  return use.length ? [...new Set(use)] : [value];
}
