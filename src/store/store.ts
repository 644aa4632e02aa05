// The incident store: reports with their evidence, incidents with merged fields and the reason
// each report belongs to them, sources, corrections, the ingest log and the job queue. One
// implementation over the Sql interface serves both PGlite and PostgreSQL; the read side
// (lookups, pages, search, facets) is StoreReader in reader.ts.
import { createHash } from "node:crypto";
import { AppError } from "../errors/app-error.ts";
import { normaliseOrg, type KeyKind, type TypeFamily } from "../group/identity.ts";
import { lookupWords, reportKeys, type ReportKeys } from "../group/keys.ts";
import { bestIncident, type CandidateKey } from "../group/match.ts";
import { mergeIncident, type LinkReason, type MemberReport, type MergedIncident } from "../group/merge.ts";
import type { ReportRecord } from "../model/record.ts";
import { migrate, tsConfigFor } from "./migrations.ts";
import { LexemeCache } from "./tsvector.ts";
import { defaultOpenOptions, openSql, type OpenOptions, type Sql } from "./sql.ts";
import { dateText, parseJson, StoreReader } from "./reader.ts";
import { isoTime } from "./time.ts";
import { Watchlist, type DeliveryOutcome, type WatchRole } from "./watchlist.ts";

export { WATCH_ROLES, type Alert, type DeliveryOutcome, type Watch, type WatchRole } from "./watchlist.ts";
export type { Facet, IncidentDetail, IncidentFilters, IncidentSummary, Stats, StoredReport } from "./reader.ts";

/** A document as the loaders hand it over, before extraction. */
export interface LoadedDocument {
  uri: string;
  kind: string;
  text: string;
  title: string | null;
  published: string | null;
  lang: string | null;
  author?: string | null;
  meta?: Record<string, unknown>;
  /** How the file's bytes were decoded, where they were not UTF-8 (worth a note to the user). */
  encoding?: "utf-16le" | "utf-16be" | "windows-1252";
}

export type IngestStatus = "new" | "updated" | "unchanged";

export interface IngestOutcome {
  status: IngestStatus;
  reportId: string;
  incidentId: string | null;
}





/** A document's rows as written, before grouping; `keys` for the documents that changed. */
type StoredRows = IngestOutcome & { existed: boolean; keys?: ReportKeys };

export type BatchItem =
  | { doc: LoadedDocument; record: ReportRecord }
  | { doc: LoadedDocument; unchanged: true }
  | { uri: string; error: unknown };

export type BatchOutcome =
  | { status: IngestStatus; uri: string; reportId: string | null; incidentId: string | null }
  | { status: "failed"; uri: string; code: string; reason: string };


export const reportIdFor = (uri: string): string => `r_${createHash("sha256").update(uri).digest("hex").slice(0, 16)}`;
const incidentIdFor = (firstReportId: string): string => `i_${createHash("sha256").update(firstReportId).digest("hex").slice(0, 16)}`;

/** The hash that tells whether a document changed: its text and the metadata extraction reads. */
export function contentHash(doc: LoadedDocument): string {
  let hash = hashes.get(doc);
  if (!hash) hashes.set(doc, (hash = createHash("sha256").update(JSON.stringify([doc.text, doc.title, doc.published, doc.lang])).digest("hex")));
  return hash;
}
// The unchanged check before extraction and the write after it ask for the same document's hash.
const hashes = new WeakMap<LoadedDocument, string>();

const GROUPING_LOCK = 724002;


// The merged incident's row, written alike by the per-document and the batch grouping.
const INCIDENT_INSERT = "insert into incidents (id, title, record, types, families, countries, sectors, victims, langs, first_date, last_date, sort_date, report_count, victim_names, updated_at)";
const INCIDENT_UPSERT = `on conflict (id) do update set title = excluded.title, record = excluded.record, types = excluded.types, families = excluded.families,
  countries = excluded.countries, sectors = excluded.sectors, victims = excluded.victims, langs = excluded.langs, first_date = excluded.first_date,
  last_date = excluded.last_date, sort_date = excluded.sort_date, report_count = excluded.report_count, victim_names = excluded.victim_names,
  updated_at = excluded.updated_at`;




/** The columns of an incident's merged row, in the order of $1–$13 of its insert or update. */
const INCIDENT_COLUMNS = ["id", "title", "record", "types", "families", "countries", "sectors", "victims", "langs", "first_date", "last_date", "report_count", "victim_names"] as const;

interface IncidentWrite {
  id: string; title: string; record: MergedIncident; types: string[]; families: TypeFamily[]; countries: string[]; sectors: string[];
  victims: string[]; langs: string[]; first_date: string | null; last_date: string | null; report_count: number; victim_names: string[];
}

