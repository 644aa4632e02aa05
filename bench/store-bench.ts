// Prints ingest throughput into the embedded store (worker threads on every core), search
// latency percentiles, data-directory size and peak RSS. `npm run bench:store -- 5000` sets the
// number of generated reports (default 10,000: the first second, while the extraction thread loads its model, is not the steady rate).
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExtractor, defaultWorkerCount } from "../src/pipeline/extract-pool.ts";
import { ingestInputs } from "../src/pipeline/ingest.ts";
import { Store } from "../src/store/store.ts";

const n = Number(process.argv[2] ?? 10000);
const dir = mkdtempSync(join(tmpdir(), "incidex-store-bench-"));
const orgs = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper", "Kauri", "Larch"];
const kinds = ["Logistik A/S", "Kommune", "Energie GmbH", "Sjukhus AB", "Banca S.p.A.", "Clinic Ltd"];
const templates = [
  (o: string, i: number) => `${o} ramt af ransomware\n\n${o} blev ramt af et ransomware-angreb. Hackere krypterede serverne og stjal navne og adresser på ${1000 + i} kunder. Virksomheden har anmeldt angrebet til politiet.`,
  (o: string, i: number) => `Datenleck bei ${o}\n\nDie ${o} ist Opfer eines Hackerangriffs geworden. Die Angreifer stahlen Namen von rund ${2000 + i} Kunden. Bankdaten sind nicht betroffen.`,
  (o: string, i: number) => `${o} discloses data breach\n\n${o} said attackers accessed its systems and stole names and email addresses of ${3000 + i} customers. The company notified the police.`,
];
// Background paragraphs as news articles carry them, no organisation named, to bring each
// document to about 3 kB, as the extraction bench's are.
const background: string[][] = [
  ["Angrebet minder om en række lignende hændelser i den offentlige sektor i de seneste år.", "Eksperter anbefaler, at virksomheder tager backup af deres data og opdaterer deres systemer jævnligt.",
    "Det er endnu uklart, hvor længe systemerne vil være nede.", "Medarbejderne arbejder i mellemtiden med papir og blyant.", "Sagen efterforskes af politiet, og der er ikke fremsat krav om løsesum, oplyser ledelsen."],
  ["Der Vorfall reiht sich in eine Serie ähnlicher Angriffe auf mittelständische Unternehmen ein.", "Experten raten, regelmäßig Sicherungskopien anzulegen und die Systeme aktuell zu halten.",
    "Wie lange die Systeme ausfallen, ist noch unklar.", "Die Ermittlungen dauern an.", "Kunden sollten bei unerwarteten E-Mails mit Links besonders vorsichtig sein."],
  ["The incident is the latest in a series of attacks on mid-sized companies this year.", "Experts advise organisations to keep offline backups and to patch their systems promptly.",
    "It is not yet clear how long the systems will remain offline.", "The investigation is ongoing.", "Customers should be wary of unexpected emails asking for personal information."],
];
const pad = (text: string, lang: number, i: number): string => {
  const pool = background[lang]!;
  let out = text, k = i;
  while (Buffer.byteLength(out) < 3000) out += (k % 3 === 0 ? "\n\n" : " ") + pool[k++ % pool.length];
  return out;
};
const lines: string[] = [];
for (let i = 0; i < n; i++) {
  const org = `${orgs[i % orgs.length]}${Math.floor(i / 36)} ${kinds[i % kinds.length]}`;
  const month = String(1 + (i % 12)).padStart(2, "0");
  lines.push(JSON.stringify({ url: `https://bench.example/${i}`, title: null, published: `2025-${month}-1${i % 10}`, text: pad(templates[i % templates.length]!(org, i), i % templates.length, i) }));
}
// Files of 1,000 documents: one file over the loader's size limit would be refused whole.
const inputs: string[] = [];
const bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(JSON.parse(l).text), 0);
for (let from = 0; from < lines.length; from += 1000) {
  const file = join(dir, `docs-${String(from / 1000).padStart(4, "0")}.jsonl`);
  writeFileSync(file, `${lines.slice(from, from + 1000).join("\n")}\n`);
  inputs.push(file);
}

let peak = process.memoryUsage.rss();
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 50);
const dataDir = join(dir, "data");
// As `incidex ingest` does: the extraction threads load their model while the store opens.
const workers = defaultWorkerCount();
const extractor = createExtractor(workers);
const store = await Store.open({ dataDir });
const summary = await ingestInputs(store, inputs, { extractor });
if (summary.failed.length) console.error(`${summary.failed.length} documents failed, e.g. ${summary.failed[0]!.uri}: ${summary.failed[0]!.reason}`);
await extractor.close();
const queries = ["ransomware", "angreb", "Hackerangriff", "data breach", "Alder", "Kommune", "Bankdaten", "police", "Birch3 Energie", "stjal navne"];
const times: number[] = [];
for (let r = 0; r < 20; r++) for (const q of queries) { const t = performance.now(); await store.search({ q }); times.push(performance.now() - t); }
const listTimes: number[] = [];
for (let r = 0; r < 100; r++) { const t = performance.now(); await store.listIncidents({ limit: 50, type: r % 2 ? "ransomware" : undefined }); listTimes.push(performance.now() - t); }
const reports = await store.countReports();
await store.close();
clearInterval(timer);
const size = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((s, f) => s + size(join(p, f)), 0) : statSync(p).size);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
console.log(`store (embedded PGlite): ${reports} reports from ${n} generated documents of ${(bytes / n / 1000).toFixed(1)} kB`);
console.log(`  ingest ${(summary.new / summary.seconds).toFixed(0)} docs/s, ${workers === 0 ? "extracting on the writing thread" : `${workers} extraction thread${workers === 1 ? "" : "s"}`} (${summary.seconds.toFixed(1)} s)`);
console.log(`  search p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms over ${times.length} queries`);
console.log(`  list incidents p50 ${pct(listTimes, 0.5).toFixed(1)} ms, p95 ${pct(listTimes, 0.95).toFixed(1)} ms`);
console.log(`  data directory ${(size(dataDir) / 1048576).toFixed(0)} MB, peak RSS ${(peak / 1048576).toFixed(0)} MB`);
