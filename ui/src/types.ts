// The API's response shapes as the UI reads them.
export type { ReportRecord } from "../../src/model/record.ts";
export type { MergedIncident, LinkReason, Sourced } from "../../src/group/merge.ts";
export { INCIDENT_TYPES, SECTORS } from "../../src/model/vocab.ts";
import type { ReportRecord } from "../../src/model/record.ts";
import type { LinkReason, MergedIncident } from "../../src/group/merge.ts";

export interface IncidentSummary {
  id: string; title: string; types: string[]; countries: string[]; sectors: string[]; victims: string[]; langs: string[];
  firstDate: string | null; lastDate: string | null; reportCount: number; rank?: number;
}
export interface IncidentPage { items: IncidentSummary[]; nextCursor: string | null }
export interface Facet { key: string; count: number }
export interface Stats {
  totals: { incidents: number; reports: number };
  types: Facet[]; countries: Facet[]; sectors: Facet[]; languages: Facet[]; months: Facet[];
}
export interface StoredReport {
  id: string; uri: string; lang: string; title: string | null; published: string | null; version: number;
  incidentId: string | null; reason: LinkReason | null; pinned: boolean; record: ReportRecord;
  source: { kind: string; title: string | null; author: string | null; published: string | null };
}
export interface IncidentDetail { incident: MergedIncident; reports: StoredReport[] }