/** An incident's merged row and its identity keys, from its members; `params` is the row as $1–$13. */
function incidentRow(incidentId: string, members: MemberReport[]): { row: IncidentWrite; params: unknown[]; keyRows: { kind: KeyKind; value: string; head: string }[] } {
  const merged = mergeIncident(incidentId, members);
  const keySet = new Map<string, { kind: KeyKind; value: string }>();
  const families = new Set<TypeFamily>();
  for (const m of members) {
    const k = reportKeys(m.record);
    for (const key of k.keys) keySet.set(`${key.kind}|${key.value}`, key);
    for (const f of k.families) families.add(f);
  }
  const row: IncidentWrite = {
    id: incidentId, title: merged.title, record: merged, types: merged.types.map((t) => t.value), families: [...families],
    countries: merged.countries.map((c) => c.value), sectors: merged.sectors.map((x) => x.value), victims: merged.victims.map((v) => normaliseOrg(v.value)),
    langs: merged.langs, first_date: merged.firstDate, last_date: merged.lastDate, report_count: members.length, victim_names: merged.victims.map((v) => v.value),
  };
  const params = INCIDENT_COLUMNS.map((c) => (c === "record" ? JSON.stringify(merged) : row[c]));
  const keyRows = [...keySet.values()].flatMap((k) => lookupWords(k.kind, k.value).map((head) => ({ ...k, head })));
  return { row, params, keyRows };
}

/** A record's organisations by role, folded for matching: the rows of report_orgs. */
function orgRowsOf(record: ReportRecord): { role: string; name: string; norm: string }[] {
  return ([["victim", record.victims], ["impersonated", record.impersonated], ["third_party", record.thirdParties]] as const)
    .flatMap(([role, orgs]) => orgs.filter((o) => o.named !== false).map((o) => ({ role, name: o.name, norm: normaliseOrg(o.name) }))).filter((o) => o.norm);
}





export class Store extends StoreReader {
  readonly watchlist: Watchlist;
  /** Stemmed words remembered across documents, so a report's vector costs little database time. */
  private readonly lexemes = new LexemeCache();

  private constructor(sql: Sql) {
    super(sql);
    this.watchlist = new Watchlist(sql, (tx) => tx.query("select pg_advisory_xact_lock($1)", [GROUPING_LOCK]).then(() => undefined));
  }

  static async open(options: OpenOptions = defaultOpenOptions()): Promise<Store> {
    const sql = await openSql(options);
    try {
      await migrate(sql);
    } catch (err) {
      await sql.close().catch(() => {});
      throw err;
    }
    return new Store(sql);
  }

  close(): Promise<void> { return this.sql.close(); }

  /**
   * Whether a document with this URI and content is stored already (cheap, before extracting).
   * The checks asked for in one turn of the event loop share one query: ingest asks for a
   * window of documents at once, and on PGlite every query waits its turn behind the writes.
   */
  isUnchanged(doc: LoadedDocument): Promise<boolean> {
    return new Promise((resolve, reject) => {
      if (!this.pendingChecks.length) setImmediate(() => this.runPendingChecks());
      this.pendingChecks.push({ doc, resolve, reject });
    });
  }

  private pendingChecks: { doc: LoadedDocument; resolve: (unchanged: boolean) => void; reject: (err: Error) => void }[] = [];

  private async runPendingChecks(): Promise<void> {
    const checks = this.pendingChecks;
    this.pendingChecks = [];
    try {
      const rows = await this.sql.query<{ uri: string; content_hash: string }>("select uri, content_hash from reports where uri = any($1)", [[...new Set(checks.map((c) => c.doc.uri))]]);
      const stored = new Map(rows.map((r) => [r.uri, r.content_hash]));
      for (const c of checks) c.resolve(stored.get(c.doc.uri) === contentHash(c.doc));
    } catch (err) {
      for (const c of checks) c.reject(err as Error);
    }
  }

