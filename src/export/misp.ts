// Incidents → MISP events (MISP core format): attributes with category/type pairs MISP accepts,
// to_ids only for complete malicious indicators, a `report` object per source document, and
// tags from the tlp, rsit, veris and gdpr taxonomies.
import type { IncidentDetail } from "../store/store.ts";
import { uuidv5 } from "./ids.ts";
import { jsonSequence } from "./json-stream.ts";
import { isDetectable } from "./stix.ts";

type Attribute = {
  uuid: string; type: string; category: string; value: string; to_ids: boolean; comment: string;
  timestamp: string; distribution: string; sharing_group_id: string; deleted: boolean; disable_correlation: boolean;
  object_relation?: string;
};

/** The MISP `report` object template (misp-objects, objects/report). */
const REPORT_TEMPLATE = { uuid: "70a68471-df22-4e3f-aa1a-5a3be19f82df", version: "8" };

const ORGC = { id: "0", name: "Incidex", uuid: uuidv5("misp-org|incidex") };

/** [category, type] for each indicator type and role; each pair is valid in MISP's category/type matrix. */
function categoryType(type: string, role: string): [string, string] | null {
  const benign = role !== "malicious";
  switch (type) {
    case "ipv4": case "ipv6": return ["Network activity", "ip-dst"];
    case "domain": return benign ? ["External analysis", "domain"] : ["Network activity", "domain"];
    case "url": return benign ? ["External analysis", "link"] : ["Network activity", "url"];
    case "email": return role === "malicious" || role === "spoofed_sender" ? ["Payload delivery", "email-src"] : ["Network activity", "email"];
    case "sha256": case "sha1": case "md5": return ["Payload delivery", type];
    case "cve": return ["External analysis", "vulnerability"];
    case "phone": return benign ? ["Other", "phone-number"] : ["Financial fraud", "phone-number"];
    case "btc": return ["Financial fraud", "btc"];
    default: return null;
  }
}

const ROLE_COMMENT: Record<string, string> = {
  malicious: "malicious, as reported", spoofed_sender: "spoofed sender address: the brand's own, not the attacker's",
  contact: "contact address given to the public (not malicious)", reference: "reference given in the report", unknown: "role unknown",
};

const tag = (name: string) => ({ name, colour: tagColour(name), exportable: true });

function tagColour(name: string): string {
  if (name.startsWith("tlp:")) return "#ffffff";
  if (name.startsWith("rsit:")) return "#1d5fd0";
  if (name.startsWith("veris:")) return "#16623a";
  return "#8a5a00";
}

/** `veris:action:malware:variety="Ransomware"` from our VERIS path `action.malware.variety.Ransomware`. */
export function verisTag(path: string): string | null {
  const parts = path.split(".");
  if (parts.length < 3) return null;
  const value = parts.pop()!;
  return `veris:${parts.join(":")}="${value}"`;
}

export function rsitTag(cls: string): string | null {
  const [predicate, value] = cls.split(":");
  return predicate && value ? `rsit:${predicate}="${value}"` : null;
}

const GDPR_SPECIAL: Record<string, string> = { health: "health", biometric: "biometric-data" };

function threatLevel(d: IncidentDetail): string {
  const m = d.incident;
  if (!m.isIncident) return "4";
  const types = new Set(m.types.map((t) => t.value));
  const big = (m.affected?.count ?? 0) >= 10_000;
  if (types.has("ransomware") || types.has("supply_chain") || types.has("espionage") || big) return "1";
  if (types.has("data_breach") || types.has("account_compromise") || types.has("malware") || types.has("vulnerability_exploitation") || types.has("insider")) return "2";
  return "3";
}

const unix = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

