// Incidents → STIX 2.1: an `incident` per incident, a `report` per source document, identities
// for victims, impersonated brands and third parties, threat actors and their malware families,
// ATT&CK attack patterns, locations, vulnerabilities for CVEs, indicators (only for complete
// malicious indicators), and the relationships between them. Ids are UUIDv5 of content.
import { normaliseOrg } from "../group/identity.ts";
import { ATTACK_TECHNIQUE_NAMES } from "../extract/mappings.ts";
import { KNOWN_ACTORS } from "../lang/shared/threat-actors.ts";
import type { Indicator, ReportRecord } from "../model/record.ts";
import type { Sector } from "../model/vocab.ts";
import type { IncidentDetail } from "../store/store.ts";
import { uuidv5 } from "./ids.ts";
import { countryName, STIX_SECTORS } from "./vocab-maps.ts";

export type StixObject = Record<string, unknown> & { type: string; id: string };

const sid = (type: string, key: string) => `${type}--${uuidv5(`${type}|${key}`)}`;

/** The TLP:WHITE marking definition as published with STIX 2.1: news and advisories are public. */
export const TLP_WHITE: StixObject = {
  type: "marking-definition", spec_version: "2.1", id: "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
  created: "2017-01-20T00:00:00.000Z", definition_type: "tlp", name: "TLP:WHITE", definition: { tlp: "white" },
};

const REFERENCE_TIME = "2024-01-01T00:00:00.000Z";

/** Incidex as the producer of every object it exports. */
export const PRODUCER: StixObject = {
  type: "identity", spec_version: "2.1", id: sid("identity", "producer:incidex"), created: REFERENCE_TIME, modified: REFERENCE_TIME,
  name: "Incidex", identity_class: "system", description: "Cyber-incident reports extracted from news, advisories and breach notices.",
};

const MOTIVATION: Record<string, string> = { financial: "personal-gain", espionage: "organizational-gain", ideology: "ideology", grudge: "revenge" };
const ACTOR_TYPES: Record<string, string[]> = { financial: ["crime-syndicate"], espionage: ["nation-state"], ideology: ["hacker", "activist"], grudge: ["disgruntled-employee"] };

const PATTERNS: Partial<Record<Indicator["type"], (v: string) => string>> = {
  ipv4: (v) => `[ipv4-addr:value = '${esc(v)}']`,
  ipv6: (v) => `[ipv6-addr:value = '${esc(v)}']`,
  domain: (v) => `[domain-name:value = '${esc(v.toLowerCase())}']`,
  url: (v) => `[url:value = '${esc(v)}']`,
  email: (v) => `[email-addr:value = '${esc(v.toLowerCase())}']`,
  sha256: (v) => `[file:hashes.'SHA-256' = '${esc(v.toLowerCase())}']`,
  sha1: (v) => `[file:hashes.'SHA-1' = '${esc(v.toLowerCase())}']`,
  md5: (v) => `[file:hashes.MD5 = '${esc(v.toLowerCase())}']`,
};

function esc(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/'/g, "\\'");
}

/** Indicators that may become STIX patterns and MISP IDS attributes: complete and malicious only. */
export function isDetectable(i: { role: string; partial: boolean; type: string }): boolean {
  return i.role === "malicious" && !i.partial && i.type !== "cve";
}