  /**
   * Commits several documents in one transaction, each under its own savepoint: a document that
   * fails is rolled back alone and reported, the others are stored. The ingest log rows of the
   * whole batch are written with it.
   */
  async commitBatch(runId: string, items: BatchItem[]): Promise<BatchOutcome[]> {
    const outcomes: BatchOutcome[] = [];
    const failure = (uri: string, err: unknown): BatchOutcome => {
      const code = (err as AppError).code ?? "ERROR";
      return { status: "failed", uri, code, reason: (err as Error).message };
    };
    // Documents found unchanged before extraction report the report and incident they are.
    const known = items.flatMap((i) => ("unchanged" in i ? [i.doc.uri] : []));
    const links = new Map(known.length ? (await this.sql.query<{ uri: string; id: string; incident_id: string | null }>(
      "select r.uri, r.id, l.incident_id from reports r left join incident_reports l on l.report_id = r.id where r.uri = any($1)", [known]))
      .map((r) => [r.uri, r]) : []);
    /** The outcome of an item that needs no writing, or null. */
    const settled = (item: BatchItem): BatchOutcome | null => {
      if ("error" in item) return failure(item.uri, item.error);
      if (!("unchanged" in item)) return null;
      const link = links.get(item.doc.uri);
      return { status: "unchanged", uri: item.doc.uri, reportId: link?.id ?? null, incidentId: link?.incident_id ?? null };
    };
    const logIn = (tx: Sql) => tx.query(
      "insert into ingest_log (run_id, uri, status, reason, report_id) select $1, * from unnest($2::text[], $3::text[], $4::text[], $5::text[])",
      [runId, outcomes.map((o) => o.uri), outcomes.map((o) => o.status), outcomes.map((o) => (o.status === "failed" ? `${o.code}: ${o.reason}` : null)),
        outcomes.map((o) => (o.status === "failed" ? null : o.reportId))]);

    // The fast path writes the batch's rows set-wise; anything unexpected in it (a document
    // failing, the same URI twice) and the batch is redone document by document instead.
    const fresh = items.filter((i): i is { doc: LoadedDocument; record: ReportRecord } => "record" in i);
    if (fresh.length > 1 && new Set(fresh.map((i) => i.doc.uri)).size === fresh.length) {
      try {
        await this.sql.transaction(async (tx) => {
          const stored = await this.storeRowsIn(tx, fresh);
          const grouped = await this.groupNewIn(tx, fresh, stored);
          outcomes.length = 0;
          for (const item of items) {
            const done = settled(item);
            if (done || !("record" in item)) { outcomes.push(done!); continue; }
            const row = stored.get(item.doc.uri)!;
            const incidentId = row.status === "unchanged" ? row.incidentId
              : grouped ? grouped.get(row.reportId) ?? null : await this.linkIn(tx, item.doc, item.record, row);
            outcomes.push({ status: row.status, uri: item.doc.uri, reportId: row.reportId, incidentId });
          }
          await logIn(tx);
        });
        return outcomes;
      } catch { /* redone below, one savepoint a document */ }
    }
    await this.sql.transaction(async (tx) => {
      outcomes.length = 0;
      for (const item of items) {
        const done = settled(item);
        if (done || !("record" in item)) { outcomes.push(done!); continue; }
        await tx.query("savepoint doc");
        try {
          const out = await this.ingestIn(tx, item.doc, item.record);
          await tx.query("release savepoint doc");
          outcomes.push({ ...out, uri: item.doc.uri });
        } catch (err) {
          await tx.query("rollback to savepoint doc");
          outcomes.push(failure(item.doc.uri, err));
        }
      }
      await logIn(tx);
    });
    return outcomes;
  }