export function incidentToMisp(d: IncidentDetail): { Event: Record<string, unknown> } {
  const m = d.incident;
  const eventUuid = uuidv5(`misp-event|${m.id}`);
  const ts = unix(d.updatedAt);
  const attr = (key: string, category: string, type: string, value: string, to_ids: boolean, comment: string, relation?: string): Attribute => ({
    uuid: uuidv5(`misp-attribute|${m.id}|${key}|${type}|${value}`), type, category, value, to_ids, comment, timestamp: ts,
    distribution: "5", sharing_group_id: "0", deleted: false, disable_correlation: !to_ids && category === "Targeting data",
    ...(relation ? { object_relation: relation } : {}),
  });
  const attributes: Attribute[] = [];
  for (const i of m.indicators) {
    if (i.partial) {
      attributes.push(attr("indicator", "Other", "text", i.value, false, `redacted ${i.type} as printed in the report (${ROLE_COMMENT[i.role] ?? i.role}); not a usable indicator`));
      continue;
    }
    const ct = categoryType(i.type, i.role);
    if (!ct) continue;
    attributes.push(attr("indicator", ct[0], ct[1], i.value, isDetectable(i), ROLE_COMMENT[i.role] ?? i.role));
  }
  for (const v of m.victims) attributes.push(attr("victim", "Targeting data", "target-org", v.value, false, "victim"));
  for (const v of m.impersonated) attributes.push(attr("impersonated", "Targeting data", "target-org", v.value, false, "impersonated brand, not the attacker"));
  for (const v of m.thirdParties) attributes.push(attr("third-party", "Targeting data", "target-org", v.value, false, "third party (supplier or provider) in the incident"));
  for (const c of m.countries) attributes.push(attr("country", "Targeting data", "target-location", c.value, false, "country of the victim"));
  for (const a of m.actors) if (!/^(external|internal|partner|unknown)\b/.test(a.value)) attributes.push(attr("actor", "Attribution", "threat-actor", a.value, false, "named in the reports"));

  const objects = d.reports.map((r) => {
    const objectUuid = uuidv5(`misp-object|${m.id}|${r.id}`);
    const inner: Attribute[] = [
      attr(`report:${r.id}:title`, "Other", "text", r.title ?? r.record.source.title ?? r.uri, false, "", "title"),
      attr(`report:${r.id}:type`, "Other", "text", r.source.kind === "eml" ? "Email" : "Online", false, "", "type"),
    ];
    if (/^https?:\/\//i.test(r.uri)) inner.push(attr(`report:${r.id}:link`, "External analysis", "link", r.uri, false, "", "link"));
    const summary = [r.lang ? `Language: ${r.lang}.` : "", r.published ? `Published ${r.published}.` : "", r.reason ? `Grouped by rule ${r.reason.rule}.` : ""].filter(Boolean).join(" ");
    if (summary) inner.push(attr(`report:${r.id}:summary`, "Other", "text", summary, false, "", "summary"));
    return {
      uuid: objectUuid, name: "report", "meta-category": "misc", description: "Report object to describe a report along with its metadata.",
      template_uuid: REPORT_TEMPLATE.uuid, template_version: REPORT_TEMPLATE.version, timestamp: ts, distribution: "5", sharing_group_id: "0",
      comment: `source document ${r.id}`, deleted: false, ObjectReference: [], Attribute: inner,
    };
  });

  const tags = new Set<string>(["tlp:clear"]);
  for (const r of m.mappings.rsit) { const t = rsitTag(r); if (t) tags.add(t); }
  for (const v of m.mappings.veris) { const t = verisTag(v); if (t) tags.add(t); }
  for (const c of m.data.compromised) if (GDPR_SPECIAL[c.value]) tags.add(`gdpr:special-categories="${GDPR_SPECIAL[c.value]}"`);

  const date = m.firstDate ?? d.createdAt.slice(0, 10);
  return {
    Event: {
      uuid: eventUuid,
      info: m.title.replace(/\s+/g, " ").trim().slice(0, 256),
      date,
      threat_level_id: threatLevel(d),
      analysis: d.reports.length > 1 ? "1" : "0",
      published: false,
      timestamp: ts,
      publish_timestamp: "0",
      first_publication: "0",
      distribution: "3",
      sharing_group_id: "0",
      org_id: "0",
      orgc_id: "0",
      attribute_count: String(attributes.length),
      Orgc: ORGC,
      Org: ORGC,
      Attribute: attributes,
      Object: objects,
      Tag: [...tags].map(tag),
    },
  };
}

/** Events as MISP's REST search answers them, `{"response": [{"Event": …}, …]}`, streamed. */
export function mispEvents(details: AsyncIterable<IncidentDetail>): AsyncGenerator<string> {
  return jsonSequence(details, incidentToMisp, '{"response":[\n', "\n]}\n");
}
