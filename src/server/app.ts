// The HTTP API and the web UI in one Hono app. Routes are declared with their schemas, which
// validate requests and generate /openapi.json. Every error is JSON with a stable code.
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { OpenAPIHono, createRoute, z, type RouteConfig } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { AppError } from "../errors/app-error.ts";
import { documentFromFields, loadInputs } from "../ingest/loaders.ts";
import { EXPORT_FORMATS, FORMAT_NAMES, exportIncidents } from "../export/formats.ts";
import type { FetchOptions } from "../ingest/fetch-url.ts";
import type { Extractor } from "../pipeline/extract-pool.ts";
import { prepareDocument } from "../pipeline/ingest.ts";
import type { LoadedDocument, Store } from "../store/store.ts";
import { Metrics } from "./metrics.ts";
import * as S from "./schemas.ts";
import { LOOPBACK } from "./loopback.ts";
import { serveUi } from "./static.ts";
import { taxiiApp } from "./taxii.ts";

export interface AppOptions {
  store: Store;
  extractor: Extractor;
  /** Bearer token for write endpoints; null leaves them open, which is safe only on loopback. */
  token: string | null;
  fetch?: FetchOptions;
  /** Directory of the built web UI; null serves the API alone. */
  uiDir: string | null;
  maxBodyBytes?: number;
  version: string;
  /** Called when alerts may have been raised, so their delivery need not wait for the next tick. */
  onAlerts?: () => void;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
const ANALYZE_EVERY = 500;


type Ctx = Context;

const errorJson = (c: Ctx, status: number, code: string, message: string, issues?: { path: string; message: string }[]) =>
  c.json({ error: { code, message, ...(issues ? { issues } : {}) } }, status as 400);

const errorResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, {
  description: { 400: "Invalid request", 401: "Missing or wrong bearer token", 404: "Not found", 413: "Body too large", 415: "Not JSON", 422: "Unusable document" }[s] ?? "Error",
  content: { "application/json": { schema: S.ErrorBody } },
}]));

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

