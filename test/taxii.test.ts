// TAXII 2.1 pulled over loopback with plain HTTP, the way a TAXII client (OpenCTI, MISP) does it:
// discovery → API root → collections → objects page by page, then only what was added since.
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import { exportIncidents } from "../src/export/formats.ts";
import { createExtractor } from "../src/pipeline/extract-pool.ts";
import { ingestInputs } from "../src/pipeline/ingest.ts";
import { createApp } from "../src/server/app.ts";
import { Store } from "../src/store/store.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const TAXII = "application/taxii+json;version=2.1";
type Json = Record<string, any>;

describe("TAXII 2.1", () => {
  let store: Store, server: ServerType, base: string;
  const extractor = createExtractor(0, new Date("2025-12-01"));

  before(async () => {
    store = await Store.open({ dataDir: ":memory:" });
    await ingestInputs(store, [`${ROOT}examples`, `${ROOT}test/fixtures/export`], { extractor });
    const app = createApp({ store, extractor, token: null, uiDir: null, version: "taxii" });
    server = await new Promise<ServerType>((resolve) => { const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s)); });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server?.close();
    await extractor.close();
    await store?.close();
  });

  const get = async (url: string, accept = TAXII) => {
    const res = await fetch(url.startsWith("http") ? url : `${base}${url}`, { headers: { accept } });
    return { res, body: (await res.json()) as Json };
  };

  async function collectionUrl(): Promise<string> {
    const discovery = await get("/taxii2/");
    const root = discovery.body.api_roots[0] as string;
    const collections = await get(`${root}collections/`);
    return `${root}collections/${collections.body.collections[0].id}/`;
  }

  async function pullAll(url: string, query: string): Promise<{ objects: Json[]; pages: number; last: string | null }> {
    const objects: Json[] = [];
    let next: string | null = null, pages = 0, last: string | null = null;
    do {
      const { res, body }: { res: Response; body: Json } = await get(`${url}objects/?${query}${next ? `&next=${next}` : ""}`);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), TAXII);
      objects.push(...body.objects);
      last = res.headers.get("x-taxii-date-added-last") ?? last;
      next = body.more ? body.next : null;
      if (body.more) assert.ok(body.next, "more pages come with next");
      pages++;
    } while (next && pages < 100);
    return { objects, pages, last };
  }

  test("discovery, API root and the collection describe themselves in TAXII media types", async () => {
    const discovery = await get("/taxii2/");
    assert.equal(discovery.res.status, 200);
    assert.equal(discovery.res.headers.get("content-type"), TAXII);
    assert.equal(discovery.body.default, `${base}/taxii2/api/`);
    const root = await get(discovery.body.api_roots[0]);
    assert.deepEqual(root.body.versions, [TAXII]);
    const { body } = await get(`${discovery.body.api_roots[0]}collections/`);
    assert.equal(body.collections.length, 1);
    const c = body.collections[0];
    assert.equal(c.can_read, true);
    assert.equal(c.can_write, false);
    assert.deepEqual(c.media_types, ["application/stix+json;version=2.1"]);
    assert.deepEqual((await get(`${discovery.body.api_roots[0]}collections/${c.id}/`)).body, c);
  });

  test("paging with limit and next returns every object of the STIX export, no page over the limit", async () => {
    const url = await collectionUrl();
    const limit = 25;
    const objects: Json[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: Json } = await get(`${url}objects/?limit=${limit}${next ? `&next=${next}` : ""}`);
      assert.ok(body.objects.length <= limit);
      objects.push(...body.objects);
      next = body.more ? body.next : null;
      pages++;
    } while (next && pages < 100);
    assert.ok(pages >= 3, `several pages (${pages})`);
    let exported = "";
    for await (const chunk of exportIncidents(store, "stix", {})) exported += chunk;
    const bundleIds = new Set(JSON.parse(exported).objects.map((o: Json) => o.id));
    assert.deepEqual(new Set(objects.map((o) => o.id)), bundleIds);
  });

  test("added_after returns only what was added since; the manifest says when", async () => {
    const url = await collectionUrl();
    const first = await pullAll(url, "limit=50");
    assert.ok(first.last);
    const nothingNew = await get(`${url}objects/?added_after=${encodeURIComponent(first.last!)}`);
    assert.deepEqual(nothingNew.body.objects, []);
    assert.equal(nothingNew.body.more, false);

    const res = await fetch(`${base}/api/reports`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: "https://news.example.net/2025/11/hafenwerk", text: "Ransomware-Angriff auf die Hafenwerk Bremen GmbH\n\nDie Hafenwerk Bremen GmbH ist am 20. November 2025 Opfer eines Ransomware-Angriffs geworden. Kriminelle verschlüsselten die Server des Unternehmens. Die Polizei ermittelt." }),
    });
    assert.equal(res.status, 201);
    const { reports } = (await res.json()) as Json;
    const added = await pullAll(url, `added_after=${encodeURIComponent(first.last!)}`);
    assert.ok(added.objects.length >= 3);
    const incidents = added.objects.filter((o) => o.type === "incident");
    assert.deepEqual(incidents.map((o) => o.x_incidex_id), [reports[0].incidentId]);
    const manifest = await get(`${url}manifest/?added_after=${encodeURIComponent(first.last!)}`);
    assert.deepEqual(manifest.body.objects.map((m: Json) => m.id), added.objects.map((o) => o.id));
    for (const m of manifest.body.objects) {
      assert.ok(m.date_added > first.last!, `${m.id} was added after ${first.last}`);
      assert.equal(m.media_type, "application/stix+json;version=2.1");
      assert.ok(m.version);
    }
  });

  test("match[type] and single objects", async () => {
    const url = await collectionUrl();
    const indicators = await pullAll(url, "match[type]=indicator");
    assert.ok(indicators.objects.length >= 4);
    for (const o of indicators.objects) assert.equal(o.type, "indicator");
    const one = await get(`${url}objects/${indicators.objects[0]!.id}/`);
    assert.deepEqual(one.body.objects, [indicators.objects[0]]);
  });

  test("errors are TAXII error messages: unknown collection, bad next, unacceptable media type", async () => {
    const missing = await get("/taxii2/api/collections/00000000-0000-4000-8000-000000000000/objects/");
    assert.equal(missing.res.status, 404);
    assert.equal(missing.body.http_status, "404");
    assert.ok(missing.body.title);
    const url = await collectionUrl();
    assert.equal((await get(`${url}objects/?next=garbage`)).res.status, 400);
    assert.equal((await get(`${url}objects/?added_after=yesterday`)).res.status, 400);
    const xml = await fetch(`${base}/taxii2/`, { headers: { accept: "application/xml" } });
    assert.equal(xml.status, 406);
  });
});