const day = (d: string | null | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00.000Z` : null);
const webUrl = (uri: string) => (/^https?:\/\//i.test(uri) ? uri : null);

/** The STIX objects of one incident. Shared objects (an identity, a location) come out with the same id from every incident. */
export function incidentToStix(detail: IncidentDetail): StixObject[] {
  const { incident: m, reports } = detail;
  const created = detail.createdAt, modified = detail.updatedAt < detail.createdAt ? detail.createdAt : detail.updatedAt;
  const common = { spec_version: "2.1", created, modified, created_by_ref: PRODUCER.id, object_marking_refs: [TLP_WHITE.id] };
  const out = new Map<string, StixObject>();
  const put = (o: StixObject) => { if (!out.has(o.id)) out.set(o.id, o); return o.id; };
  const rel = (source: string, type: string, target: string, description?: string) => put({
    type: "relationship", id: sid("relationship", `${source}|${type}|${target}`), ...common,
    relationship_type: type, source_ref: source, target_ref: target, ...(description ? { description } : {}),
  });
  // Which objects each source report supports, for its object_refs.
  const byReport = new Map<string, Set<string>>(reports.map((r) => [r.id, new Set<string>()]));
  const cite = (id: string, reportIds: string[]) => { for (const r of reportIds) byReport.get(r)?.add(id); return id; };

  const incidentId = put({
    type: "incident", id: sid("incident", m.id), ...common,
    name: m.title,
    description: summarise(detail),
    labels: m.types.map((t) => t.value),
    ...(m.firstDate ? { first_seen: day(m.firstDate) } : {}),
    ...(m.lastDate ? { last_seen: day(m.lastDate) } : {}),
    x_incidex_id: m.id,
    ...(m.affected ? { x_incidex_affected: { count: m.affected.count, unit: m.affected.unit, approximate: m.affected.approximate } } : {}),
    ...(m.data.compromised.length ? { x_incidex_data_compromised: m.data.compromised.map((d) => d.value) } : {}),
    ...(m.data.notCompromised.length ? { x_incidex_data_not_compromised: m.data.notCompromised.map((d) => d.value) } : {}),
    ...(m.response.length ? { x_incidex_response: m.response.map((d) => d.value) } : {}),
    ...(m.advice.length ? { x_incidex_advice: m.advice.map((d) => d.value) } : {}),
    ...(m.mappings.rsit.length ? { x_incidex_rsit: m.mappings.rsit } : {}),
  });
  for (const r of reports) byReport.get(r.id)!.add(incidentId);

  const locationOf = (cc: string) => put({
    type: "location", id: sid("location", cc), ...common, created: REFERENCE_TIME, modified: REFERENCE_TIME, name: countryName(cc), country: cc,
  });
  const orgRecords = (pick: (r: ReportRecord) => { name: string; sector: string | null; country: string | null }[], name: string) =>
    reports.flatMap((r) => pick(r.record).filter((o) => normaliseOrg(o.name) === normaliseOrg(name) || normaliseOrg(o.name).includes(normaliseOrg(name)) || normaliseOrg(name).includes(normaliseOrg(o.name))));
  const identity = (name: string, role: string, reportIds: string[], pick: (r: ReportRecord) => { name: string; sector: string | null; country: string | null }[]) => {
    const seen = orgRecords(pick, name);
    // A victim without a sector of its own takes the incident's: the text says the sector of the hit organisation.
    const own = seen.map((o) => o.sector).filter((s): s is string => !!s);
    const fromIncident = role === "victim" && !own.length ? m.sectors.map((s) => s.value) : [];
    const sectors = [...new Set([...own, ...fromIncident].map((s) => STIX_SECTORS[s as Sector]).filter((s): s is string => !!s))];
    const countries = [...new Set(seen.map((o) => o.country).filter((c): c is string => !!c))];
    const id = put({
      type: "identity", id: sid("identity", `org:${normaliseOrg(name)}`), ...common, name, identity_class: "organization",
      ...(sectors.length ? { sectors } : {}), roles: [role],
    });
    for (const cc of countries) cite(rel(id, "located-at", locationOf(cc)), reportIds);
    return cite(id, reportIds);
  };

  for (const v of m.victims) cite(rel(incidentId, "targets", identity(v.value, "victim", v.reports, (r) => r.victims)), v.reports);
  for (const v of m.impersonated) cite(rel(incidentId, "related-to", identity(v.value, "impersonated brand", v.reports, (r) => r.impersonated), `${v.value} was impersonated`), v.reports);
  for (const v of m.thirdParties) cite(rel(incidentId, "related-to", identity(v.value, "third party", v.reports, (r) => r.thirdParties), `${v.value} is a third party (supplier or provider) in this incident`), v.reports);
  const victimIds = m.victims.map((v) => sid("identity", `org:${normaliseOrg(v.value)}`));
  for (const c of m.countries) cite(rel(incidentId, "located-at", locationOf(c.value)), c.reports);

  const patterns = m.mappings.attack.filter((t) => ATTACK_TECHNIQUE_NAMES[t]).map((t) => put({
    type: "attack-pattern", id: sid("attack-pattern", t), ...common, created: REFERENCE_TIME, modified: REFERENCE_TIME,
    name: ATTACK_TECHNIQUE_NAMES[t], external_references: [{ source_name: "mitre-attack", external_id: t, url: `https://attack.mitre.org/techniques/${t}/` }],
  }));
  for (const p of patterns) { rel(incidentId, "uses", p); for (const r of reports) byReport.get(r.id)!.add(p); }

  for (const r of reports) {
    for (const a of r.record.actors) {
      if (!a.name) continue;
      const known = KNOWN_ACTORS.find((k) => k.name === a.name);
      const actorId = put({
        type: "threat-actor", id: sid("threat-actor", a.name.toLowerCase()), ...common, name: a.name,
        ...(a.motive && ACTOR_TYPES[a.motive] ? { threat_actor_types: ACTOR_TYPES[a.motive] } : {}),
        ...(a.motive && MOTIVATION[a.motive] ? { primary_motivation: MOTIVATION[a.motive] } : {}),
      });
      cite(actorId, [r.id]);
      cite(rel(incidentId, "attributed-to", actorId), [r.id]);
      for (const v of victimIds) cite(rel(actorId, "targets", v), [r.id]);
      if (a.country) cite(rel(actorId, "located-at", locationOf(a.country)), [r.id]);
      for (const p of patterns) cite(rel(actorId, "uses", p), [r.id]);
      if (known?.malware) {
        const malwareId = put({ type: "malware", id: sid("malware", a.name.toLowerCase()), ...common, name: a.name, is_family: true, malware_types: [known.malware] });
        cite(malwareId, [r.id]);
        cite(rel(actorId, "uses", malwareId), [r.id]);
        cite(rel(incidentId, "uses", malwareId), [r.id]);
      }
    }
  }

  for (const i of m.indicators) {
    if (i.type === "cve" && !i.partial) {
      const vulnId = put({ type: "vulnerability", id: sid("vulnerability", i.value.toUpperCase()), ...common, name: i.value.toUpperCase(),
        external_references: [{ source_name: "cve", external_id: i.value.toUpperCase() }] });
      cite(rel(incidentId, "related-to", vulnId, "a vulnerability named in the reports"), i.reports);
      cite(vulnId, i.reports);
      continue;
    }
    const pattern = isDetectable(i) ? PATTERNS[i.type as Indicator["type"]]?.(i.value) : undefined;
    if (!pattern) continue;
    const published = reports.filter((r) => i.reports.includes(r.id)).map((r) => day(r.published)).filter((d): d is string => !!d).sort()[0];
    const indicatorId = put({
      type: "indicator", id: sid("indicator", `${i.type}|${i.value.toLowerCase()}`), ...common,
      name: `${i.type} ${i.value}`, indicator_types: ["malicious-activity"], pattern, pattern_type: "stix", pattern_version: "2.1",
      valid_from: published ?? created,
    });
    cite(indicatorId, i.reports);
    cite(rel(indicatorId, "indicates", incidentId), i.reports);
  }

  for (const r of reports) {
    const url = webUrl(r.uri);
    put({
      type: "report", id: sid("report", r.id), ...common,
      name: r.title ?? r.record.source.title ?? r.uri,
      report_types: ["threat-report"],
      published: day(r.published) ?? created,
      lang: r.lang,
      object_refs: [...byReport.get(r.id)!],
      external_references: [url ? { source_name: "source", url } : { source_name: "source", description: r.uri }],
      x_incidex_report_id: r.id,
    });
  }
  return [...out.values()];
}