export function createApp(options: AppOptions): OpenAPIHono {
  const { store, extractor } = options;
  const metrics = new Metrics();
  let writesSinceAnalyze = 0;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((i) => ({ path: i.path.join(".") || "(body)", message: i.message }));
      return errorJson(c, 400, "BAD_REQUEST", `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
    },
  });

  app.use("*", async (c, next) => {
    const started = performance.now();
    // Without a token the server trusts whoever reaches it, so it answers only to loopback
    // host names (the request URL carries the Host the client sent): a page elsewhere cannot
    // rebind a DNS name onto it.
    if (!options.token && !LOOPBACK.has(new URL(c.req.url).hostname)) {
      return errorJson(c, 403, "FORBIDDEN_HOST", "this server has no INCIDEX_TOKEN and answers only to localhost");
    }
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    const route = c.req.routePath && c.req.routePath !== "/*" && c.req.routePath !== "*" ? c.req.routePath : c.req.path.startsWith("/api/") ? "unmatched" : "ui";
    metrics.record(c.req.method, route, c.res.status, (performance.now() - started) / 1000);
  });

  const requireToken: MiddlewareHandler = async (c, next) => {
    if (options.token) {
      const given = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim() ?? "";
      if (!sameSecret(given, options.token)) {
        c.header("WWW-Authenticate", 'Bearer realm="incidex"');
        return errorJson(c, 401, "UNAUTHORIZED", "this endpoint needs Authorization: Bearer <INCIDEX_TOKEN>");
      }
    }
    await next();
  };
  const limitBody = bodyLimit({
    maxSize: maxBody,
    onError: (c) => errorJson(c, 413, "PAYLOAD_TOO_LARGE", `the request body is larger than ${maxBody} bytes`),
  });

  const route = <R extends RouteConfig>(r: R) => createRoute(r);
  const bearer = [{ bearer: [] as string[] }];

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "The server's INCIDEX_TOKEN." });

  app.openapi(route({
    method: "get", path: "/healthz", summary: "Liveness and database reachability",
    responses: { 200: json(S.Health, "The server and its store answer"), ...errorResponses(503) },
  }), async (c) => {
    await store.sql.query("select 1");
    return c.json({ status: "ok" as const, backend: store.backend, version: options.version }, 200);
  });

  app.get("/metrics", async (c) => {
    const stats = await store.counts();
    const body = metrics.render([
      { name: "incidex_incidents", help: "Incidents in the store.", value: stats.incidents },
      { name: "incidex_reports", help: "Reports in the store.", value: stats.reports },
    ]);
    return c.body(body, 200, { "Content-Type": "text/plain; version=0.0.4; charset=utf-8" });
  });

  app.openapi(route({
    method: "get", path: "/api/incidents", summary: "Incidents, newest first, filtered, with cursor pagination",
    request: { query: S.IncidentFilterQuery },
    responses: { 200: json(S.IncidentPage, "One page of incidents"), ...errorResponses(400) },
  }), async (c) => c.json(await store.listIncidents(c.req.valid("query")), 200));

  app.openapi(route({
    method: "get", path: "/api/incidents/{id}", summary: "One incident: its merged record and its reports",
    request: { params: S.IdParam },
    responses: { 200: json(S.IncidentDetail, "The incident"), ...errorResponses(400, 404) },
  }), async (c) => {
    const { id } = c.req.valid("param");
    const found = await store.getIncident(id);
    if (!found) throw new AppError("NOT_FOUND", `no incident ${id}`, 404);
    return c.json(found as never, 200);
  });

  app.openapi(route({
    method: "get", path: "/api/reports/{id}", summary: "One report: its record with text and evidence, and why it is in its incident",
    request: { params: S.IdParam },
    responses: { 200: json(S.StoredReport, "The report"), ...errorResponses(400, 404) },
  }), async (c) => {
    const { id } = c.req.valid("param");
    const found = await store.getReport(id);
    if (!found) throw new AppError("NOT_FOUND", `no report ${id}`, 404);
    return c.json(found as never, 200);
  });

  app.openapi(route({
    method: "get", path: "/api/search", summary: "Incidents ranked by relevance to a query",
    request: { query: S.SearchQuery },
    responses: { 200: json(z.object({ items: z.array(S.IncidentSummary) }), "Matching incidents, best first"), ...errorResponses(400) },
  }), async (c) => c.json({ items: await store.search(c.req.valid("query")) }, 200));

  app.openapi(route({
    method: "get", path: "/api/stats", summary: "Counts by type, country, sector, language and month",
    responses: { 200: json(S.StatsBody, "Counts over all incidents") },
  }), async (c) => c.json(await store.stats(), 200));

  app.use("/api/extract", limitBody);
  app.openapi(route({
    method: "post", path: "/api/extract", summary: "Extract a report record from a text, HTML or URL; nothing is stored",
    request: { body: { content: { "application/json": { schema: S.ExtractBody } }, required: true } },
    responses: { 200: json(z.object({ record: z.record(z.string(), z.unknown()) }), "The report record"), ...errorResponses(400, 413, 415, 422) },
  }), async (c) => {
    const docs = await documentsFrom(c.req.valid("json"), options.fetch);
    if (docs.length !== 1) throw new AppError("BAD_ARGUMENT", `the URL is a feed of ${docs.length} items; POST it to /api/reports to ingest them`, 422);
    const doc = docs[0]!;
    const record = await extractor.extract({ text: doc.text, uri: doc.uri.startsWith("api:") ? null : doc.uri, title: doc.title, lang: doc.lang, published: doc.published });
    return c.json({ record } as never, 200);
  });

  app.use("/api/reports", requireToken, limitBody);
  app.openapi(route({
    method: "post", path: "/api/reports", summary: "Ingest one document (or every item of a feed URL): extract, store and group it",
    security: bearer,
    request: { body: { content: { "application/json": { schema: S.ReportBody } }, required: true } },
    responses: {
      200: json(S.IngestResult, "Nothing new: the document is stored unchanged"),
      201: json(S.IngestResult, "Stored: new or updated"),
      ...errorResponses(400, 401, 413, 415, 422),
    },
  }), async (c) => {
    const docs = await documentsFrom(c.req.valid("json"), options.fetch);
    const runId = `api:${randomUUID()}`;
    const items = [];
    for (const doc of docs) items.push(await prepareDocument(store, extractor, doc));
    const reports = (await store.commitBatch(runId, items)).map((o) => {
      metrics.ingested.inc({ status: o.status });
      return o.status === "failed"
        ? { uri: o.uri, status: o.status, reportId: null, incidentId: null, error: { code: o.code, message: o.reason } }
        : { uri: o.uri, status: o.status, reportId: o.reportId, incidentId: o.incidentId };
    });
    const changed = reports.some((r) => r.status === "new" || r.status === "updated");
    if (changed) options.onAlerts?.();
    writesSinceAnalyze += reports.filter((r) => r.status === "new" || r.status === "updated").length;
    // Planner statistics follow the data as it grows through the API, as batch ingest refreshes them.
    if (writesSinceAnalyze >= ANALYZE_EVERY) { writesSinceAnalyze = 0; void store.analyze().catch(() => {}); }
    return c.json({ reports }, changed ? 201 : 200);
  });

  app.openapi(route({
    method: "get", path: "/api/alerts", summary: "Alerts raised for watched organisations, newest first, with their delivery state",
    request: { query: S.AlertQuery },
    responses: { 200: json(z.object({ items: z.array(S.AlertSchema), nextCursor: z.string().nullable() }), "One page of alerts"), ...errorResponses(400) },
  }), async (c) => {
    const q = c.req.valid("query");
    return c.json(await store.listAlerts({ limit: q.limit, before: q.cursor ? Number(q.cursor) : undefined }), 200);
  });

  app.openapi(route({
    method: "get", path: "/api/watchlist", summary: "The watched organisations",
    responses: { 200: json(z.object({ items: z.array(S.WatchSchema) }), "Every watched name") },
  }), async (c) => c.json({ items: await store.listWatches() }, 200));

  app.use("/api/watchlist", async (c, next) => (c.req.method === "GET" ? next() : requireToken(c, next)));
  app.openapi(route({
    method: "post", path: "/api/watchlist", summary: "Watch an organisation; incidents already stored that name it raise alerts at once",
    security: bearer,
    request: { body: { content: { "application/json": { schema: S.WatchBody } }, required: true } },
    responses: { 201: json(z.object({ watch: S.WatchSchema, existingAlerts: z.number().int() }), "Watched"), ...errorResponses(400, 401) },
  }), async (c) => {
    const body = c.req.valid("json");
    const out = await store.addWatch(body.name, body.roles);
    if (out.existingAlerts) options.onAlerts?.();
    return c.json(out, 201);
  });

  app.use("/api/watchlist/:id", requireToken);
  app.openapi(route({
    method: "delete", path: "/api/watchlist/{id}", summary: "Stop watching an organisation; its alerts go too",
    security: bearer,
    request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
    responses: { 200: json(z.object({ watch: S.WatchSchema }), "No longer watched"), ...errorResponses(400, 401, 404) },
  }), async (c) => c.json({ watch: await store.removeWatch(c.req.valid("param").id) }, 200));

  app.use("/api/incidents/:id/merge", requireToken);
  app.openapi(route({
    method: "post", path: "/api/incidents/{id}/merge", summary: "Merge other incidents into this one; the correction survives later ingests",
    security: bearer,
    request: { params: S.IdParam, body: { content: { "application/json": { schema: S.MergeBody } }, required: true } },
    responses: { 200: json(z.object({ incident: z.record(z.string(), z.unknown()) }), "The merged incident"), ...errorResponses(400, 401, 404) },
  }), async (c) => {
    const merged = await store.mergeIncidents(c.req.valid("param").id, c.req.valid("json").others);
    return c.json({ incident: merged } as never, 200);
  });

  app.use("/api/incidents/:id/split", requireToken);
  app.openapi(route({
    method: "post", path: "/api/incidents/{id}/split", summary: "Move reports out of this incident into a new one",
    security: bearer,
    request: { params: S.IdParam, body: { content: { "application/json": { schema: S.SplitBody } }, required: true } },
    responses: { 200: json(z.object({ kept: z.string(), created: z.string() }), "The two incidents"), ...errorResponses(400, 401, 404) },
  }), async (c) => c.json(await store.splitIncident(c.req.valid("param").id, c.req.valid("json").reports), 200));

  app.openapi(route({
    method: "get", path: "/api/export", summary: "The selected incidents as STIX 2.1, MISP, VERIS, CSV or JSONL, streamed",
    request: { query: S.ExportQuery },
    responses: {
      200: { description: "The export; its media type follows the format", content: Object.fromEntries(FORMAT_NAMES.map((f) => [EXPORT_FORMATS[f].contentType, { schema: z.string() }])) },
      ...errorResponses(400),
    },
  }), (c) => {
    const { format, bom, id, ...filters } = c.req.valid("query");
    const chunks = exportIncidents(store, format, { ...filters, ids: id?.split(","), limit: undefined }, { bom: bom === "true" || bom === "1" });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (err) {
          process.stderr.write(`incidex serve: export failed: ${(err as Error).message}\n`);
          controller.error(err);
        }
      },
      async cancel() { await chunks.return(undefined); },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return c.body(body, 200, {
      "Content-Type": EXPORT_FORMATS[format].contentType,
      "Content-Disposition": `attachment; filename="incidex-${stamp}.${format === "stix" ? "stix.json" : format === "misp" ? "misp.json" : format === "veris" ? "veris.json" : EXPORT_FORMATS[format].extension}"`,
    }) as never;
  });

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Incidex API", version: options.version, description: "Cyber-incident reports and incidents extracted from news, advisories and breach notices." },
  });

  // TAXII speaks its own media type and error shape; its paths are listed here so the one API
  // description covers them.
  const taxiiResponse = (description: string) => ({ 200: { description, content: { "application/taxii+json;version=2.1": { schema: z.record(z.string(), z.unknown()) } } } });
  const taxiiPage = z.object({
    added_after: z.string().optional().openapi({ description: "Only objects added after this timestamp (RFC 3339), e.g. the X-TAXII-Date-Added-Last of the last pull." }),
    limit: z.string().optional().openapi({ description: "At most this many objects (up to 1000; 100 when absent)." }),
    next: z.string().optional().openapi({ description: "The next of the previous page." }),
    "match[type]": z.string().optional(), "match[id]": z.string().optional(),
  });
  const collectionParam = z.object({ id: z.string().openapi({ description: "The collection id, from the collections endpoint." }) });
  for (const [path, summary, request] of [
    ["/taxii2/", "TAXII 2.1 discovery", undefined],
    ["/taxii2/api/", "TAXII 2.1 API root", undefined],
    ["/taxii2/api/collections/", "TAXII 2.1 collections (one: the incidents)", undefined],
    ["/taxii2/api/collections/{id}/objects/", "STIX 2.1 objects of the collection in the order they were added, paged", { params: collectionParam, query: taxiiPage }],
    ["/taxii2/api/collections/{id}/manifest/", "Manifest of the collection: id, date added, version and media type of each object", { params: collectionParam, query: taxiiPage }],
  ] as const) {
    app.openAPIRegistry.registerPath({ method: "get", path, summary, tags: ["TAXII 2.1"], ...(request ? { request } : {}), responses: taxiiResponse(summary) });
  }
  // Mounted, not merged: the TAXII app routes its own paths, with or without the trailing slash.
  app.mount("/taxii2", taxiiApp(store, { title: "Incidex TAXII 2.1", basePath: "/taxii2" }).fetch);
  app.all("/api/*", (c) => errorJson(c, 404, "NOT_FOUND", `no endpoint ${c.req.method} ${c.req.path}`));
  if (options.uiDir) app.get("*", serveUi(options.uiDir));
  else app.get("/", (c) => c.text("Incidex API. The web UI is not built: run npm run build:ui. The API is described at /openapi.json.\n"));

  app.notFound((c) => errorJson(c, 404, "NOT_FOUND", `nothing at ${c.req.path}`));
  app.onError((err, c) => {
    if (err instanceof AppError) return errorJson(c, err.status, err.code, err.message);
    const status = (err as { status?: number }).status;
    if (status === 415 || status === 400) return errorJson(c, status, status === 415 ? "UNSUPPORTED_MEDIA_TYPE" : "BAD_REQUEST", err.message);
    process.stderr.write(`incidex serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}\n`);
    return errorJson(c, 500, "INTERNAL", "the server failed on this request; its log has the details");
  });
  return app;
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest(), b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The documents a request names: its own text or HTML, or what its URL serves. */
async function documentsFrom(body: Record<string, unknown>, fetchOptions: FetchOptions | undefined): Promise<LoadedDocument[]> {
  const hasContent = typeof body.text === "string" && body.text.trim() || typeof body.html === "string" && body.html.trim();
  if (hasContent) {
    const fallbackUri = `api:${createHash("sha256").update(String(body.text ?? body.html)).digest("hex").slice(0, 16)}`;
    const doc = documentFromFields(body, { fallbackUri, idBase: "api", fail: (m) => new AppError("BAD_ARGUMENT", `the document${m}`) });
    return [{ ...doc, kind: "api" }];
  }
  const docs: LoadedDocument[] = [];
  for await (const item of loadInputs([String(body.url)], fetchOptions)) {
    if (!item.ok) throw new AppError(item.error.code, `${item.uri}: ${item.error.message}`, 422);
    docs.push({ ...item.doc, lang: (body.lang as string | undefined) ?? item.doc.lang, published: (body.published as string | undefined) ?? item.doc.published });
  }
  if (!docs.length) throw new AppError("BAD_FEED", `${String(body.url)} holds no document`, 422);
  return docs;
}
