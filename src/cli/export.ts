// incidex export: the selected incidents as STIX 2.1, MISP, VERIS, CSV or JSONL, to a file or
// standard output, streamed so a large store never sits in memory.
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { exportFormat, exportIncidents } from "../export/formats.ts";
import { filterOptions, filtersFrom, openStore } from "./store-commands.ts";

export async function runExport(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...filterOptions, format: { type: "string", short: "f" }, output: { type: "string", short: "o" }, bom: { type: "boolean" }, q: { type: "string" }, id: { type: "string", multiple: true } },
  });
  const format = exportFormat(values.format);
  const { id, ...rest } = values;
  const filters = { ...filtersFrom(rest), limit: undefined, q: values.q, ids: id?.flatMap((v) => v.split(",")) };
  const store = await openStore(values.db);
  // A file is written beside its final name and renamed at the end: a failed export leaves no half file.
  const target = values.output && values.output !== "-" ? values.output : null;
  const partial = target ? `${target}.partial` : null;
  const out = partial ? createWriteStream(partial) : process.stdout;
  try {
    for await (const chunk of exportIncidents(store, format, filters, { bom: values.bom })) {
      if (!out.write(chunk)) await once(out, "drain");
    }
    if (partial && target) {
      await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? reject(err) : resolve())));
      renameSync(partial, target);
      process.stderr.write(`incidex export: wrote ${format} to ${target}\n`);
    }
    return 0;
  } catch (err) {
    if (partial) { (out as ReturnType<typeof createWriteStream>).destroy(); rmSync(partial, { force: true }); }
    throw err;
  } finally {
    await store.close();
  }
}
