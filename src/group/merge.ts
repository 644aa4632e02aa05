// An incident's merged record: the union of its reports' findings, each value with the reports
// it came from, so an analyst can see who said what.
import type { ReportRecord } from "../model/record.ts";
import { normaliseOrg } from "./identity.ts";
import { dayOf, sameOrg } from "./keys.ts";

export interface Sourced<T> { value: T; reports: string[] }

export interface MemberReport {
  id: string;
  uri: string;
  lang: string;
  title: string | null;
  published: string | null;
  record: ReportRecord;
  reason: LinkReason;
}

export interface LinkReason {
  rule: string;
  /** The keys both sides shared, e.g. {kind: "victim", value: "ticketmaster"}. */
  shared?: { kind: string; value: string }[];
  /** The report the new one was matched against, when known. */
  with?: string[];
  note?: string;
}

export interface MergedIncident {
  id: string;
  title: string;
  isIncident: boolean;
  langs: string[];
  types: Sourced<string>[];
  victims: Sourced<string>[];
  /** Victims the reports describe without naming them ("an Indiana hospital"), as written. */
  describedVictims: Sourced<string>[];
  impersonated: Sourced<string>[];
  thirdParties: Sourced<string>[];
  actors: Sourced<string>[];
  countries: Sourced<string>[];
  sectors: Sourced<string>[];
  dates: Record<"published" | "occurred" | "discovered" | "disclosed", Sourced<string> | null>;
  affected: { count: number; unit: string; approximate: boolean; reports: string[] } | null;
  data: { compromised: Sourced<string>[]; notCompromised: Sourced<string>[] };
  response: Sourced<string>[];
  advice: Sourced<string>[];
  indicators: (Sourced<string> & { type: string; role: string; partial: boolean })[];
  mappings: { attack: string[]; veris: string[]; rsit: string[] };
  reports: { id: string; uri: string; lang: string; title: string | null; published: string | null; reason: LinkReason }[];
  firstDate: string | null;
  lastDate: string | null;
}

class Tally<T> {
  private map = new Map<string, { value: T; reports: Set<string> }>();
  add(key: string, value: T, report: string) {
    const hit = this.map.get(key);
    if (hit) hit.reports.add(report);
    else this.map.set(key, { value, reports: new Set([report]) });
  }
  /** Values said by more reports first, so the consensus leads. */
  list(): Sourced<T>[] {
    return [...this.map.values()].sort((a, b) => b.reports.size - a.reports.size).map((e) => ({ value: e.value, reports: [...e.reports] }));
  }
}

/** Keeps the longest spelling of each organisation: "Ticketmaster UK Ltd" over "Ticketmaster". */
function orgTally(members: MemberReport[], pick: (r: ReportRecord) => { name: string }[]): Sourced<string>[] {
  const groups: { norm: string; name: string; reports: Set<string> }[] = [];
  for (const m of members) {
    for (const o of pick(m.record)) {
      const norm = normaliseOrg(o.name);
      if (!norm) continue;
      const g = groups.find((x) => sameOrg(x.norm, norm));
      if (!g) groups.push({ norm, name: o.name, reports: new Set([m.id]) });
      else {
        g.reports.add(m.id);
        if (o.name.length > g.name.length) { g.name = o.name; g.norm = norm; }
      }
    }
  }
  return groups.sort((a, b) => b.reports.size - a.reports.size).map((g) => ({ value: g.name, reports: [...g.reports] }));
}

/** Earliest value of a date role across reports, at the best precision among equals. */
function earliest(members: MemberReport[], role: keyof ReportRecord["dates"]): Sourced<string> | null {
  const seen = members.flatMap((m) => (m.record.dates[role] ? [{ value: m.record.dates[role]!.value, id: m.id }] : []));
  if (!seen.length) return null;
  seen.sort((a, b) => (dayOf(a.value)! < dayOf(b.value)! ? -1 : dayOf(a.value)! > dayOf(b.value)! ? 1 : b.value.length - a.value.length));
  const best = seen[0]!;
  return { value: best.value, reports: seen.filter((s) => s.value === best.value).map((s) => s.id) };
}

