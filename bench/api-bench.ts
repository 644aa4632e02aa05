// Prints GET /api/incidents throughput and latency percentiles against the real server over
// loopback, on an embedded store of generated incidents (default 10,000). The load comes from a
// separate process with keep-alive connections, so server and client each get a core.
// `npm run bench:api -- 10000 10 32` = incidents, seconds, concurrent connections.
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { createExtractor } from "../src/pipeline/extract-pool.ts";
import { createApp } from "../src/server/app.ts";
import { Store } from "../src/store/store.ts";
import { generateIncidents } from "./generate.ts";

if (process.argv[2] === "--client") await runClient();
else await runServerSide();

async function runServerSide() {
  const incidents = Number(process.argv[2] ?? 10_000);
  const seconds = Number(process.argv[3] ?? 10);
  const connections = Number(process.argv[4] ?? 32);
  const dir = mkdtempSync(join(tmpdir(), "incidex-api-bench-"));
  const store = await Store.open({ dataDir: join(dir, "data") });
  const t0 = performance.now();
  await generateIncidents(store, incidents);
  await store.analyze();
  const genSeconds = (performance.now() - t0) / 1000;
  const extractor = createExtractor(0);
  const app = createApp({ store, extractor, token: null, uiDir: null, version: "bench" });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const first = await (await fetch(`${base}/api/incidents?limit=50`)).json() as { items: unknown[]; nextCursor: string };
  const cursors = [first.nextCursor];
  for (let i = 0; i < 5; i++) {
    const page = await (await fetch(`${base}/api/incidents?limit=50&cursor=${cursors[cursors.length - 1]}`)).json() as { nextCursor: string };
    cursors.push(page.nextCursor);
  }
  const mixes: Record<string, string[]> = {
    "first page (limit 50)": ["/api/incidents?limit=50"],
    "mixed: filters and later pages": [
      "/api/incidents?limit=50", "/api/incidents?type=ransomware&limit=50", "/api/incidents?country=DK&limit=25",
      "/api/incidents?lang=de&since=2025-06-01&limit=50", "/api/incidents?sector=healthcare&type=data_breach",
      ...cursors.map((c) => `/api/incidents?limit=50&cursor=${c}`),
    ],
  };
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 100);
  process.stdout.write(`api bench: ${incidents} incidents generated in ${genSeconds.toFixed(1)} s; ${connections} keep-alive connections for ${seconds} s per mix; server and client in separate processes\n`);
  for (const [name, paths] of Object.entries(mixes)) {
    const result = await new Promise<{ n: number; errors: number; seconds: number; latencies: number[] }>((resolve, reject) => {
      const child = fork(fileURLToPath(import.meta.url), ["--client"], { execArgv: ["--import", "tsx"] });
      child.once("message", (m) => { resolve(m as never); child.kill(); });
      child.once("error", reject);
      child.send({ base, paths, seconds, connections });
    });
    const l = result.latencies.sort((a, b) => a - b);
    const pct = (p: number) => l[Math.min(l.length - 1, Math.floor((p / 100) * l.length))]!.toFixed(1);
    process.stdout.write(`  ${name.padEnd(32)} ${(result.n / result.seconds).toFixed(0).padStart(6)} req/s  p50 ${pct(50)} ms  p95 ${pct(95)} ms  p99 ${pct(99)} ms  errors ${result.errors}\n`);
  }
  clearInterval(timer);
  process.stdout.write(`  server peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB\n`);
  server.close();
  await extractor.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

async function runClient() {
  const { Agent, request } = await import("node:http");
  process.once("message", async (m: { base: string; paths: string[]; seconds: number; connections: number }) => {
    const agent = new Agent({ keepAlive: true, maxSockets: m.connections });
    const url = new URL(m.base);
    const latencies: number[] = [];
    let errors = 0, i = 0;
    const end = performance.now() + m.seconds * 1000;
    const one = () => new Promise<void>((resolve) => {
      const path = m.paths[i++ % m.paths.length]!;
      const t = performance.now();
      const req = request({ host: url.hostname, port: url.port, path, agent }, (res) => {
        res.resume();
        res.on("end", () => { if (res.statusCode !== 200) errors++; latencies.push(performance.now() - t); resolve(); });
      });
      req.on("error", () => { errors++; resolve(); });
      req.end();
    });
    const started = performance.now();
    await Promise.all(Array.from({ length: m.connections }, async () => { while (performance.now() < end) await one(); }));
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();
    process.send!({ n: latencies.length, errors, seconds, latencies });
  });
}
