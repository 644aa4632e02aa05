// The export formats: one table, used by `incidex export` and GET /api/export alike.
import { AppError } from "../errors/app-error.ts";
import type { IncidentDetail, IncidentFilters, Store } from "../store/store.ts";
import { csvRows, jsonlRecords } from "./csv.ts";
import { mispEvents } from "./misp.ts";
import { stixBundle } from "./stix.ts";
import { verisRecords } from "./veris.ts";

export interface ExportOptions { bom?: boolean }

export const EXPORT_FORMATS = {
  stix: { contentType: "application/stix+json;version=2.1", extension: "json", write: (d: AsyncIterable<IncidentDetail>, name: string) => stixBundle(d, name) },
  misp: { contentType: "application/json", extension: "json", write: (d: AsyncIterable<IncidentDetail>) => mispEvents(d) },
  veris: { contentType: "application/json", extension: "json", write: (d: AsyncIterable<IncidentDetail>) => verisRecords(d) },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", write: (d: AsyncIterable<IncidentDetail>, _n: string, o: ExportOptions) => csvRows(d, o) },
  jsonl: { contentType: "application/x-ndjson", extension: "jsonl", write: (d: AsyncIterable<IncidentDetail>) => jsonlRecords(d) },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function exportFormat(name: string | undefined): ExportFormat {
  if (name && name in EXPORT_FORMATS) return name as ExportFormat;
  throw new AppError("BAD_ARGUMENT", `--format must be one of ${FORMAT_NAMES.join(", ")}${name ? `, not "${name}"` : ""}`);
}

/** The selected incidents in the format, as text chunks to stream. */
export function exportIncidents(store: Store, format: ExportFormat, filters: IncidentFilters, options: ExportOptions = {}): AsyncGenerator<string> {
  const name = JSON.stringify(Object.entries(filters).filter(([, v]) => v !== undefined).sort());
  return EXPORT_FORMATS[format].write(store.eachIncident(filters), name, options);
}