  /**
   * The rows of several documents in a few statements: sources, reports (new ones inserted
   * together, changed ones updated) and their organisations. Grouping follows, per document.
   */
  private async storeRowsIn(tx: Sql, items: { doc: LoadedDocument; record: ReportRecord }[]): Promise<Map<string, StoredRows>> {
    if (this.sql.backend === "postgres") await tx.query("select pg_advisory_xact_lock($1)", [GROUPING_LOCK]);
    const ids = items.map((i) => reportIdFor(i.doc.uri));
    const existing = new Map((await tx.query<{ id: string; content_hash: string }>("select id, content_hash from reports where id = any($1)", [ids])).map((r) => [r.id, r.content_hash]));
    const out = new Map<string, StoredRows>();
    const changed: { doc: LoadedDocument; record: ReportRecord; id: string; hash: string; keys: ReportKeys }[] = [];
    for (const [n, item] of items.entries()) {
      const id = ids[n]!, hash = contentHash(item.doc);
      if (existing.get(id) === hash) {
        const link = (await tx.query<{ incident_id: string }>("select incident_id from incident_reports where report_id = $1", [id]))[0];
        out.set(item.doc.uri, { status: "unchanged", reportId: id, incidentId: link?.incident_id ?? null, existed: true });
      } else changed.push({ ...item, id, hash, keys: reportKeys(item.record) });
    }
    if (!changed.length) return out;
    const sources = new Map((await tx.query<{ id: string; uri: string }>(
      `insert into sources (uri, kind, title, author, published, meta)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[])
       on conflict (uri) do update set kind = excluded.kind, title = excluded.title, author = excluded.author,
         published = excluded.published, meta = excluded.meta, last_seen = now()
       returning id, uri`,
      [changed.map((c) => c.doc.uri), changed.map((c) => c.doc.kind), changed.map((c) => c.doc.title), changed.map((c) => c.doc.author ?? null),
        changed.map((c) => c.doc.published), changed.map((c) => JSON.stringify(c.doc.meta ?? {}))])).map((r) => [r.uri, r.id]));
    const vectors = await this.lexemes.vectors(tx, changed.map((c) => ({ config: tsConfigFor(c.record.lang), text: `${c.record.source.title ?? ""}\n${c.record.text}` })));
    const rows = changed.map((c, i) => {
      const keys = c.keys;
      return {
        id: c.id, source_id: sources.get(c.doc.uri), uri: c.doc.uri, content_hash: c.hash, lang: c.record.lang, title: c.record.source.title,
        published: c.record.dates.published?.value ?? c.doc.published, event_date: keys.eventDate, is_incident: c.record.isIncident,
        types: c.record.types.map((t) => t.value), countries: c.record.countries.map((x) => x.value), sectors: c.record.sectors.map((x) => x.value),
        ts_config: tsConfigFor(c.record.lang), tsv: vectors[i], record: c.record,
      };
    });
    const updated = rows.filter((r) => existing.has(r.id));
    const inserted = rows.filter((r) => !existing.has(r.id));
    const rowColumns = `r.id, r.source_id, r.uri, r.content_hash, r.lang, r.title, r.published, r.event_date::date, r.is_incident,
      array(select jsonb_array_elements_text(r.types)), array(select jsonb_array_elements_text(r.countries)), array(select jsonb_array_elements_text(r.sectors)),
      r.ts_config::regconfig, r.tsv::tsvector, r.record`;
    const recordset = `jsonb_to_recordset($1::jsonb) as r(id text, source_id bigint, uri text, content_hash text, lang text, title text, published text,
      event_date text, is_incident boolean, types jsonb, countries jsonb, sectors jsonb, ts_config text, tsv text, record jsonb)`;
    if (inserted.length) {
      await tx.query(`insert into reports (id, source_id, uri, content_hash, lang, title, published, event_date, is_incident, types, countries, sectors, ts_config, tsv, record)
        select ${rowColumns} from ${recordset}`, [JSON.stringify(inserted)]);
    }
    if (updated.length) {
      await tx.query(`update reports t set source_id = n.source_id, content_hash = n.content_hash, version = t.version + 1, lang = n.lang, title = n.title,
          published = n.published, event_date = n.event_date, is_incident = n.is_incident, types = n.types, countries = n.countries, sectors = n.sectors,
          ts_config = n.ts_config, tsv = n.tsv, record = n.record, updated_at = now()
        from (select ${rowColumns.replace(/\n\s*/g, " ")} from ${recordset}) as n(id, source_id, uri, content_hash, lang, title, published, event_date, is_incident, types, countries, sectors, ts_config, tsv, record)
        where t.id = n.id`, [JSON.stringify(updated)]);
      await tx.query("delete from report_orgs where report_id = any($1)", [updated.map((r) => r.id)]);
    }
    const orgRows = changed.flatMap((c) => orgRowsOf(c.record).map((o) => ({ ...o, id: c.id })));
    if (orgRows.length) {
      await tx.query("insert into report_orgs (report_id, role, name, norm) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[]) on conflict do nothing",
        [orgRows.map((o) => o.id), orgRows.map((o) => o.role), orgRows.map((o) => o.name), orgRows.map((o) => o.norm)]);
    }
    for (const c of changed) out.set(c.doc.uri, { status: existing.has(c.id) ? "updated" : "new", reportId: c.id, incidentId: null, existed: existing.has(c.id), keys: c.keys });
    return out;
  }

