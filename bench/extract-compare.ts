// Compares the extraction speed of this checkout with another one (an earlier commit checked out
// with `git worktree add`), in one process: batches of 100 documents alternate between the two,
// so a noisy machine slows both alike. Prints docs/s for each and their ratio.
//   node --import tsx bench/extract-compare.ts /tmp/base [--texts DIR]
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { extractReport } from "../src/pipeline/extract-report.ts";
import { realisticDocs } from "./generate.ts";

const [other, flag, dir] = process.argv.slice(2);
if (!other) {
  console.error("usage: extract-compare.ts OTHER_CHECKOUT [--texts DIR]");
  process.exit(2);
}
const base = (await import(pathToFileURL(resolve(other, "src/pipeline/extract-report.ts")).href)) as { extractReport: typeof extractReport };
const docs = flag === "--texts" && dir ? readdirSync(dir).map((f) => readFileSync(resolve(dir, f), "utf8")) : realisticDocs(1500, 3000);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
const runs: [string, (doc: { text: string }) => unknown][] = [["this checkout", extractReport], [other, base.extractReport]];
for (const d of docs.slice(0, 300)) for (const [, f] of runs) f({ text: d });
const ms = new Map<string, number>();
const rounds = 4;
for (let r = 0; r < rounds; r++) {
  for (let b = 0; b < docs.length; b += 100) {
    for (const [name, f] of r % 2 ? [...runs].reverse() : runs) {
      const t = performance.now();
      for (const d of docs.slice(b, b + 100)) f({ text: d });
      ms.set(name, (ms.get(name) ?? 0) + performance.now() - t);
    }
  }
}
console.log(`extract-compare: ${docs.length} documents, ${(bytes / docs.length / 1024).toFixed(1)} kB average, ${rounds} rounds`);
for (const [name, t] of ms) console.log(`  ${name}: ${((docs.length * rounds) / (t / 1000)).toFixed(0)} docs/s, ${((bytes * rounds) / 1048576 / (t / 1000)).toFixed(2)} MB/s`);
const [a, b] = [...ms.values()];
console.log(`  ratio: ${(b! / a!).toFixed(2)} (above 1: this checkout is faster)`);
