// Incidents → VERIS 1.4 records: actor, action, asset, attribute (confidentiality with data
// varieties from our data categories), timeline, victim with country and NAICS industry,
// discovery and references. Unknowns are said as VERIS says them ("Unknown"), never guessed.
import type { IncidentType, Sector } from "../model/vocab.ts";
import type { IncidentDetail } from "../store/store.ts";
import { uuidv5 } from "./ids.ts";
import { jsonSequence } from "./json-stream.ts";
import { NAICS, VERIS_ACTIONS, VERIS_DATA } from "./vocab-maps.ts";

const MOTIVE: Record<string, string> = { financial: "Financial", espionage: "Espionage", ideology: "Ideology", grudge: "Grudge" };

const ASSETS: Record<string, string> = {
  phishing: "P - End-user or employee", scam: "P - End-user or employee", ddos: "S - Web application", defacement: "S - Web application",
  data_breach: "S - Database", ransomware: "S - File", account_compromise: "S - Authentication", vulnerability_exploitation: "S - Web application",
};

const DATA_VICTIM: Partial<Record<string, string>> = { people: "Customer", customers: "Customer", accounts: "Customer", records: "Unknown", organisations: "Partner" };

const uniq = <T>(xs: T[]) => [...new Set(xs)];

export function incidentToVeris(d: IncidentDetail): Record<string, unknown> {
  const m = d.incident;
  const types = m.types.map((t) => t.value);
  const records = d.reports.map((r) => r.record);

  const actor: Record<string, unknown> = {};
  const actors = records.flatMap((r) => r.actors);
  const external = actors.filter((a) => a.kind === "external");
  if (external.length) {
    const named = uniq(external.map((a) => a.name).filter((n): n is string => !!n));
    const motives = uniq(external.map((a) => (a.motive ? MOTIVE[a.motive] : null)).filter((x): x is string => !!x));
    const variety = external.some((a) => a.motive === "espionage" && a.country) ? ["Nation-state"] : external.some((a) => a.motive === "financial" && a.name) ? ["Organized crime"] : ["Unknown"];
    const countries = uniq(external.map((a) => a.country).filter((c): c is string => !!c));
    actor.external = {
      variety, motive: motives.length ? motives : ["Unknown"], country: countries.length ? countries : ["Unknown"],
      ...(named.length ? { notes: `Named in the reports: ${named.join(", ")}` } : {}),
    };
  }
  const internal = actors.filter((a) => a.kind === "internal");
  if (internal.length) {
    const motives = uniq(internal.map((a) => (a.motive ? MOTIVE[a.motive] : null)).filter((x): x is string => !!x));
    actor.internal = { variety: ["Unknown"], motive: motives.length ? motives : ["Unknown"] };
  }
  if (actors.some((a) => a.kind === "partner")) actor.partner = { motive: ["Unknown"], country: ["Unknown"] };
  if (!Object.keys(actor).length) actor.unknown = { notes: "The reports do not say who acted." };

  const action: Record<string, { variety: string[]; vector: string[] }> = {};
  for (const t of types) {
    const a = VERIS_ACTIONS[t as IncidentType];
    if (!a) continue;
    const [category, variety, vector] = a;
    const entry = (action[category] ??= { variety: [], vector: [] });
    if (!entry.variety.includes(variety)) entry.variety.push(variety);
    if (!entry.vector.includes(vector)) entry.vector.push(vector);
  }
  if (action.social && types.includes("phishing") && records.some((r) => /sms|smishing/i.test(r.text))) action.social.vector = uniq([...action.social.vector.filter((v) => v !== "Email"), "SMS", ...action.social.vector]);
  for (const entry of Object.values(action)) if (entry.vector.length > 1) entry.vector = entry.vector.filter((v) => v !== "Unknown");
  if (action.social) (action.social as Record<string, unknown>).target = ["Customer"];
  const actionOut: Record<string, unknown> = Object.keys(action).length ? action : { unknown: { notes: "The reports do not say what was done." } };

  const assets = uniq(types.map((t) => ASSETS[t]).filter((a): a is string => !!a));

  const attribute: Record<string, unknown> = {};
  const compromised = m.data.compromised.map((c) => c.value);
  const breached = types.includes("data_breach") || compromised.length > 0;
  if (breached || m.data.notCompromised.length) {
    const data = uniq(compromised.map((c) => VERIS_DATA[c as keyof typeof VERIS_DATA] ?? "Unknown")).map((variety) => ({ variety }));
    attribute.confidentiality = {
      data_disclosure: compromised.length ? "Yes" : breached ? "Potentially" : "Unknown",
      ...(data.length ? { data } : {}),
      ...(m.affected && (m.affected.unit === "records" || m.affected.unit === "people" || m.affected.unit === "customers") ? { data_total: m.affected.count } : {}),
      ...(m.affected && DATA_VICTIM[m.affected.unit] ? { data_victim: [DATA_VICTIM[m.affected.unit]] } : {}),
      ...(m.data.notCompromised.length ? { notes: `Explicitly not compromised: ${m.data.notCompromised.map((c) => c.value.replace(/_/g, " ")).join(", ")}.` } : {}),
    };
  }
  if (types.includes("ransomware")) attribute.availability = { variety: ["Obscuration"] };
  else if (types.includes("ddos")) attribute.availability = { variety: ["Interruption"] };
  if (types.includes("ransomware")) attribute.integrity = { variety: ["Software installation"] };
  else if (types.includes("defacement")) attribute.integrity = { variety: ["Defacement"] };
  else if (types.includes("phishing") || types.includes("scam")) attribute.integrity = { variety: ["Alter behavior"] };

  const when = m.dates.occurred?.value ?? m.dates.discovered?.value ?? m.firstDate ?? m.dates.disclosed?.value ?? m.dates.published?.value ?? d.createdAt.slice(0, 10);
  const [year, month, dayOfMonth] = when.split("-").map(Number) as [number, number?, number?];
  const timeline: Record<string, unknown> = { incident: { year, ...(month ? { month } : {}), ...(dayOfMonth ? { day: dayOfMonth } : {}) } };
  const occurred = m.dates.occurred?.value, discovered = m.dates.discovered?.value;
  if (occurred && discovered && /^\d{4}-\d{2}-\d{2}$/.test(occurred) && /^\d{4}-\d{2}-\d{2}$/.test(discovered)) {
    const days = Math.round((Date.parse(discovered) - Date.parse(occurred)) / 86_400_000);
    if (days >= 0) timeline.discovery = { unit: "Days", value: days };
  }

  const victimSector = (records.flatMap((r) => r.victims.map((v) => v.sector)).find((s): s is Sector => !!s)) ?? (m.sectors[0]?.value as Sector | undefined);
  const industry = victimSector ? NAICS[victimSector] : "000";
  const countries = uniq(records.flatMap((r) => r.victims.map((v) => v.country)).filter((c): c is string => !!c));
  const victim = {
    ...(m.victims[0] ? { victim_id: m.victims[0].value } : {}),
    country: countries.length ? countries : m.countries.length ? m.countries.map((c) => c.value) : ["Unknown"],
    employee_count: "Unknown",
    industry,
    government: industry.startsWith("92") ? ["Unknown"] : ["NA"],
  };

  const references = d.reports.map((r) => r.uri).filter((u) => /^https?:\/\//i.test(u));
  return {
    schema_version: "1.4.0",
    incident_id: uuidv5(`veris|${m.id}`).toUpperCase(),
    source_id: "incidex",
    security_incident: m.isIncident ? "Confirmed" : "Suspected",
    confidence: d.reports.length > 1 ? "Medium" : "Low",
    summary: m.title,
    ...(references.length ? { reference: references.join("; ") } : {}),
    timeline,
    victim,
    actor,
    action: actionOut,
    asset: { assets: (assets.length ? assets : ["Unknown"]).map((variety) => ({ variety })), cloud: ["Unknown"] },
    ...(Object.keys(attribute).length ? { attribute } : {}),
    discovery_method: { unknown: true },
    plus: { master_id: uuidv5(`veris-master|${m.id}`) },
  };
}

/** VERIS records as one JSON array, streamed. */
export function verisRecords(details: AsyncIterable<IncidentDetail>): AsyncGenerator<string> {
  return jsonSequence(details, incidentToVeris, "[\n", "\n]\n");
}