  /**
   * Groups a batch of reports stored for the first time in a few statements: one candidate
   * lookup and one member load for the whole batch, the identity rules applied in memory in
   * input order (a report can join an incident opened earlier in the same batch), then the
   * incidents, links and keys written set-wise. Null when some report in the batch was stored
   * before: its old link must be undone first, which the per-document path does.
   */
  private async groupNewIn(tx: Sql, items: { doc: LoadedDocument; record: ReportRecord }[], stored: Map<string, StoredRows>): Promise<Map<string, string | null> | null> {
    const fresh = items.map((i) => ({ ...i, row: stored.get(i.doc.uri)! })).filter((i) => i.row.status !== "unchanged");
    if (fresh.some((i) => i.row.existed)) return null;
    const out = new Map<string, string | null>(fresh.map((i) => [i.row.reportId, null]));
    const grouping = fresh.filter((i) => i.record.isIncident).map((i) => ({ ...i, keys: i.row.keys ?? reportKeys(i.record) }));
    if (!grouping.length) return out;

    interface Open { keys: (CandidateKey & { head: string })[]; members: MemberReport[]; row?: IncidentWrite }
    const open = new Map<string, Open>();
    const candidates = await this.candidateKeys(tx, grouping.map((g) => g.keys));
    for (const c of candidates) {
      const o = open.get(c.incident_id) ?? { keys: [], members: [] };
      o.keys.push(c);
      open.set(c.incident_id, o);
    }
    if (open.size) {
      for (const m of await this.membersOfAll(tx, [...open.keys()])) open.get(m.incidentId)!.members.push(m.member);
    }
    // Opened in this batch: later than every stored incident, in the order they were opened.
    let opened = 0;
    const links: { reportId: string; incidentId: string; reason: LinkReason }[] = [];
    for (const g of grouping) {
      const reportId = g.row.reportId;
      const heads = new Set(g.keys.keys.flatMap((k) => lookupWords(k.kind, k.value)));
      const kinds = new Set(g.keys.keys.map((k) => k.kind));
      const mine = [...open.values()].flatMap((o) => o.keys.filter((k) => kinds.has(k.kind) && heads.has(k.head)));
      const match = bestIncident(g.keys, mine);
      const incidentId = match?.incidentId ?? incidentIdFor(reportId);
      const reason: LinkReason = match ? match.reason : { rule: "first-report", note: "no stored incident shares a victim, malicious indicator or impersonated brand within the time window" };
      const o = open.get(incidentId) ?? { keys: [], members: [] };
      open.set(incidentId, o);
      if (match) reason.with = o.members.slice(0, 5).map((m) => m.id);
      o.members.push({ id: reportId, uri: g.doc.uri, lang: g.record.lang, title: g.record.source.title, published: g.record.dates.published?.value ?? g.doc.published, record: { ...g.record, text: "" }, reason });
      const { row, keyRows } = incidentRow(incidentId, o.members);
      const created = o.keys[0]?.created_at ?? `~${String(opened++).padStart(8, "0")}`;
      o.keys = keyRows.map((k) => ({ ...k, incident_id: incidentId, families: row.families, first_date: row.first_date, last_date: row.last_date, created_at: created }));
      o.row = row;
      links.push({ reportId, incidentId, reason });
      out.set(reportId, incidentId);
    }
    const touched = [...open.entries()].filter(([, o]) => o.row);
    await tx.query(
      `${INCIDENT_INSERT}
       select n.id, n.title, n.record, n.types, n.families, n.countries, n.sectors, n.victims, n.langs, n.first_date::date, n.last_date::date,
         coalesce(n.last_date::date, '0001-01-01'), n.report_count, n.victim_names, date_trunc('milliseconds', now())
       from jsonb_to_recordset($1::jsonb) as n(id text, title text, record jsonb, types text[], families text[], countries text[], sectors text[], victims text[],
         langs text[], first_date text, last_date text, report_count int, victim_names text[])
       ${INCIDENT_UPSERT}`,
      [JSON.stringify(touched.map(([, o]) => o.row))]);
    await tx.query("insert into incident_reports (report_id, incident_id, reason) select * from unnest($1::text[], $2::text[], $3::jsonb[])",
      [links.map((l) => l.reportId), links.map((l) => l.incidentId), links.map((l) => JSON.stringify(l.reason))]);
    const keyRows = touched.flatMap(([id, o]) => o.keys.map((k) => ({ id, kind: k.kind, value: k.value, head: k.head })));
    await tx.query("insert into incident_keys (incident_id, kind, value, head) select * from unnest($1::text[], $2::text[], $3::text[], $4::text[]) on conflict do nothing",
      [keyRows.map((k) => k.id), keyRows.map((k) => k.kind), keyRows.map((k) => k.value), keyRows.map((k) => k.head)]);
    for (const g of grouping) {
      const orgs = orgRowsOf(g.record);
      if (orgs.length) await this.watchlist.raise(tx, out.get(g.row.reportId)!, g.row.reportId, orgs, false);
    }
    return out;
  }

  /** Groups a document whose rows are stored, and raises its alerts. */
  private async linkIn(tx: Sql, doc: LoadedDocument, record: ReportRecord, row: StoredRows): Promise<string | null> {
    const member = { id: row.reportId, uri: doc.uri, lang: record.lang, title: record.source.title, published: record.dates.published?.value ?? doc.published, record };
    const incidentId = await this.groupReport(tx, member, row.keys ?? reportKeys(record), !row.existed);
    const orgs = orgRowsOf(record);
    if (incidentId && orgs.length) await this.watchlist.raise(tx, incidentId, row.reportId, orgs, false);
    return incidentId;
  }

