// `incidex extract`: one report record per input, in input order.
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import { readInputs } from "../ingest/read-inputs.ts";
import type { ReportRecord } from "../model/record.ts";
import { extractReport } from "../pipeline/extract-report.ts";
import { PARTIAL_ISO_DATE } from "../text/iso-date.ts";

export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { jsonl: { type: "boolean" }, json: { type: "boolean" }, lang: { type: "string" }, published: { type: "string" } },
  });
  if (values.published && !PARTIAL_ISO_DATE.test(values.published)) {
    throw new AppError("BAD_ARGUMENT", `--published must be YYYY, YYYY-MM or YYYY-MM-DD, not "${values.published}"`);
  }
  const inputs = positionals.length ? positionals : ["-"];
  const records: ReportRecord[] = [];
  let failed = 0;
  for (const item of readInputs(inputs)) {
    if (!item.ok) {
      failed++;
      process.stderr.write(`incidex extract: ${item.uri}: ${item.error.message} [${item.error.code}]\n`);
      continue;
    }
    if (item.encoding === "windows-1252") process.stderr.write(`incidex extract: ${item.uri}: not UTF-8; read as Windows-1252\n`);
    const record = extractReport({ text: item.text, uri: item.uri === "-" ? null : item.uri, lang: values.lang, published: values.published });
    if (values.jsonl) process.stdout.write(`${JSON.stringify(record)}\n`);
    else records.push(record);
  }
  if (!values.jsonl) {
    const out = records.length === 1 && inputs.length === 1 && !values.json ? records[0] : records;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
