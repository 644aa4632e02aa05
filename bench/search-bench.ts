// Prints search latency percentiles (Store.search: stemmed full text in every language plus
// trigram organisation names) at scale, default 100,000 reports written straight into the
// embedded store. `npm run bench:search -- 100000`.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "../src/store/store.ts";
import { generateReports } from "./generate.ts";

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), "incidex-search-bench-"));
const store = await Store.open({ dataDir: join(dir, "data") });
let t = performance.now();
await generateReports(store, n);
await store.analyze();
const genSeconds = (performance.now() - t) / 1000;
const reports = await store.countReports();
const queries = ["ransomware", "angreb", "Hackerangriff", "Datenleck", "data breach", "Alder3", "Kommune", "Bankdaten", "politiet",
  "Birch12 Energie", "stjal navne", "rançongiciel", "ciberataque", "kiristyshaittaohjelma", "Mapel", "Spruse7 Clinic"];
const times: number[] = [];
for (const q of queries) await store.search({ q });
for (let r = 0; r < 10; r++) for (const q of queries) { t = performance.now(); await store.search({ q }); times.push(performance.now() - t); }
const filtered: number[] = [];
for (let r = 0; r < 5; r++) for (const q of queries) { t = performance.now(); await store.search({ q, type: "ransomware", since: "2023-01-01" }); filtered.push(performance.now() - t); }
await store.close();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const size = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((s, f) => s + size(join(p, f)), 0) : statSync(p).size);
console.log(`search at scale (embedded PGlite): ${reports} reports generated in ${genSeconds.toFixed(0)} s, ${queries.length} queries in 11 languages and organisation names`);
console.log(`  search p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length} queries`);
console.log(`  with filters (type, since) p50 ${pct(filtered, 0.5).toFixed(1)} ms, p95 ${pct(filtered, 0.95).toFixed(1)} ms`);
console.log(`  data directory ${(size(join(dir, "data")) / 1048576).toFixed(0)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
