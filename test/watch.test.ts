// Watchlists and alerts: matching as documents are ingested and when a name is added, delivery to
// a real webhook receiver on loopback with HMAC signatures, retries with backoff and giving up,
// the API, and the CLI end to end.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { createExtractor } from "../src/pipeline/extract-pool.ts";
import { ingestInputs } from "../src/pipeline/ingest.ts";
import { createApp } from "../src/server/app.ts";
import { Store } from "../src/store/store.ts";
import { deliverPending, type WebhookConfig } from "../src/watch/webhook.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const SECRET = "webhook-secret";
type Json = Record<string, any>;

interface Received { at: number; headers: IncomingMessage["headers"]; body: string }

/** A webhook receiver that answers with the statuses it is given, in turn, then 200. */
async function receiver(statuses: number[] = []): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      got.push({ at: performance.now(), headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, server };
}

const validSignature = (r: Received) =>
  r.headers["x-incidex-signature"] === `sha256=${createHmac("sha256", SECRET).update(`${r.headers["x-incidex-timestamp"]}.${r.body}`).digest("hex")}`;

describe("watchlists and alerts", () => {
  let store: Store;
  const extractor = createExtractor(0, new Date("2025-12-01"));
  const servers: Server[] = [];

  before(async () => { store = await Store.open({ dataDir: ":memory:" }); });
  after(async () => {
    for (const s of servers) s.close();
    await extractor.close();
    await store?.close();
  });

  const hook = (url: string, extra: Partial<WebhookConfig> = {}): WebhookConfig => ({ url, secret: SECRET, maxAttempts: 5, backoffMs: 60, timeoutMs: 2000, ...extra });

  test("a watched supplier named by an ingested incident raises one alert, delivered signed after retries with backoff", async () => {
    await store.addWatch("Chatwise");
    await ingestInputs(store, [join(ROOT, "examples")], { extractor });
    const { items } = await store.listAlerts();
    assert.deepEqual(items.map((a) => [a.watch, a.role, a.existing]), [["Chatwise", "third_party", false]]);
    assert.match(items[0]!.orgName, /Chatwise/);
    assert.match(items[0]!.incidentTitle!, /Billetto/);

    const r = await receiver([500, 503]);
    servers.push(r.server);
    const out = await deliverPending(store, hook(r.url), 10_000);
    assert.deepEqual(out, { delivered: 1, failed: 2, pending: false });
    assert.equal(r.got.length, 3);
    assert.deepEqual(new Set(r.got.map((g) => g.headers["x-incidex-delivery"])), new Set([String(items[0]!.id)]));
    for (const g of r.got) assert.ok(validSignature(g), "HMAC-SHA256 of timestamp.body");
    assert.ok(r.got[1]!.at - r.got[0]!.at >= 55, `first retry waits the backoff (${(r.got[1]!.at - r.got[0]!.at).toFixed(0)} ms)`);
    assert.ok(r.got[2]!.at - r.got[1]!.at >= 115, `the second waits twice as long (${(r.got[2]!.at - r.got[1]!.at).toFixed(0)} ms)`);
    const payload = JSON.parse(r.got[2]!.body);
    assert.equal(payload.type, "incidex.alert");
    assert.equal(payload.watch, "Chatwise");
    assert.equal(payload.match.role, "third_party");
    assert.equal(payload.incident.id, items[0]!.incidentId);
    assert.ok(payload.incident.victims.some((v: string) => /Billetto/.test(v)));
    const [stored] = (await store.listAlerts()).items;
    assert.ok(stored!.deliveredAt);
    assert.equal(stored!.attempts, 3);
    // Nothing is sent twice.
    assert.deepEqual(await deliverPending(store, hook(r.url), 1000), { delivered: 0, failed: 0, pending: false });
    assert.equal(r.got.length, 3);
  });

  test("ingesting again, or a changed version of the report, raises no second alert", async () => {
    await ingestInputs(store, [join(ROOT, "examples")], { extractor });
    assert.equal((await store.listAlerts()).items.length, 1);
  });

  test("a name added later alerts on the incidents already stored; roles narrow what counts", async () => {
    const { existingAlerts } = await store.addWatch("Posten Norge");
    assert.equal(existingAlerts, 1);
    const posten = (await store.listAlerts()).items.find((a) => a.watch === "Posten Norge")!;
    assert.equal(posten.role, "impersonated");
    assert.equal(posten.existing, true);
    const victimsOnly = await store.addWatch("Banco Meridional", ["victim"]);
    assert.equal(victimsOnly.existingAlerts, 0, "Banco Meridional is only impersonated in the examples");
    await assert.rejects(store.addWatch("AB"), /too short/);
  });

  test("an endpoint that keeps failing is given up after the last attempt, with the error kept", async () => {
    const r = await receiver(Array(10).fill(500));
    servers.push(r.server);
    const out = await deliverPending(store, hook(r.url, { maxAttempts: 3, backoffMs: 10 }), 10_000);
    assert.equal(out.pending, false);
    const posten = (await store.listAlerts()).items.find((a) => a.watch === "Posten Norge")!;
    assert.equal(posten.deliveredAt, null);
    assert.equal(posten.attempts, 3);
    assert.equal(posten.lastError, "HTTP 500");
    assert.equal(r.got.length, 3);
  });

  test("API: alerts and the watchlist; writes need the token", async () => {
    const app = createApp({ store, extractor, token: "t0ken", uiDir: null, version: "test" });
    const alerts = (await (await app.request("/api/alerts")).json()) as Json;
    assert.deepEqual(alerts.items.map((a: Json) => a.watch).sort(), ["Chatwise", "Posten Norge"]);
    const list = (await (await app.request("/api/watchlist")).json()) as Json;
    assert.deepEqual(list.items.map((w: Json) => w.name), ["Banco Meridional", "Chatwise", "Posten Norge"]);
    const body = JSON.stringify({ name: "Hotel Fjordblick" });
    assert.equal((await app.request("/api/watchlist", { method: "POST", body, headers: { "content-type": "application/json" } })).status, 401);
    const added = await app.request("/api/watchlist", { method: "POST", body, headers: { "content-type": "application/json", authorization: "Bearer t0ken" } });
    assert.equal(added.status, 201);
    const { watch, existingAlerts } = (await added.json()) as Json;
    assert.equal(existingAlerts, 1);
    assert.equal((await app.request(`/api/watchlist/${watch.id}`, { method: "DELETE" })).status, 401);
    const removed = await app.request(`/api/watchlist/${watch.id}`, { method: "DELETE", headers: { authorization: "Bearer t0ken" } });
    assert.equal(removed.status, 200);
    assert.equal((await app.request(`/api/watchlist/${watch.id}`, { method: "DELETE", headers: { authorization: "Bearer t0ken" } })).status, 404);
    assert.ok(!((await (await app.request("/api/alerts")).json()) as Json).items.some((a: Json) => a.watch === "Hotel Fjordblick"), "its alerts go with it");
  });

  test("CLI: watch add, then an ingest posts the signed alert to INCIDEX_WEBHOOK_URL", async () => {
    const run = promisify(execFile);
    const dir = mkdtempSync(join(tmpdir(), "incidex-watch-"));
    const r = await receiver();
    servers.push(r.server);
    try {
      const db = join(dir, "data");
      const bin = join(ROOT, "bin/incidex");
      const added = await run(bin, ["watch", "add", "Nordlogistik", "--db", db]);
      assert.match(added.stdout, /watching Nordlogistik as victim, third_party, impersonated/);
      assert.match((await run(bin, ["watch", "list", "--db", db])).stdout, /^Nordlogistik\t/m);
      const env = { ...process.env, INCIDEX_WEBHOOK_URL: r.url, INCIDEX_WEBHOOK_SECRET: SECRET };
      const ingested = await run(bin, ["ingest", join(ROOT, "examples/fi-nordlogistik-ransomware.txt"), join(ROOT, "examples/sv-nordlogistik-kommuner.txt"), "--db", db, "--workers", "1"], { env });
      assert.match(ingested.stderr, /webhook: 2 alerts delivered/);
      // The Finnish report names Nordlogistik as the victim, the Swedish one as the municipalities' supplier: one incident, one alert per role.
      assert.deepEqual(r.got.map((g) => JSON.parse(g.body).match.role).sort(), ["third_party", "victim"]);
      assert.equal(new Set(r.got.map((g) => JSON.parse(g.body).incident.id)).size, 1);
      for (const g of r.got) assert.ok(validSignature(g));
      assert.match((await run(bin, ["watch", "alerts", "--db", db])).stdout, /Nordlogistik .* delivered/);
      assert.match((await run(bin, ["watch", "remove", "Nordlogistik", "--db", db])).stdout, /no longer watching Nordlogistik/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
