// Commands over the incident store: ingest, worker, search, incidents, show.
import { hostname } from "node:os";
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import type { MergedIncident } from "../group/merge.ts";
import type { IngestSummary } from "../pipeline/ingest.ts";
import { defaultOpenOptions } from "../store/sql.ts";
import { deliverDue, deliverPending, webhookFromEnv } from "../watch/webhook.ts";
import { Store, type IncidentFilters, type IncidentSummary, type StoredReport } from "../store/store.ts";

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

export async function openStore(db: string | undefined): Promise<Store> {
  return Store.open(defaultOpenOptions(db));
}

function describeBackend(store: Store, db: string | undefined): string {
  return store.backend === "postgres" ? "PostgreSQL (DATABASE_URL)" : `embedded store ${defaultOpenOptions(db).dataDir}`;
}

export async function runIngest(args: string[]): Promise<number> {
  // --verbose prints one "status<TAB>uri" line per document as it is committed.
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: {
      db: { type: "string" }, workers: { type: "string" }, "allow-private": { type: "boolean" }, follow: { type: "boolean" },
      queue: { type: "boolean" }, json: { type: "boolean" }, timeout: { type: "string" }, verbose: { type: "boolean" },
    },
  });
  if (!positionals.length) throw new AppError("BAD_ARGUMENT", "name at least one file, directory, URL or feed (or - for standard input)");
  const { createExtractor, defaultWorkerCount } = await import("../pipeline/extract-pool.ts");
  const { ingestInputs } = await import("../pipeline/ingest.ts");
  const workers = values.workers ? Number(values.workers) : defaultWorkerCount();
  if (!Number.isInteger(workers) || workers < 0) throw new AppError("BAD_ARGUMENT", `--workers must be a whole number ≥ 0 (0 extracts on the writing thread), not "${values.workers}"`);
  // The threads load their language model while the store opens.
  const extractor = createExtractor(workers);
  let store: Store;
  try {
    store = await openStore(values.db);
  } catch (e) {
    await extractor.close();
    throw e;
  }
  if (values.queue && store.backend !== "postgres") { await store.close(); await extractor.close(); throw new AppError("BAD_ARGUMENT", "--queue shares work through PostgreSQL: set DATABASE_URL"); }
  const tty = process.stderr.isTTY && !values.json;
  let lastDraw = 0;
  try {
    const summary = await ingestInputs(store, positionals, {
      extractor, queue: values.queue,
      load: { allowPrivate: values["allow-private"], followLinks: values.follow, timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined },
      onProgress: (p, s) => {
        if (p.status === "failed" && !tty) err(`incidex ingest: ${p.uri}: ${s.failed[s.failed.length - 1]!.reason}\n`);
        if (values.verbose) out(`${p.status}\t${p.uri}\n`);
        if (!tty || Date.now() - lastDraw < 80) return;
        lastDraw = Date.now();
        err(`\r${progressLine(p.done, s)}`);
      },
    });
    if (tty) err(`\r${progressLine(summary.read, summary)}\n`);
    const hook = webhookFromEnv();
    if (hook) {
      const r = await deliverPending(store, hook, 30_000);
      if (r.delivered || r.failed || r.pending) err(`incidex ingest: webhook: ${r.delivered} alert${r.delivered === 1 ? "" : "s"} delivered${r.pending ? "; some are still pending and are retried by the next ingest or by incidex serve" : ""}\n`);
    }
    if (values.json) out(`${JSON.stringify(summary)}\n`);
    else out(formatSummary(summary, describeBackend(store, values.db), extractor.size));
    return summary.failed.length ? 1 : 0;
  } finally {
    await extractor.close();
    await store.close();
  }
}

