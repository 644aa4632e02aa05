// Prints extraction throughput (docs/s and MB/s on one core), peak RSS, and the time taken on
// pathological lines. Documents are generated from realistic sentences in several languages.
import { extractReport } from "../src/pipeline/extract-report.ts";
import { realisticDocs } from "./generate.ts";

const docs = realisticDocs(1500, 3000);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
for (const d of docs.slice(0, 300)) extractReport({ text: d }); // warm-up: packs compile, JIT settles
let peak = process.memoryUsage().rss;
const t0 = performance.now();
for (const d of docs) {
  extractReport({ text: d });
  peak = Math.max(peak, process.memoryUsage.rss());
}
const secs = (performance.now() - t0) / 1000;
console.log(`extract: ${docs.length} documents, ${(bytes / docs.length / 1024).toFixed(1)} kB average`);
console.log(`  ${(docs.length / secs).toFixed(0)} docs/s per core, ${(bytes / 1048576 / secs).toFixed(2)} MB/s per core`);
console.log(`  peak RSS ${(peak / 1048576).toFixed(0)} MB`);
for (const [name, text] of [["1 MB of 'a'", "a".repeat(1 << 20)], ["1 MB of 'a.'", "a.".repeat(1 << 19)], ["1 MB of '1.'", "1.".repeat(1 << 19)], ["1 MB of 'x@'", "x@".repeat(1 << 19)]] as const) {
  const t = performance.now();
  extractReport({ text });
  console.log(`  pathological ${name}: ${(performance.now() - t).toFixed(0)} ms`);
}
