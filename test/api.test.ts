// The HTTP API in process (app.request) over a real embedded store holding the bundled examples,
// plus a real loopback server for the URL paths of extract and ingest.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { INCIDENT_TYPES } from "../src/model/vocab.ts";
import { createExtractor } from "../src/pipeline/extract-pool.ts";
import { ingestInputs } from "../src/pipeline/ingest.ts";
import { createApp } from "../src/server/app.ts";
import { Store } from "../src/store/store.ts";

const TOKEN = "s3cret-token";
const EXAMPLES = new URL("../examples", import.meta.url).pathname;

type Json = Record<string, any>;

describe("HTTP API", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let openApp: ReturnType<typeof createApp>;
  let page: Server;
  let pageUrl: string;
  const extractor = createExtractor(0, new Date("2025-12-01"));

  before(async () => {
    store = await Store.open({ dataDir: ":memory:" });
    const s = await ingestInputs(store, [EXAMPLES], { extractor });
    assert.equal(s.failed.length, 0);
    app = createApp({ store, extractor, token: TOKEN, uiDir: null, version: "test", maxBodyBytes: 64 * 1024 });
    openApp = createApp({ store, extractor, token: null, uiDir: null, version: "test", fetch: { allowPrivate: true } });
    page = createServer((req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(`<!doctype html><html lang="en"><head><title>Breach at Quillmark Ltd</title><meta property="article:published_time" content="2025-11-20T08:00:00Z"></head>
        <body><nav>Home | News</nav><article><h1>Breach at Quillmark Ltd</h1><p>Quillmark Ltd said on Tuesday that hackers stole the names, e-mail addresses and
        passwords of about 12,000 customers in a cyberattack. The company has reset all passwords and reported the breach to the police.</p>
        <p>Customers should change their passwords and watch out for phishing e-mails.</p></article></body></html>`);
    });
    await new Promise<void>((r) => page.listen(0, "127.0.0.1", r));
    pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/news/quillmark`;
  });
  after(async () => {
    page?.close();
    await extractor.close();
    await store?.close();
  });

  const get = async (path: string, a = app) => {
    const res = await a.request(path);
    return { status: res.status, body: (await res.json()) as Json, res };
  };
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}, a = app) => {
    const res = await a.request(path, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const auth = { authorization: `Bearer ${TOKEN}` };

  test("healthz answers with the backend", async () => {
    const { status, body } = await get("/healthz");
    assert.equal(status, 200);
    assert.deepEqual(body, { status: "ok", backend: "pglite", version: "test" });
  });

  test("incidents page through with the cursor: every incident once, newest first", async () => {
    const seen: Json[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { status, body }: { status: number; body: Json } = await get(`/api/incidents?limit=4${cursor ? `&cursor=${cursor}` : ""}`);
      assert.equal(status, 200);
      assert.ok(body.items.length <= 4);
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    const total = (await get("/api/stats")).body.totals.incidents;
    assert.equal(seen.length, total);
    assert.equal(new Set(seen.map((i) => i.id)).size, total);
    assert.ok(pages >= 3);
    const dates = seen.map((i) => i.lastDate ?? "0000");
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test("filters narrow the list; a bad filter is a 400 that names the parameter", async () => {
    const { body } = await get("/api/incidents?type=ransomware");
    assert.ok(body.items.length >= 2);
    for (const i of body.items) assert.ok(i.types.includes("ransomware"));
    const de = await get("/api/incidents?lang=de&type=phishing");
    assert.ok(de.body.items.length >= 1);
    for (const i of de.body.items) assert.ok(i.langs.includes("de"));
    const bad = await get("/api/incidents?type=alien-invasion&limit=0");
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "BAD_REQUEST");
    assert.deepEqual(bad.body.error.issues.map((i: Json) => i.path).sort(), ["limit", "type"]);
    const cursor = await get("/api/incidents?cursor=bm9wZQ");
    assert.equal(cursor.status, 400);
    assert.equal(cursor.body.error.code, "BAD_ARGUMENT");
  });

  test("an incident holds its merged record and its reports, in their languages, with valid evidence", async () => {
    const list = (await get("/api/incidents?limit=100")).body.items as Json[];
    const multi = list.find((i) => i.langs.length >= 2)!;
    assert.ok(multi, "the examples hold an incident reported in two languages");
    const { status, body } = await get(`/api/incidents/${multi.id}`);
    assert.equal(status, 200);
    assert.equal(body.incident.id, multi.id);
    assert.equal(body.reports.length, multi.reportCount);
    assert.deepEqual(new Set(body.reports.map((r: Json) => r.lang)), new Set(multi.langs));
    for (const r of body.reports) {
      assert.ok(r.reason.rule, "each report says why it is in the incident");
      for (const v of r.record.victims) for (const e of v.evidence) assert.equal(r.record.text.slice(e.start, e.end), e.text);
    }
    const report = await get(`/api/reports/${body.reports[0].id}`);
    assert.equal(report.status, 200);
    assert.equal(report.body.incidentId, multi.id);
    assert.equal(typeof report.body.record.text, "string");
  });

  test("unknown ids are 404 NOT_FOUND; malformed ids are 400; unknown endpoints are JSON 404", async () => {
    assert.deepEqual((await get("/api/incidents/i_0000000000000000")).body.error.code, "NOT_FOUND");
    assert.equal((await get("/api/incidents/i_0000000000000000")).status, 404);
    assert.equal((await get("/api/reports/r_0000000000000000")).status, 404);
    assert.equal((await get("/api/incidents/x")).status, 400);
    const none = await get("/api/nothing-here");
    assert.equal(none.status, 404);
    assert.equal(none.body.error.code, "NOT_FOUND");
  });

  test("search finds incidents across languages by stem and by organisation name", async () => {
    const { status, body } = await get("/api/search?q=ransomware");
    assert.equal(status, 200);
    const langs = new Set(body.items.flatMap((i: Json) => i.langs));
    assert.ok(["da", "fi", "pl"].filter((l) => langs.has(l)).length >= 2, `ransomware is found in several languages: ${[...langs]}`);
    const org = await get("/api/search?q=Billeto");
    assert.ok(org.body.items.some((i: Json) => /billetto/i.test(JSON.stringify(i))), "a misspelt name still matches by trigrams");
    assert.equal((await get("/api/search")).status, 400);
  });

  test("stats count incidents by type, country, sector, language and month", async () => {
    const { body } = await get("/api/stats");
    const list = (await get("/api/incidents?limit=500")).body.items as Json[];
    assert.equal(body.totals.incidents, list.length);
    const ransomware = body.types.find((t: Json) => t.key === "ransomware").count;
    assert.equal(ransomware, list.filter((i) => i.types.includes("ransomware")).length);
    for (const k of ["countries", "sectors", "languages", "months"]) assert.ok(body[k].length > 0, k);
    const months = body.months.map((m: Json) => m.key);
    assert.deepEqual(months, [...months].sort());
  });

  test("extract returns a record and stores nothing", async () => {
    const before = (await get("/api/stats")).body.totals;
    const { status, body } = await post("/api/extract", { text: "Tietomurto Kuopion Energia Oy:ssä: hakkerit varastivat 4 000 asiakkaan nimet ja osoitteet.", published: "2025-11-02" });
    assert.equal(status, 200);
    assert.equal(body.record.lang, "fi");
    assert.ok(body.record.types.some((t: Json) => t.value === "data_breach"));
    assert.equal(body.record.dates.published.value, "2025-11-02");
    assert.deepEqual((await get("/api/stats")).body.totals, before);
  });

  test("extract and ingest refuse loopback URLs unless the server allows private addresses", async () => {
    const refused = await post("/api/extract", { url: pageUrl });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, "URL_REFUSED");
    const fetched = await post("/api/extract", { url: pageUrl }, {}, openApp);
    assert.equal(fetched.status, 200);
    assert.equal(fetched.body.record.source.uri, pageUrl);
    assert.ok(fetched.body.record.victims.some((v: Json) => /Quillmark/.test(v.name)));
    assert.equal(fetched.body.record.dates.published.value, "2025-11-20");
  });

  test("ingest needs the bearer token, stores once, then reports unchanged", async () => {
    const doc = { text: "Ransomware-Angriff auf die Stadtwerke Ostmarsch GmbH\n\nDie Stadtwerke Ostmarsch GmbH wurden am 14. November 2025 Opfer eines Ransomware-Angriffs. Kriminelle verschlüsselten Server.", url: "https://news.example.de/ostmarsch" };
    const none = await post("/api/reports", doc);
    assert.equal(none.status, 401);
    assert.equal(none.body.error.code, "UNAUTHORIZED");
    assert.equal((await post("/api/reports", doc, { authorization: "Bearer wrong" })).status, 401);
    const first = await post("/api/reports", doc, auth);
    assert.equal(first.status, 201);
    assert.equal(first.body.reports[0].status, "new");
    const incident = await get(`/api/incidents/${first.body.reports[0].incidentId}`);
    assert.ok(incident.body.incident.victims.some((v: Json) => /Ostmarsch/.test(v.value)));
    const again = await post("/api/reports", doc, auth);
    assert.equal(again.status, 200);
    assert.deepEqual(again.body.reports[0], { ...first.body.reports[0], status: "unchanged" });
  });

  test("bad bodies: not JSON, too large, missing content", async () => {
    const notJson = await app.request("/api/extract", { method: "POST", body: "text=hello", headers: { "content-type": "application/x-www-form-urlencoded" } });
    assert.ok([400, 415].includes(notJson.status));
    assert.match(((await notJson.json()) as Json).error.code, /^[A-Z_]+$/);
    const broken = await post("/api/extract", "{not json");
    assert.equal(broken.status, 400);
    const huge = await post("/api/extract", { text: "x".repeat(100 * 1024) });
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error.code, "PAYLOAD_TOO_LARGE");
    const empty = await post("/api/extract", { title: "only a title" });
    assert.equal(empty.status, 400);
    assert.match(empty.body.error.message, /text, html or a url/);
  });

  test("without a token the server answers only to loopback host names", async () => {
    const res = await openApp.request("http://incidex.attacker.example/api/stats");
    assert.equal(res.status, 403);
    assert.equal(((await res.json()) as Json).error.code, "FORBIDDEN_HOST");
    assert.equal((await openApp.request("http://127.0.0.1:8080/api/stats")).status, 200);
    assert.equal((await app.request("http://incidex.example.org/api/stats")).status, 200, "with a token, any host name");
  });

  test("openapi.json is OpenAPI 3.1 generated from the validating schemas", async () => {
    const { body } = await get("/openapi.json");
    assert.equal(body.openapi, "3.1.0");
    for (const p of ["/api/incidents", "/api/incidents/{id}", "/api/reports/{id}", "/api/extract", "/api/reports", "/api/search", "/api/stats", "/healthz"]) assert.ok(body.paths[p], p);
    const typeParam = body.paths["/api/incidents"].get.parameters.find((p: Json) => p.name === "type");
    assert.deepEqual(typeParam.schema.enum, [...INCIDENT_TYPES]);
    assert.deepEqual(body.paths["/api/reports"].post.security, [{ bearer: [] }]);
    for (const p of ["/api/export", "/api/alerts", "/api/watchlist", "/taxii2/", "/taxii2/api/collections/{id}/objects/"]) assert.ok(body.paths[p], p);
    assert.ok(body.paths["/taxii2/api/collections/{id}/objects/"].get.parameters.some((p: Json) => p.name === "added_after"));
  });

  test("metrics are Prometheus text with request counts by route", async () => {
    await get("/api/stats");
    const res = await app.request("/metrics");
    assert.match(res.headers.get("content-type")!, /^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    assert.match(text, /^incidex_http_requests_total\{method="GET",route="\/api\/stats",status="200"\} \d+$/m);
    assert.match(text, /^incidex_http_request_duration_seconds_bucket\{method="GET",route="\/api\/incidents",le="\+Inf"\} \d+$/m);
    assert.match(text, /^incidex_incidents \d+$/m);
  });
});