function progressLine(done: number, s: IngestSummary): string {
  const width = 24, filled = Math.min(width, Math.round(((s.new + s.updated + s.unchanged + s.failed.length) / Math.max(s.read, 1)) * width));
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done} documents · new ${s.new} · updated ${s.updated} · unchanged ${s.unchanged} · failed ${s.failed.length}`;
}

function formatSummary(s: IngestSummary, backend: string, workers: number): string {
  const lines = [
    `Ingested into ${backend} ${workers ? `with ${workers} extraction thread${workers === 1 ? "" : "s"}` : "extracting on the writing thread"} in ${s.seconds.toFixed(1)} s`,
    `  read       ${s.read}`, `  new        ${s.new}`, `  updated    ${s.updated}`, `  unchanged  ${s.unchanged}`,
  ];
  if (s.queued) lines.push(`  queued     ${s.queued} (for incidex worker)`);
  lines.push(`  failed     ${s.failed.length}`);
  for (const f of s.failed) lines.push(`    ${f.uri}: ${f.reason} [${f.code}]`);
  return `${lines.join("\n")}\n`;
}

export async function runWorker(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { once: { type: "boolean" }, name: { type: "string" }, "idle-exit": { type: "string" } } });
  if (!process.env.DATABASE_URL) throw new AppError("BAD_ARGUMENT", "incidex worker shares a PostgreSQL queue: set DATABASE_URL");
  const { extractReport } = await import("../pipeline/extract-report.ts");
  const store = await openStore(undefined);
  const name = values.name ?? `${hostname()}:${process.pid}`;
  const idleExitMs = values["idle-exit"] ? Number(values["idle-exit"]) * 1000 : values.once ? 0 : Infinity;
  const hook = webhookFromEnv();
  let idleSince = Date.now(), processed = 0, lastDelivery = 0;
  let stopping = false;
  const stop = () => { stopping = true; };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  try {
    while (!stopping) {
      const job = await store.runNextJob(name, async (doc, tx) => {
        const record = extractReport({ text: doc.text, uri: doc.uri, title: doc.title, lang: doc.lang, published: doc.published });
        return store.ingest(doc, record, tx);
      });
      if (job) {
        processed++;
        idleSince = Date.now();
        if (job.error) err(`incidex worker: job ${job.id} ${job.uri}: ${job.error}\n`);
        continue;
      }
      // Alerts raised by the jobs go out between them, every few seconds.
      if (hook && Date.now() - lastDelivery > 2000) {
        lastDelivery = Date.now();
        await deliverDue(store, hook).catch((e) => err(`incidex worker: webhook: ${(e as Error).message}\n`));
      }
      if (Date.now() - idleSince >= idleExitMs) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    out(`worker ${name}: ${processed} job${processed === 1 ? "" : "s"} processed\n`);
    return 0;
  } finally {
    await store.close();
  }
}

export const filterOptions = {
  db: { type: "string" }, type: { type: "string" }, country: { type: "string" }, lang: { type: "string" }, sector: { type: "string" },
  victim: { type: "string" }, since: { type: "string" }, until: { type: "string" }, limit: { type: "string" }, cursor: { type: "string" },
  json: { type: "boolean" },
} as const;

export function filtersFrom(values: Record<string, string | boolean | undefined>): IncidentFilters {
  const limit = values.limit ? Number(values.limit) : undefined;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new AppError("BAD_ARGUMENT", `--limit must be a whole number ≥ 1, not "${values.limit}"`);
  const s = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  return { type: s("type"), country: s("country"), lang: s("lang"), sector: s("sector"), victim: s("victim"), since: s("since"), until: s("until"), limit, cursor: s("cursor") };
}

function summaryTable(items: IncidentSummary[]): string {
  if (!items.length) return "no incidents match\n";
  return `${items.map((i) => {
    const when = i.firstDate === i.lastDate || !i.lastDate ? i.firstDate ?? "date unknown" : `${i.firstDate}…${i.lastDate}`;
    const meta = [i.types.join(","), i.countries.join(","), i.langs.join("/"), `${i.reportCount} report${i.reportCount === 1 ? "" : "s"}`].filter(Boolean).join(" · ");
    return `${i.id}  ${when}  ${i.title}\n    ${meta}${i.victims.length ? ` · victim: ${i.victims.join("; ")}` : ""}`;
  }).join("\n")}\n`;
}

export async function runSearch(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: filterOptions });
  const q = positionals.join(" ").trim();
  if (!q) throw new AppError("BAD_ARGUMENT", 'give a query: incidex search "ransomware kommune"');
  const store = await openStore(values.db);
  try {
    const items = await store.search({ ...filtersFrom(values), q });
    out(values.json ? `${JSON.stringify(items, null, 2)}\n` : summaryTable(items));
    return 0;
  } finally { await store.close(); }
}

export async function runIncidents(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === "merge") return runMerge(rest);
  if (sub === "split") return runSplit(rest);
  const { values } = parseArgs({ args, options: filterOptions });
  const store = await openStore(values.db);
  try {
    const page = await store.listIncidents(filtersFrom(values));
    if (values.json) out(`${JSON.stringify(page, null, 2)}\n`);
    else out(`${summaryTable(page.items)}${page.nextCursor ? `more: --cursor ${page.nextCursor}\n` : ""}`);
    return 0;
  } finally { await store.close(); }
}

async function runMerge(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: "string" }, json: { type: "boolean" } } });
  if (positionals.length < 2) throw new AppError("BAD_ARGUMENT", "usage: incidex incidents merge TARGET_ID OTHER_ID...");
  const store = await openStore(values.db);
  try {
    const merged = await store.mergeIncidents(positionals[0]!, positionals.slice(1));
    out(values.json ? `${JSON.stringify(merged, null, 2)}\n` : `merged ${positionals.slice(1).join(", ")} into ${merged.id}: ${merged.reports.length} reports\n`);
    return 0;
  } finally { await store.close(); }
}

async function runSplit(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: "string" }, reports: { type: "string" }, json: { type: "boolean" } } });
  if (positionals.length !== 1 || !values.reports) throw new AppError("BAD_ARGUMENT", "usage: incidex incidents split INCIDENT_ID --reports REPORT_ID[,REPORT_ID...]");
  const store = await openStore(values.db);
  try {
    const r = await store.splitIncident(positionals[0]!, values.reports.split(",").map((s) => s.trim()).filter(Boolean));
    out(values.json ? `${JSON.stringify(r)}\n` : `split ${values.reports} out of ${r.kept} into ${r.created}\n`);
    return 0;
  } finally { await store.close(); }
}

export async function runShow(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: "string" }, json: { type: "boolean" } } });
  const id = positionals[0];
  if (!id) throw new AppError("BAD_ARGUMENT", "usage: incidex show INCIDENT_ID|REPORT_ID");
  const store = await openStore(values.db);
  try {
    if (id.startsWith("r_")) {
      const r = await store.getReport(id);
      if (!r) throw new AppError("NOT_FOUND", `no report ${id}`, 404);
      out(values.json ? `${JSON.stringify(r, null, 2)}\n` : formatReport(r));
      return 0;
    }
    const found = await store.getIncident(id);
    if (!found) throw new AppError("NOT_FOUND", `no incident ${id}`, 404);
    out(values.json ? `${JSON.stringify(found, null, 2)}\n` : formatIncident(found.incident, found.reports));
    return 0;
  } finally { await store.close(); }
}

const quote = (s: string) => `“${s.replace(/\s+/g, " ").slice(0, 140)}”`;

function formatIncident(i: MergedIncident, reports: StoredReport[]): string {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const ev = (value: string, reportIds: string[], pick: (r: StoredReport) => { evidence: { text: string }[] } | undefined) => {
    const r = reportIds.map((id) => byId.get(id)).find(Boolean);
    const e = r && pick(r)?.evidence[0];
    return e ? `${value}  ${quote(e.text)} [${r!.lang}]` : value;
  };
  const lines: string[] = [`${i.title}`, `${i.id} · ${i.langs.join("/")} · ${i.reports.length} report${i.reports.length === 1 ? "" : "s"} · ${i.firstDate ?? "date unknown"}${i.lastDate && i.lastDate !== i.firstDate ? `…${i.lastDate}` : ""}`, ""];
  const section = (label: string, items: string[]) => { if (items.length) lines.push(`${label}:`, ...items.map((s) => `  ${s}`)); };
  section("Types", i.types.map((t) => ev(t.value, t.reports, (r) => r.record.types.find((x) => x.value === t.value))));
  section("Victims", i.victims.map((v) => ev(v.value, v.reports, (r) => r.record.victims.find((x) => x.name.toLowerCase().includes(v.value.toLowerCase().split(" ")[0]!)) ?? r.record.victims.find((x) => x.named !== false))));
  section("Described, not named", (i.describedVictims ?? []).map((v) => ev(v.value, v.reports, (r) => r.record.victims.find((x) => x.named === false && x.name === v.value))));
  section("Impersonated", i.impersonated.map((v) => ev(v.value, v.reports, (r) => r.record.impersonated[0])));
  section("Third parties", i.thirdParties.map((v) => ev(v.value, v.reports, (r) => r.record.thirdParties[0])));
  section("Actors", i.actors.map((a) => a.value));
  section("Countries", [i.countries.map((c) => c.value).join(", ")].filter(Boolean));
  section("Sectors", [i.sectors.map((c) => c.value).join(", ")].filter(Boolean));
  const d = i.dates;
  section("Dates", (["occurred", "discovered", "disclosed", "published"] as const).flatMap((k) => (d[k] ? [`${k.padEnd(10)} ${ev(d[k]!.value, d[k]!.reports, (r) => r.record.dates[k] ?? undefined)}`] : [])));
  if (i.affected) section("Affected", [ev(`${i.affected.approximate ? "~" : ""}${i.affected.count} ${i.affected.unit}`, i.affected.reports, (r) => r.record.affected ?? undefined)]);
  section("Data compromised", i.data.compromised.map((c) => ev(c.value, c.reports, (r) => r.record.data.compromised.find((x) => x.value === c.value))));
  section("Data not compromised", i.data.notCompromised.map((c) => ev(c.value, c.reports, (r) => r.record.data.notCompromised.find((x) => x.value === c.value))));
  section("Response", i.response.map((c) => ev(c.value, c.reports, (r) => r.record.response.find((x) => x.value === c.value))));
  section("Advice", i.advice.map((c) => ev(c.value, c.reports, (r) => r.record.advice.find((x) => x.value === c.value))));
  section("Indicators", i.indicators.map((x) => `${x.type} ${x.value} (${x.role}${x.partial ? ", partial" : ""})`));
  section("Reports", i.reports.map((r) => `${r.id} [${r.lang}] ${r.title ?? ""}\n    ${r.uri}\n    grouped by ${r.reason.rule}${r.reason.shared?.length ? ` (${r.reason.shared.map((s) => `${s.kind} ${s.value}`).join(", ")})` : ""}`));
  return `${lines.join("\n")}\n`;
}

function formatReport(r: StoredReport): string {
  const rec = r.record;
  const lines = [`${r.title ?? r.id}`, `${r.id} · ${r.lang} · ${r.uri} · version ${r.version}${r.incidentId ? ` · incident ${r.incidentId}` : " · not an incident"}`, ""];
  const item = (label: string, value: string, e?: { text: string }[]) => lines.push(`${label.padEnd(14)} ${value}${e?.[0] ? `  ${quote(e[0].text)}` : ""}`);
  for (const t of rec.types) item("type", t.value, t.evidence);
  for (const v of rec.victims) item(v.named === false ? "victim (unnamed)" : "victim", v.name, v.evidence);
  for (const v of rec.impersonated) item("impersonated", v.name, v.evidence);
  for (const v of rec.thirdParties) item("third party", `${v.name} (${v.role})`, v.evidence);
  for (const k of ["occurred", "discovered", "disclosed", "published"] as const) if (rec.dates[k]) item(k, rec.dates[k]!.value, rec.dates[k]!.evidence);
  if (rec.affected) item("affected", `${rec.affected.count} ${rec.affected.unit}`, rec.affected.evidence);
  for (const d of rec.data.compromised) item("data", d.value, d.evidence);
  for (const d of rec.data.notCompromised) item("data (not)", d.value, d.evidence);
  for (const a of rec.response) item("response", a.value, a.evidence);
  for (const a of rec.advice) item("advice", a.value, a.evidence);
  for (const x of rec.indicators) item("indicator", `${x.type} ${x.value} (${x.role})`, x.evidence);
  return `${lines.join("\n")}\n`;
}