  /** Stores one extracted document and groups it, all in one transaction. */
  async ingest(doc: LoadedDocument, record: ReportRecord, tx?: Sql): Promise<IngestOutcome> {
    const run = (t: Sql) => this.ingestIn(t, doc, record);
    return tx ? run(tx) : this.sql.transaction(run);
  }

  /** One document: its rows as a batch of one, then its grouping. */
  private async ingestIn(tx: Sql, doc: LoadedDocument, record: ReportRecord): Promise<IngestOutcome> {
    const row = (await this.storeRowsIn(tx, [{ doc, record }])).get(doc.uri)!;
    const incidentId = row.status === "unchanged" ? row.incidentId : await this.linkIn(tx, doc, record, row);
    return { status: row.status, reportId: row.reportId, incidentId };
  }

  /** Links a report to its incident by the identity rules, or opens a new one. Pinned links stay. */
  private async groupReport(tx: Sql, member: Omit<MemberReport, "reason">, keys: ReportKeys, isNew: boolean): Promise<string | null> {
    const { id: reportId, record } = member;
    // A report stored for the first time has no link yet.
    const link = isNew ? undefined : (await tx.query<{ incident_id: string; pinned: boolean }>("select incident_id, pinned from incident_reports where report_id = $1", [reportId]))[0];
    if (link?.pinned) {
      await this.recomputeIncident(tx, link.incident_id);
      return link.incident_id;
    }
    if (link) {
      await tx.query("delete from incident_reports where report_id = $1", [reportId]);
      await this.recomputeIncident(tx, link.incident_id);
    }
    if (!record.isIncident) return null;
    const match = await this.findIncident(tx, keys);
    const incidentId = match?.incidentId ?? incidentIdFor(reportId);
    const reason: LinkReason = match ? match.reason : { rule: "first-report", note: "no stored incident shares a victim, malicious indicator or impersonated brand within the time window" };
    // The members before this report: the peers it was matched with, and (with it) the members
    // to merge. Adding a member only adds identity keys, so none are replaced.
    const before = match ? (await this.membersOf(tx, incidentId)).filter((m) => m.id !== reportId) : [];
    if (match) reason.with = before.slice(0, 5).map((m) => m.id);
    const { params, keyRows } = incidentRow(incidentId, [...before, { ...member, reason }]);
    // One statement links the report, adds the keys and writes the merged incident.
    await tx.query(
      `with link as (insert into incident_reports (report_id, incident_id, reason) values ($14, $1, $15)),
         keys as (insert into incident_keys (incident_id, kind, value, head) select $1, * from unnest($16::text[], $17::text[], $18::text[]) on conflict do nothing)
       ${INCIDENT_INSERT}
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($11::date, '0001-01-01'), $12, $13, date_trunc('milliseconds', now()))
       ${INCIDENT_UPSERT}`,
      [...params, reportId, JSON.stringify(reason), keyRows.map((k) => k.kind), keyRows.map((k) => k.value), keyRows.map((k) => k.head)]);
    return incidentId;
  }

  private async findIncident(tx: Sql, keys: ReportKeys): Promise<{ incidentId: string; reason: LinkReason } | null> {
    if (!keys.keys.length) return null;
    return bestIncident(keys, await this.candidateKeys(tx, [keys]));
  }

  /** The identity keys of the stored incidents that share a lookup word with any of these reports. */
  private async candidateKeys(tx: Sql, reports: ReportKeys[]): Promise<(CandidateKey & { head: string })[]> {
    const kinds = [...new Set(reports.flatMap((r) => r.keys.map((k) => k.kind)))];
    const heads = [...new Set(reports.flatMap((r) => r.keys.flatMap((k) => lookupWords(k.kind, k.value))))];
    if (!heads.length) return [];
    const rows = await tx.query<{ incident_id: string; kind: KeyKind; value: string; head: string; families: TypeFamily[]; first_date: unknown; last_date: unknown; created_at: unknown }>(
      `select k.incident_id, k.kind, k.value, k.head, i.families, i.first_date, i.last_date, i.created_at
       from incident_keys k join incidents i on i.id = k.incident_id
       where k.kind = any($1) and k.head = any($2)`, [kinds, heads]);
    return rows.map((r) => ({ ...r, first_date: dateText(r.first_date), last_date: dateText(r.last_date), created_at: isoTime(r.created_at as string | Date) }));
  }

