// Scores report records against flat gold lines with the rules of ../shared/eval/score.mjs:
// per-field set precision/recall/F1 micro-averaged over documents, organisation names equal
// after normalisation or contained as whole words, dates right to gold's precision (half a
// point when coarser), counts within 1 %, and gold `null` dates scoring only when left empty.
import type { ReportRecord } from "../model/record.ts";

export interface GoldLine {
  id?: string;
  file?: string;
  lang?: string;
  isIncident?: boolean;
  types?: string[];
  typesScope?: string[];
  scored?: string[];
  victims?: string[];
  impersonated?: string[];
  thirdParties?: string[];
  actorKinds?: string[];
  actorCountries?: string[];
  countries?: string[];
  dates?: Partial<Record<"published" | "occurred" | "discovered" | "disclosed", string | null>>;
  affected?: { count: number } | null;
  compromised?: string[];
  notCompromised?: string[];
  response?: string[];
  advice?: string[];
  indicators?: { type: string; value: string; partial?: boolean }[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface FieldScore extends Counts { P: number; R: number; F: number }
export interface ScoreResult {
  docs: number;
  matched: number;
  macroF: number;
  evidenceChecked: number;
  evidenceValid: number;
  fields: Record<string, FieldScore>;
  byLang: Record<string, number>;
}

const LEGAL = new Set(["ab", "a/s", "as", "asa", "aps", "gmbh", "ag", "se", "spa", "s.p.a.", "s.p.a", "srl", "s.r.l.",
  "inc", "inc.", "ltd", "ltd.", "plc", "llc", "oy", "oyj", "sa", "s.a.", "sas", "bv", "b.v.", "nv", "n.v.", "kg", "co",
  "co.", "corp", "corp.", "corporation", "company", "limited", "group", "holding", "sp.", "z", "o.o.", "hf", "ehf"]);
const fold = (s: unknown) => String(s ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
export const normOrg = (s: unknown) => fold(s).split(/[\s,]+/).filter((w) => w && !LEGAL.has(w)).join(" ")
  .replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ").trim();
export const orgMatch = (a: string, b: string) => {
  const x = normOrg(a), y = normOrg(b);
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
};
const langCode = (l: unknown) => ({ nb: "no", nn: "no", nob: "no", nno: "no" } as Record<string, string>)[String(l ?? "")] ?? String(l ?? "");
const indKey = (i: { type?: string; value?: string; partial?: boolean }) => {
  const type = String(i?.type ?? "").toLowerCase();
  let value = String(i?.value ?? "").trim();
  value = type === "phone" ? value.replace(/\D/g, "").slice(-8) : value.toLowerCase().replace(/\.$/, "");
  return `${type}|${value}|${i?.partial ? "partial" : "full"}`;
};
const vals = (xs: unknown): string[] => (Array.isArray(xs) ? xs : [])
  .map((x) => (x && typeof x === "object" ? (x as Record<string, unknown>).value ?? (x as Record<string, unknown>).name ?? (x as Record<string, unknown>).kind : x))
  .filter((x) => x !== undefined && x !== null).map(String);

export const prf = ({ tp, fp, fn }: Counts) => {
  const P = tp + fp ? tp / (tp + fp) : 1, R = tp + fn ? tp / (tp + fn) : 1;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
};

/** Set score: each gold item may be matched by one distinct prediction. */
export function setCounts(gold: string[], pred: string[], eq: (a: string, b: string) => boolean = (a, b) => a === b): Counts {
  const g = [...new Set(gold)], p = [...new Set(pred)];
  const used = new Set<number>();
  let tp = 0;
  for (const gi of g) {
    const j = p.findIndex((pi, k) => !used.has(k) && eq(gi, pi));
    if (j >= 0) { used.add(j); tp++; }
  }
  return { tp, fp: p.length - tp, fn: g.length - tp };
}

/** Date score to gold's precision; a coarser right answer earns half. */
export function dateCounts(g: string | null | undefined, p: string | null | undefined): Counts | null {
  const gd = g ?? null, pd = p ?? null;
  if (gd === null && pd === null) return null;
  if (gd === null) return { tp: 0, fp: 1, fn: 0 };
  if (pd === null) return { tp: 0, fp: 0, fn: 1 };
  if (pd.startsWith(gd)) return { tp: 1, fp: 0, fn: 0 };
  if (gd.startsWith(pd)) return { tp: 0.5, fp: 0, fn: 0.5 };
  return { tp: 0, fp: 1, fn: 1 };
}

const stem = (p: unknown) => String(p ?? "").replace(/^file:(\/\/)?/, "").split("/").pop()!.replace(/\.[^.]*$/, "");

export function score(gold: GoldLine[], preds: Partial<ReportRecord>[]): ScoreResult {
  const predFor = new Map<string, Partial<ReportRecord>>();
  for (const p of preds) {
    predFor.set(stem(p?.source?.uri ?? ""), p);
    if (p?.id) predFor.set(String(p.id), p);
  }
  const fields = new Map<string, Counts>();
  const byLang = new Map<string, Map<string, Counts>>();
  const addTo = (name: string, lang: string, c: Counts) => {
    const langTable = byLang.get(lang) ?? byLang.set(lang, new Map()).get(lang)!;
    for (const table of [fields, langTable]) {
      const t = table.get(name) ?? { tp: 0, fp: 0, fn: 0 };
      t.tp += c.tp; t.fp += c.fp; t.fn += c.fn; table.set(name, t);
    }
  };
  let checked = 0, bad = 0, matched = 0;
  const checkEvidence = (report: Partial<ReportRecord>, node: unknown): void => {
    if (Array.isArray(node)) { node.forEach((n) => checkEvidence(report, n)); return; }
    if (!node || typeof node !== "object") return;
    const ev = (node as { evidence?: unknown }).evidence;
    if (Array.isArray(ev)) for (const e of ev) {
      checked++;
      const ok = e && Number.isInteger(e.start) && Number.isInteger(e.end) && typeof report.text === "string" && report.text.slice(e.start, e.end) === e.text;
      if (!ok) bad++;
    }
    for (const [k, v] of Object.entries(node)) if (k !== "evidence" && k !== "text") checkEvidence(report, v);
  };
  for (const g of gold) {
    const p = (predFor.get(stem(g.file)) ?? predFor.get(String(g.id)) ?? {}) as Partial<ReportRecord>;
    if (Object.keys(p).length) matched++;
    const lang = g.lang ?? "und";
    checkEvidence(p, p);
    const scored = Array.isArray(g.scored) ? new Set(g.scored) : null;
    const add = (name: string, c: Counts | null) => { if (c && (!scored || scored.has(name.split(".")[0]!))) addTo(name, lang, c); };
    const same = langCode(p.lang) === langCode(g.lang);
    add("lang", { tp: same ? 1 : 0, fp: p.lang && !same ? 1 : 0, fn: same ? 0 : 1 });
    const gi = !!g.isIncident, pi = !!p.isIncident;
    add("isIncident", { tp: gi && pi ? 1 : 0, fp: !gi && pi ? 1 : 0, fn: gi && !pi ? 1 : 0 });
    if (!gi) continue;
    const inScope = (t: string) => !Array.isArray(g.typesScope) || g.typesScope.includes(t);
    add("types", setCounts(g.types ?? [], vals(p.types).filter(inScope)));
    add("victims", setCounts(g.victims ?? [], vals(p.victims), orgMatch));
    add("impersonated", setCounts(g.impersonated ?? [], vals(p.impersonated), orgMatch));
    add("thirdParties", setCounts(g.thirdParties ?? [], vals(p.thirdParties), orgMatch));
    add("actorKinds", setCounts(g.actorKinds ?? [], (p.actors ?? []).map((a) => a?.kind).filter(Boolean) as string[]));
    add("actorCountries", setCounts(g.actorCountries ?? [], (p.actors ?? []).map((a) => a?.country).filter(Boolean) as string[]));
    add("countries", setCounts(g.countries ?? [], vals(p.countries)));
    for (const d of ["published", "occurred", "discovered", "disclosed"] as const) add(`dates.${d}`, dateCounts(g.dates?.[d], p.dates?.[d]?.value ?? null));
    const ga = g.affected?.count ?? null, pa = p.affected?.count ?? null;
    if (ga !== null || pa !== null) {
      if (ga === null) add("affected", { tp: 0, fp: 1, fn: 0 });
      else if (pa === null) add("affected", { tp: 0, fp: 0, fn: 1 });
      else if (Math.abs(pa - ga) <= 0.01 * ga) add("affected", { tp: 1, fp: 0, fn: 0 });
      else add("affected", { tp: 0, fp: 1, fn: 1 });
    }
    add("compromised", setCounts(g.compromised ?? [], vals(p.data?.compromised)));
    add("notCompromised", setCounts(g.notCompromised ?? [], vals(p.data?.notCompromised)));
    add("response", setCounts(g.response ?? [], vals(p.response)));
    add("advice", setCounts(g.advice ?? [], vals(p.advice)));
    add("indicators", setCounts((g.indicators ?? []).map(indKey), (p.indicators ?? []).map(indKey)));
  }
  const summarise = (table: Map<string, Counts>) => {
    const rows = [...table].map(([name, c]) => [name, { ...c, ...prf(c) }] as const);
    return { rows, macroF: rows.length ? rows.reduce((s, [, r]) => s + r.F, 0) / rows.length : 0 };
  };
  const all = summarise(fields);
  return {
    docs: gold.length, matched, macroF: all.macroF, evidenceChecked: checked, evidenceValid: checked ? 1 - bad / checked : 0,
    fields: Object.fromEntries(all.rows), byLang: Object.fromEntries([...byLang].map(([l, t]) => [l, summarise(t).macroF])),
  };
}

/** The table score.mjs prints. */
export function formatScore(r: ScoreResult, byLang: boolean): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [`${"field".padEnd(18)}     P      R      F    tp    fp    fn`];
  for (const [name, f] of Object.entries(r.fields)) {
    lines.push(`${name.padEnd(18)}${pct(f.P)} ${pct(f.R)} ${pct(f.F)} ${String(f.tp).padStart(5)} ${String(f.fp).padStart(5)} ${String(f.fn).padStart(5)}`);
  }
  if (byLang) for (const [l, m] of Object.entries(r.byLang)) lines.push(`lang ${l}: macro F1 ${pct(m)}`);
  lines.push(`evidence spans checked ${r.evidenceChecked}, valid ${pct(r.evidenceValid)} %`);
  lines.push(`docs ${r.docs} matched ${r.matched} macroF1 ${(100 * r.macroF).toFixed(1)}`);
  return lines.join("\n");
}
