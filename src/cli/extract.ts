// `incidex extract`: one report record per document, in input order. Files are read as `ingest`
// reads them: an HTML page gives its article, title and date; a .jsonl file, a document a line;
// a feed, its items; an .eml file, its message.
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import { loadInputs } from "../ingest/loaders.ts";
import type { ReportRecord } from "../model/record.ts";
import { extractReport } from "../pipeline/extract-report.ts";
import { PARTIAL_ISO_DATE } from "../text/iso-date.ts";

export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { jsonl: { type: "boolean" }, json: { type: "boolean" }, lang: { type: "string" }, published: { type: "string" }, "allow-private": { type: "boolean" }, follow: { type: "boolean" } },
  });
  if (values.published && !PARTIAL_ISO_DATE.test(values.published)) {
    throw new AppError("BAD_ARGUMENT", `--published must be YYYY, YYYY-MM or YYYY-MM-DD, not "${values.published}"`);
  }
  const inputs = positionals.length ? positionals : ["-"];
  const records: ReportRecord[] = [];
  let failed = 0;
  for await (const item of loadInputs(inputs, { allowPrivate: values["allow-private"], followLinks: values.follow })) {
    if (!item.ok) {
      failed++;
      process.stderr.write(`incidex extract: ${item.uri}: ${item.error.message} [${item.error.code}]\n`);
      continue;
    }
    const doc = item.doc;
    if (doc.encoding === "windows-1252") process.stderr.write(`incidex extract: ${doc.uri}: not UTF-8; read as Windows-1252\n`);
    // What the command line says is taken over what the document says of itself.
    const record = extractReport({ text: doc.text, uri: doc.uri === "-" ? null : doc.uri, title: doc.title, lang: values.lang ?? doc.lang, published: values.published ?? doc.published });
    if (values.jsonl) process.stdout.write(`${JSON.stringify(record)}\n`);
    else records.push(record);
  }
  if (!values.jsonl) {
    const out = records.length === 1 && inputs.length === 1 && !values.json ? records[0] : records;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