  /**
   * Rebuilds an incident's merged record and identity keys from its reports; drops it when
   * empty. `knownMembers` (all of them, when a report was just added) saves reloading them and
   * keeps the stored keys, to which the new ones are added.
   */
  private async recomputeIncident(tx: Sql, incidentId: string, knownMembers?: MemberReport[]): Promise<void> {
    const members = knownMembers ?? await this.membersOf(tx, incidentId);
    if (!members.length) {
      await tx.query("delete from incident_keys where incident_id = $1", [incidentId]);
      await tx.query("delete from incidents where id = $1", [incidentId]);
      return;
    }
    const { params, keyRows } = incidentRow(incidentId, members);
    await tx.query(
      `update incidents set title = $2, record = $3, types = $4, families = $5, countries = $6, sectors = $7, victims = $8, langs = $9,
         first_date = $10, last_date = $11, sort_date = coalesce($11::date, '0001-01-01'), report_count = $12, victim_names = $13, updated_at = date_trunc('milliseconds', now()) where id = $1`,
      params);
    if (!knownMembers) await tx.query("delete from incident_keys where incident_id = $1", [incidentId]);
    if (keyRows.length) {
      await tx.query("insert into incident_keys (incident_id, kind, value, head) select $1, * from unnest($2::text[], $3::text[], $4::text[]) on conflict do nothing",
        [incidentId, keyRows.map((k) => k.kind), keyRows.map((k) => k.value), keyRows.map((k) => k.head)]);
    }
  }

  /** The members of several incidents in one query, each incident's in link order. */
  private async membersOfAll(tx: Sql, incidentIds: string[]): Promise<{ incidentId: string; member: MemberReport }[]> {
    const rows = await tx.query<{ incident_id: string; id: string; uri: string; lang: string; title: string | null; published: string | null; record: ReportRecord; reason: LinkReason }>(
      `select l.incident_id, r.id, r.uri, r.lang, r.title, r.published, r.record - 'text' as record, l.reason from incident_reports l join reports r on r.id = l.report_id
       where l.incident_id = any($1) order by l.incident_id, l.linked_at, r.id`, [incidentIds]);
    // Merging reads the findings, never the text: leaving it in the database saves moving it.
    return rows.map(({ incident_id, ...r }) => ({ incidentId: incident_id, member: { ...r, record: { ...parseJson<ReportRecord>(r.record), text: "" }, reason: parseJson(r.reason) } }));
  }

  private async membersOf(tx: Sql, incidentId: string): Promise<MemberReport[]> {
    return (await this.membersOfAll(tx, [incidentId])).map((m) => m.member);
  }