export function mergeIncident(id: string, members: MemberReport[]): MergedIncident {
  const ordered = [...members].sort((a, b) => (dayOf(a.published) ?? "9999") < (dayOf(b.published) ?? "9999") ? -1 : 1);
  const t = { types: new Tally<string>(), described: new Tally<string>(), actors: new Tally<string>(), countries: new Tally<string>(), sectors: new Tally<string>(),
    compromised: new Tally<string>(), notCompromised: new Tally<string>(), response: new Tally<string>(), advice: new Tally<string>() };
  const indicators = new Map<string, { type: string; role: string; partial: boolean; value: string; reports: Set<string> }>();
  let affected: MergedIncident["affected"] = null;
  for (const m of ordered) {
    const r = m.record;
    for (const x of r.types) t.types.add(x.value, x.value, m.id);
    for (const v of r.victims) if (v.named === false) t.described.add(v.name.toLowerCase(), v.name, m.id);
    for (const a of r.actors) { const label = a.name ?? (a.country ? `${a.kind} (${a.country})` : a.kind); t.actors.add(label.toLowerCase(), label, m.id); }
    for (const x of r.countries) t.countries.add(x.value, x.value, m.id);
    for (const x of r.sectors) t.sectors.add(x.value, x.value, m.id);
    for (const x of r.data.compromised) t.compromised.add(x.value, x.value, m.id);
    for (const x of r.data.notCompromised) t.notCompromised.add(x.value, x.value, m.id);
    for (const x of r.response) t.response.add(x.value, x.value, m.id);
    for (const x of r.advice) t.advice.add(x.value, x.value, m.id);
    for (const i of r.indicators) {
      const key = `${i.type}|${i.value.toLowerCase()}|${i.partial}`;
      const hit = indicators.get(key);
      if (hit) hit.reports.add(m.id);
      else indicators.set(key, { type: i.type, role: i.role, partial: i.partial, value: i.value, reports: new Set([m.id]) });
    }
    // The largest count any report gives is the one analysts quote; its source is kept.
    if (r.affected && (!affected || r.affected.count > affected.count)) affected = { count: r.affected.count, unit: r.affected.unit, approximate: r.affected.approximate, reports: [m.id] };
    else if (r.affected && affected && r.affected.count === affected.count) affected.reports.push(m.id);
  }
  const compromised = t.compromised.list();
  const notCompromised = t.notCompromised.list().filter((n) => !compromised.some((c) => c.value === n.value));
  const days = ordered.flatMap((m) => { const d = m.record.dates; return [d.occurred, d.discovered, d.disclosed, d.published].flatMap((x) => (x ? [dayOf(x.value)!] : [])); }).sort();
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    id,
    title: ordered.find((m) => m.record.isIncident)?.title ?? ordered[0]?.title ?? id,
    isIncident: ordered.some((m) => m.record.isIncident),
    langs: uniq(ordered.map((m) => m.lang)),
    types: t.types.list(),
    victims: orgTally(ordered, (r) => r.victims.filter((v) => v.named !== false)),
    describedVictims: t.described.list(),
    impersonated: orgTally(ordered, (r) => r.impersonated),
    thirdParties: orgTally(ordered, (r) => r.thirdParties),
    actors: t.actors.list(),
    countries: t.countries.list(),
    sectors: t.sectors.list(),
    dates: { published: earliest(ordered, "published"), occurred: earliest(ordered, "occurred"), discovered: earliest(ordered, "discovered"), disclosed: earliest(ordered, "disclosed") },
    affected,
    data: { compromised, notCompromised },
    response: t.response.list(),
    advice: t.advice.list(),
    indicators: [...indicators.values()].map((i) => ({ ...i, reports: [...i.reports] })),
    mappings: {
      attack: uniq(ordered.flatMap((m) => m.record.mappings.attack)), veris: uniq(ordered.flatMap((m) => m.record.mappings.veris)),
      rsit: uniq(ordered.flatMap((m) => m.record.mappings.rsit)),
    },
    reports: ordered.map((m) => ({ id: m.id, uri: m.uri, lang: m.lang, title: m.title, published: m.published, reason: m.reason })),
    firstDate: days[0] ?? null,
    lastDate: days[days.length - 1] ?? null,
  };
}
