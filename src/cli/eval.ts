// `incidex eval`: scores extraction against a gold JSONL file in the flat format of the spec.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import { decodeDocument } from "../ingest/decode.ts";
import type { ReportRecord } from "../model/record.ts";
import { extractReport } from "../pipeline/extract-report.ts";
import { formatScore, score, type GoldLine } from "../eval/score.ts";

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8").split("\n").map((l, i) => [l, i] as const).filter(([l]) => l.trim()).map(([l, i]) => {
    try { return JSON.parse(l) as T; } catch (e) { throw new AppError("BAD_GOLD", `${path}:${i + 1}: ${(e as Error).message}`); }
  });
}

/** A gold line's `file`, looked up from the working directory and then upwards from the gold file. */
function locate(file: string, goldPath: string): string | null {
  if (existsSync(file)) return file;
  let dir = dirname(resolve(goldPath));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    const p = resolve(dir, file);
    if (existsSync(p)) return p;
  }
  return null;
}

export async function runEval(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { gold: { type: "string" }, pred: { type: "string" }, "by-lang": { type: "boolean" }, json: { type: "boolean" } } });
  if (!values.gold) throw new AppError("BAD_ARGUMENT", "--gold FILE.jsonl is required");
  const gold = readJsonl<GoldLine>(values.gold);
  let preds: Partial<ReportRecord>[];
  if (values.pred) preds = readJsonl(values.pred);
  else {
    preds = [];
    for (const g of gold) {
      const path = g.file ? locate(g.file, values.gold) : null;
      if (!path) { process.stderr.write(`incidex eval: ${g.file ?? g.id}: document not found\n`); continue; }
      try {
        preds.push(extractReport({ text: decodeDocument(readFileSync(path)).text, uri: g.file }));
      } catch (e) {
        process.stderr.write(`incidex eval: ${path}: ${(e as Error).message}\n`);
      }
    }
  }
  const result = score(gold, preds);
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : `${formatScore(result, !!values["by-lang"])}\n`);
  return 0;
}
