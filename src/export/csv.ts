// Incidents → CSV, one row per incident, for spreadsheets: RFC 4180 quoting, CRLF rows, several
// values in one cell joined by "; ", and cells that a spreadsheet would run as a formula defused.
import type { IncidentDetail } from "../store/store.ts";
import { isDetectable } from "./stix.ts";

export const CSV_COLUMNS = [
  "incident_id", "title", "is_incident", "first_date", "last_date", "types", "victims", "impersonated", "third_parties", "actors",
  "countries", "sectors", "affected_count", "affected_unit", "affected_approximate", "data_compromised", "data_not_compromised",
  "response", "advice", "malicious_indicators", "languages", "report_count", "sources", "attack", "veris", "rsit",
] as const;

/** Quotes a cell when needed; a leading = + - @ (or tab/CR) gets an apostrophe so Excel and LibreOffice show it as text. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const join = (xs: string[]) => xs.join("; ");

export function incidentRow(d: IncidentDetail): string[] {
  const m = d.incident;
  const v = (xs: { value: string }[]) => join(xs.map((x) => x.value));
  return [
    m.id, m.title, m.isIncident ? "yes" : "no", m.firstDate ?? "", m.lastDate ?? "", v(m.types), v(m.victims), v(m.impersonated),
    v(m.thirdParties), v(m.actors), v(m.countries), v(m.sectors), m.affected ? String(m.affected.count) : "", m.affected?.unit ?? "",
    m.affected ? (m.affected.approximate ? "yes" : "no") : "", v(m.data.compromised), v(m.data.notCompromised), v(m.response), v(m.advice),
    join(m.indicators.filter(isDetectable).map((i) => `${i.type}:${i.value}`)), join(m.langs), String(d.reports.length),
    join(d.reports.map((r) => r.uri)), join(m.mappings.attack), join(m.mappings.veris), join(m.mappings.rsit),
  ];
}

export async function* csvRows(details: AsyncIterable<IncidentDetail>, options: { bom?: boolean } = {}): AsyncGenerator<string> {
  yield `${options.bom ? "\uFEFF" : ""}${CSV_COLUMNS.join(",")}\r\n`;
  for await (const d of details) yield `${incidentRow(d).map(csvCell).join(",")}\r\n`;
}

/** The report records, one per line, each with the incident it belongs to. */
export async function* jsonlRecords(details: AsyncIterable<IncidentDetail>): AsyncGenerator<string> {
  for await (const d of details) {
    yield d.reports.map((r) => `${JSON.stringify({ ...r.record, incidentId: d.incident.id, reportId: r.id })}\n`).join("");
  }
}