  /** Moves every report of the other incidents into the target and pins them there. */
  async mergeIncidents(target: string, others: string[]): Promise<MergedIncident> {
    return this.sql.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock($1)", [GROUPING_LOCK]);
      for (const id of [target, ...others]) {
        if (!(await tx.query("select 1 from incidents where id = $1", [id])).length) throw new AppError("NOT_FOUND", `no incident ${id}`, 404);
      }
      const moved = (await tx.query<{ report_id: string }>("select report_id from incident_reports where incident_id = any($1)", [others])).map((r) => r.report_id);
      const reason: LinkReason = { rule: "manual-merge", note: `merged from ${others.join(", ")} by an analyst` };
      await tx.query("update incident_reports set incident_id = $1, pinned = true, reason = $3 where incident_id = any($2)", [target, others, JSON.stringify(reason)]);
      await tx.query("update incident_reports set pinned = true where incident_id = $1", [target]);
      // Alerts follow their incident, once per watched name and role.
      await tx.query(`update alerts a set incident_id = $1 where a.incident_id = any($2)
        and not exists (select 1 from alerts b where b.watch_id = a.watch_id and b.incident_id = $1 and b.role = a.role)`, [target, others]);
      for (const id of others) await this.recomputeIncident(tx, id);
      await this.recomputeIncident(tx, target);
      await tx.query("insert into corrections (kind, detail) values ('merge', $1)", [JSON.stringify({ target, others, reports: moved })]);
      return parseJson<MergedIncident>((await tx.query<{ record: MergedIncident }>("select record from incidents where id = $1", [target]))[0]!.record);
    });
  }

  /** Moves the named reports out of an incident into a new one; both sides are pinned. */
  async splitIncident(incidentId: string, reportIds: string[]): Promise<{ kept: string; created: string }> {
    return this.sql.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock($1)", [GROUPING_LOCK]);
      const members = (await tx.query<{ report_id: string }>("select report_id from incident_reports where incident_id = $1", [incidentId])).map((r) => r.report_id);
      if (!members.length) throw new AppError("NOT_FOUND", `no incident ${incidentId}`, 404);
      const unknown = reportIds.filter((r) => !members.includes(r));
      if (unknown.length) throw new AppError("BAD_ARGUMENT", `not reports of ${incidentId}: ${unknown.join(", ")}`);
      if (reportIds.length === members.length) throw new AppError("BAD_ARGUMENT", "a split must leave at least one report in the incident");
      const created = incidentIdFor(`split:${incidentId}:${[...reportIds].sort().join(",")}`);
      const reason: LinkReason = { rule: "manual-split", note: `split out of ${incidentId} by an analyst` };
      await tx.query("insert into incidents (id, title, record) values ($1, $2, '{}')", [created, created]);
      await tx.query("update incident_reports set incident_id = $1, pinned = true, reason = $3 where report_id = any($2)", [created, reportIds, JSON.stringify(reason)]);
      await tx.query("update incident_reports set pinned = true where incident_id = $1", [incidentId]);
      await this.recomputeIncident(tx, incidentId);
      await this.recomputeIncident(tx, created);
      await tx.query("insert into corrections (kind, detail) values ('split', $1)", [JSON.stringify({ from: incidentId, created, reports: reportIds })]);
      return { kept: incidentId, created };
    });
  }



  // The watchlist and its alerts live in watchlist.ts; these are its entry points.
  addWatch(name: string, roles?: WatchRole[]) { return this.watchlist.add(name, roles); }
  listWatches() { return this.watchlist.list(); }
  removeWatch(nameOrId: string | number) { return this.watchlist.remove(nameOrId); }
  listAlerts(f: { limit?: number; before?: number } = {}) { return this.watchlist.alerts(f); }
  dueAlerts(limit: number, maxAttempts: number, leaseMs?: number) { return this.watchlist.due(limit, maxAttempts, leaseMs); }
  nextAlertDue(maxAttempts: number) { return this.watchlist.nextDue(maxAttempts); }
  recordDelivery(id: number, outcome: DeliveryOutcome) { return this.watchlist.recordDelivery(id, outcome); }

  /**
   * Refreshes the planner's statistics and merges the GIN indexes' pending entries. PostgreSQL's
   * autovacuum does both on its own; embedded PGlite has none, and without them a filtered
   * incident list or an organisation search scans the table instead of using its index.
   */
  async analyze(): Promise<void> {
    // GIN indexes buffer new entries in a pending list that autovacuum would merge; until it is,
    // the planner prices the index so high that it scans the table instead.
    await this.sql.query(`select gin_clean_pending_list(c.oid) from pg_index x join pg_class c on c.oid = x.indexrelid
      join pg_am a on a.oid = c.relam where a.amname = 'gin' and x.indrelid in ('reports'::regclass, 'report_orgs'::regclass, 'incidents'::regclass)`);
    await this.sql.exec("analyze incidents; analyze reports; analyze report_orgs; analyze incident_keys; analyze incident_reports");
  }



  // The job queue: documents waiting to be extracted by any worker sharing this database.

  async enqueue(runId: string, docs: LoadedDocument[]): Promise<number> {
    for (const d of docs) await this.sql.query("insert into jobs (run_id, uri, payload) values ($1, $2, $3)", [runId, d.uri, JSON.stringify(d)]);
    return docs.length;
  }

  /**
   * Claims one queued job and runs it inside the claiming transaction, so a job is done exactly
   * once: if the worker dies, its lock goes with it and the job is claimed again.
   */
  async runNextJob(worker: string, handle: (doc: LoadedDocument, tx: Sql) => Promise<IngestOutcome>): Promise<{ id: number; uri: string; outcome?: IngestOutcome; error?: string } | null> {
    return this.sql.transaction(async (tx) => {
      const job = (await tx.query<{ id: number; uri: string; payload: LoadedDocument }>(
        "select id, uri, payload from jobs where status = 'queued' order by id for update skip locked limit 1"))[0];
      if (!job) return null;
      await tx.exec("savepoint job");
      try {
        const outcome = await handle(parseJson(job.payload), tx);
        await tx.exec("release savepoint job");
        await tx.query("update jobs set status = 'done', worker = $2, attempts = attempts + 1, result = $3, done_at = now() where id = $1", [job.id, worker, JSON.stringify(outcome)]);
        return { id: Number(job.id), uri: job.uri, outcome };
      } catch (err) {
        await tx.exec("rollback to savepoint job");
        const message = (err as Error).message;
        await tx.query("update jobs set status = 'failed', worker = $2, attempts = attempts + 1, error = $3, done_at = now() where id = $1", [job.id, worker, message]);
        return { id: Number(job.id), uri: job.uri, error: message };
      }
    });
  }

}


