// `incidex eval-groups --gold FILE.json`: ingests the gold set's documents into a fresh
// in-memory store and scores the incidents it forms with B-cubed precision, recall and F1.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import { bcubed } from "../group/bcubed.ts";
import { createExtractor } from "../pipeline/extract-pool.ts";
import { ingestInputs } from "../pipeline/ingest.ts";
import { Store } from "../store/store.ts";

interface GroupingGold { inputs: string[]; clusters: Record<string, string[]>; singletons?: string[] }

export function readGroupingGold(path: string): { gold: Map<string, string>; inputs: string[] } {
  let raw: GroupingGold;
  try { raw = JSON.parse(readFileSync(path, "utf8")); } catch (err) { throw new AppError("BAD_GOLD", `${path}: ${(err as Error).message}`); }
  if (!raw || !Array.isArray(raw.inputs) || typeof raw.clusters !== "object") throw new AppError("BAD_GOLD", `${path}: needs "inputs" (a list) and "clusters" (an object)`);
  const base = dirname(path);
  const resolve = (u: string) => (/^[a-z]+:\/\//i.test(u) ? u : join(base, u));
  const gold = new Map<string, string>();
  for (const [label, uris] of Object.entries(raw.clusters)) for (const u of uris) gold.set(resolve(u), label);
  for (const u of raw.singletons ?? []) gold.set(resolve(u), `singleton:${u}`);
  return { gold, inputs: raw.inputs.map(resolve) };
}

export async function runEvalGroups(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { gold: { type: "string" }, json: { type: "boolean" } } });
  if (!values.gold) throw new AppError("BAD_ARGUMENT", "usage: incidex eval-groups --gold GROUPING.json");
  const { gold, inputs } = readGroupingGold(values.gold);
  const store = await Store.open({ dataDir: ":memory:" });
  const extractor = createExtractor(0);
  try {
    const summary = await ingestInputs(store, inputs, { extractor });
    const predicted = await store.membership();
    const missing = [...gold.keys()].filter((u) => !predicted.has(u) && !gold.get(u)!.startsWith("singleton:"));
    const score = bcubed(gold, predicted);
    if (values.json) process.stdout.write(`${JSON.stringify({ ...score, failed: summary.failed, ungrouped: missing })}\n`);
    else {
      process.stdout.write(`B-cubed over ${score.items} documents: precision ${(score.precision * 100).toFixed(1)}  recall ${(score.recall * 100).toFixed(1)}  F1 ${(score.f1 * 100).toFixed(1)}\n`);
      for (const [label, ids] of groupsOf(gold)) {
        const got = new Set(ids.map((u) => predicted.get(u) ?? `(none) ${u}`));
        if (got.size > 1) process.stdout.write(`  split: ${label} → ${[...got].join(", ")}\n`);
      }
      for (const f of summary.failed) process.stdout.write(`  failed: ${f.uri}: ${f.reason}\n`);
    }
    return 0;
  } finally {
    await extractor.close();
    await store.close();
  }
}

function groupsOf(gold: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [u, l] of gold) if (!l.startsWith("singleton:")) out.set(l, [...(out.get(l) ?? []), u]);
  return out;
}
