// The API's request and response schemas: they validate requests and generate /openapi.json,
// so the documentation cannot drift from what the server accepts.
import { z } from "@hono/zod-openapi";
import { FORMAT_NAMES, type ExportFormat } from "../export/formats.ts";
import { INCIDENT_TYPES, SECTORS } from "../model/vocab.ts";
import { PARTIAL_ISO_DATE } from "../text/iso-date.ts";

const isoDate = z.string().regex(PARTIAL_ISO_DATE, "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD");
const langCode = z.string().regex(/^[a-z]{2,3}$/, "an ISO 639-1 language code such as da or de");

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().openapi({ example: "NOT_FOUND" }),
    message: z.string().openapi({ example: "no incident i_0123456789abcdef" }),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
}).openapi("Error");

export const IncidentFilterQuery = z.object({
  q: z.string().max(500).optional().openapi({ description: "Full-text query (stemmed in every language) over the incidents' reports." }),
  type: z.enum(INCIDENT_TYPES).optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, "an ISO 3166-1 alpha-2 code").optional(),
  lang: langCode.optional(),
  sector: z.enum(SECTORS).optional(),
  victim: z.string().max(300).optional().openapi({ description: "Victim organisation, matched loosely (case, accents, legal forms, trigrams)." }),
  since: isoDate.optional(),
  until: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(200).optional().openapi({ description: "The nextCursor of the previous page." }),
});

export const SearchQuery = IncidentFilterQuery.omit({ cursor: true }).extend({
  q: z.string().min(1).max(500).openapi({ description: "Full-text query; also matched against organisation names." }),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const IncidentSummary = z.object({
  id: z.string(), title: z.string(),
  types: z.array(z.string()), countries: z.array(z.string()), sectors: z.array(z.string()),
  victims: z.array(z.string()), langs: z.array(z.string()),
  firstDate: z.string().nullable(), lastDate: z.string().nullable(),
  reportCount: z.number().int(), rank: z.number().optional(),
}).openapi("IncidentSummary");

export const IncidentPage = z.object({ items: z.array(IncidentSummary), nextCursor: z.string().nullable() }).openapi("IncidentPage");

// Records are described by the report-format contract; the API passes them through whole.
const ReportRecordSchema = z.record(z.string(), z.unknown()).openapi("ReportRecord", {
  description: "A report record in the shape of the report-format contract; every finding carries evidence spans into `text`.",
});
const MergedIncidentSchema = z.record(z.string(), z.unknown()).openapi("MergedIncident", {
  description: "The incident's merged fields; each value lists the reports it came from.",
});

export const StoredReport = z.object({
  id: z.string(), uri: z.string(), lang: z.string(), title: z.string().nullable(), published: z.string().nullable(),
  version: z.number().int(), incidentId: z.string().nullable(), pinned: z.boolean(),
  reason: z.record(z.string(), z.unknown()).nullable().openapi({ description: "Why the report is in its incident: the rule and the shared keys." }),
  record: ReportRecordSchema,
  source: z.record(z.string(), z.unknown()),
}).openapi("StoredReport");

export const IncidentDetail = z.object({ incident: MergedIncidentSchema, reports: z.array(StoredReport) }).openapi("IncidentDetail");

export const IdParam = z.object({ id: z.string().regex(/^[ir]_[0-9a-f]{16}$/, "an incident (i_…) or report (r_…) id") });

const documentFields = {
  text: z.string().max(10_000_000).optional().openapi({ description: "The document's plain text." }),
  html: z.string().max(10_000_000).optional().openapi({ description: "The document as HTML; the article text is extracted." }),
  url: z.string().url().max(2000).optional().openapi({ description: "The document's URL; fetched when neither text nor html is given." }),
  title: z.string().max(1000).optional(),
  published: isoDate.optional(),
  lang: langCode.optional().openapi({ description: "Language of the text; detected when absent." }),
};

const needsContent = (b: { text?: string; html?: string; url?: string }) => !!(b.text?.trim() || b.html?.trim() || b.url);
const contentMessage = { message: "give text, html or a url" };

export const ExtractBody = z.object(documentFields).refine(needsContent, contentMessage).openapi("ExtractRequest");
export const ReportBody = z.object({
  ...documentFields,
  id: z.string().max(200).optional().openapi({ description: "Your id for the document, used as its identity when it has no URL." }),
}).refine(needsContent, contentMessage).openapi("IngestRequest");

export const IngestResult = z.object({
  reports: z.array(z.object({
    uri: z.string(),
    status: z.enum(["new", "updated", "unchanged", "failed"]),
    reportId: z.string().nullable(),
    incidentId: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })),
}).openapi("IngestResult");

export const MergeBody = z.object({ others: z.array(z.string().regex(/^i_[0-9a-f]{16}$/)).min(1) }).openapi("MergeRequest");
export const SplitBody = z.object({ reports: z.array(z.string().regex(/^r_[0-9a-f]{16}$/)).min(1) }).openapi("SplitRequest");

const Facet = z.object({ key: z.string(), count: z.number().int() });
export const StatsBody = z.object({
  totals: z.object({ incidents: z.number().int(), reports: z.number().int() }),
  types: z.array(Facet), countries: z.array(Facet), sectors: z.array(Facet), languages: z.array(Facet),
  months: z.array(Facet).openapi({ description: "Incidents by the month of their first date, oldest first." }),
}).openapi("Stats");

export const Health = z.object({ status: z.literal("ok"), backend: z.string(), version: z.string() }).openapi("Health");

export const ExportQuery = IncidentFilterQuery.omit({ cursor: true, limit: true }).extend({
  id: z.string().regex(/^i_[0-9a-f]{16}(,i_[0-9a-f]{16})*$/, "incident ids (i_…), separated by commas").optional()
    .openapi({ description: "Only these incidents, e.g. the one an analyst is looking at." }),
  format: z.enum(FORMAT_NAMES as [ExportFormat, ...ExportFormat[]]).openapi({ description: "stix: a STIX 2.1 bundle; misp: MISP events; veris: VERIS 1.4 records; csv: one row per incident; jsonl: the report records." }),
  bom: z.enum(["true", "false", "1", "0"]).optional().openapi({ description: "CSV only: start with a UTF-8 byte-order mark, for Excel." }),
});

export const WatchBody = z.object({
  name: z.string().min(3).max(300).openapi({ description: "The organisation's name; matched loosely (case, accents, legal forms)." }),
  roles: z.array(z.enum(["victim", "third_party", "impersonated"])).min(1).optional().openapi({ description: "Which roles raise an alert; all three when absent." }),
}).openapi("WatchRequest");

export const WatchSchema = z.object({ id: z.number().int(), name: z.string(), norm: z.string(), roles: z.array(z.string()), createdAt: z.string() }).openapi("Watch");

export const AlertSchema = z.object({
  id: z.number().int(), watch: z.string(), incidentId: z.string(), incidentTitle: z.string().nullable(), reportId: z.string(),
  role: z.string(), orgName: z.string(), existing: z.boolean(), createdAt: z.string(), deliveredAt: z.string().nullable(),
  attempts: z.number().int(), lastError: z.string().nullable(),
}).openapi("Alert");

export const AlertQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().regex(/^\d+$/).optional().openapi({ description: "The nextCursor of the previous page." }),
});