function summarise(detail: IncidentDetail): string {
  const m = detail.incident;
  const parts = [
    m.types.length ? `${m.types.map((t) => t.value.replace(/_/g, " ")).join(", ")}.` : null,
    m.victims.length ? `Victim: ${m.victims.map((v) => v.value).join("; ")}.` : null,
    m.thirdParties.length ? `Third parties: ${m.thirdParties.map((v) => v.value).join("; ")}.` : null,
    m.impersonated.length ? `Impersonated: ${m.impersonated.map((v) => v.value).join("; ")}.` : null,
    m.affected ? `${m.affected.approximate ? "About " : ""}${m.affected.count} ${m.affected.unit} affected.` : null,
    m.data.compromised.length ? `Data compromised: ${m.data.compromised.map((d) => d.value.replace(/_/g, " ")).join(", ")}.` : null,
    m.data.notCompromised.length ? `Not compromised: ${m.data.notCompromised.map((d) => d.value.replace(/_/g, " ")).join(", ")}.` : null,
    `Reported by ${detail.reports.length} source${detail.reports.length === 1 ? "" : "s"} in ${m.langs.join(", ")}.`,
  ];
  return parts.filter(Boolean).join(" ");
}

/** A bundle streamed as JSON text: objects are written as incidents arrive, each id once. */
export async function* stixBundle(details: AsyncIterable<IncidentDetail>, bundleName: string): AsyncGenerator<string> {
  yield `{"type":"bundle","id":"bundle--${uuidv5(`bundle|${bundleName}`)}","objects":[\n`;
  const seen = new Set<string>();
  let first = true;
  const emit = (o: StixObject) => {
    if (seen.has(o.id)) return null;
    seen.add(o.id);
    const text = `${first ? "" : ",\n"}${JSON.stringify(o)}`;
    first = false;
    return text;
  };
  yield emit(TLP_WHITE)! + emit(PRODUCER)!;
  for await (const d of details) {
    const chunk = incidentToStix(d).map(emit).filter((t): t is string => t !== null).join("");
    if (chunk) yield chunk;
  }
  yield "\n]}\n";
}
