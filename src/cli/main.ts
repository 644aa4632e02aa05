// The command-line entry: one explicit table of commands.
// Commands load their modules on use: the language model behind extraction takes a second to
// load, which `incidex show` or `incidex search` should not pay.
const store = () => import("./store-commands.ts");
const runExtract = async (a: string[]) => (await import("./extract.ts")).runExtract(a);
const runEval = async (a: string[]) => (await import("./eval.ts")).runEval(a);
const runEvalGroups = async (a: string[]) => (await import("./eval-groups.ts")).runEvalGroups(a);
const runIngest = async (a: string[]) => (await store()).runIngest(a);
const runWorker = async (a: string[]) => (await store()).runWorker(a);
const runSearch = async (a: string[]) => (await store()).runSearch(a);
const runIncidents = async (a: string[]) => (await store()).runIncidents(a);
const runShow = async (a: string[]) => (await store()).runShow(a);
const runExport = async (a: string[]) => (await import("./export.ts")).runExport(a);
const runWatch = async (a: string[]) => (await import("./watch.ts")).runWatch(a);
const runServe = async (a: string[]) => (await import("./serve.ts")).runServe(a);

const COMMANDS: Record<string, { run: (args: string[]) => Promise<number>; summary: string }> = {
  extract: { run: runExtract, summary: "extract [FILE|DIR|URL|-]... [--jsonl|--json] [--lang CODE] [--published DATE] [--allow-private] [--follow]  one report record per document" },
  ingest: { run: runIngest, summary: "ingest PATH|URL|FEED|-... [--db DIR] [--workers N] [--allow-private] [--follow] [--queue]  store and group documents" },
  worker: { run: runWorker, summary: "worker [--once] [--idle-exit SECONDS]  process queued documents from the PostgreSQL job table" },
  search: { run: runSearch, summary: "search QUERY [--type --country --lang --sector --victim --since --until --limit] [--json]  full-text search over incidents" },
  incidents: { run: runIncidents, summary: "incidents [filters] [--cursor C] [--json] | incidents merge TARGET OTHER... | incidents split ID --reports R,...  list or correct incidents" },
  show: { run: runShow, summary: "show INCIDENT_ID|REPORT_ID [--json]  a readable view that quotes the evidence" },
  export: { run: runExport, summary: "export --format stix|misp|veris|csv|jsonl [filters] [--q QUERY] [-o FILE] [--bom]  incidents for other platforms" },
  watch: { run: runWatch, summary: "watch add NAME [--roles victim,third_party,impersonated] | watch list | watch remove NAME | watch alerts  organisations to be alerted about" },
  serve: { run: runServe, summary: "serve [--port 8080] [--host 127.0.0.1] [--db DIR] [--ingest PATH]... [--allow-private]  HTTP API and web UI" },
  "eval-groups": { run: runEvalGroups, summary: "eval-groups --gold GROUPING.json [--json]  B-cubed scores of incident grouping on a labelled set" },
  eval: { run: runEval, summary: "eval --gold FILE.jsonl [--pred FILE.jsonl] [--by-lang] [--json]  score extraction against gold" },
};

const USAGE = `usage: incidex <command> [options]\n\ncommands:\n${Object.values(COMMANDS).map((c) => `  ${c.summary}`).join("\n")}\n`;

// A reader that stops early (`incidex extract … | head`) closes the pipe: that ends the command
// quietly, as it does for other Unix tools, instead of a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") { process.stdout.write(USAGE); return name ? 0 : 2; }
  const cmd = COMMANDS[name];
  if (!cmd) { process.stderr.write(`incidex: unknown command "${name}"\n\n${USAGE}`); return 2; }
  try {
    return await cmd.run(rest);
  } catch (err) {
    const code = (err as { code?: string }).code;
    process.stderr.write(`incidex ${name}: ${(err as Error).message}${code && /^[A-Z_]+$/.test(code) ? ` [${code}]` : ""}\n`);
    return 2;
  }
}
