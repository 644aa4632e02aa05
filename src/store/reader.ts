// The read side of the store: incidents and reports by id, pages, search, facets and counts.
// Store (store.ts) adds ingest, grouping, corrections and the job queue on top of it.
import { AppError } from "../errors/app-error.ts";
import { GENERIC_NAME_WORDS, normaliseOrg } from "../group/identity.ts";
import type { LinkReason, MergedIncident } from "../group/merge.ts";
import type { ReportRecord } from "../model/record.ts";
import { PARTIAL_ISO_DATE } from "../text/iso-date.ts";
import { TS_CONFIG } from "./migrations.ts";
import type { Sql } from "./sql.ts";
import { isoTime } from "./time.ts";

export interface IncidentFilters {
  /** Only these incidents. */
  ids?: string[];
  q?: string;
  type?: string;
  country?: string;
  lang?: string;
  sector?: string;
  victim?: string;
  since?: string;
  until?: string;
  limit?: number;
  cursor?: string;
}

export interface IncidentSummary {
  id: string;
  title: string;
  types: string[];
  countries: string[];
  sectors: string[];
  victims: string[];
  langs: string[];
  firstDate: string | null;
  lastDate: string | null;
  reportCount: number;
  rank?: number;
}

export interface StoredReport {
  id: string;
  uri: string;
  lang: string;
  title: string | null;
  published: string | null;
  version: number;
  incidentId: string | null;
  reason: LinkReason | null;
  pinned: boolean;
  record: ReportRecord;
  source: { kind: string; title: string | null; author: string | null; published: string | null; meta: Record<string, unknown> };
}

export interface IncidentDetail {
  incident: MergedIncident;
  reports: StoredReport[];
  /** When the incident was first stored and last changed (ISO timestamps). */
  createdAt: string;
  updatedAt: string;
}

export interface Facet { key: string; count: number }
export interface Stats {
  totals: { incidents: number; reports: number };
  types: Facet[]; countries: Facet[]; sectors: Facet[]; languages: Facet[]; months: Facet[];
}

export interface Stats {
  totals: { incidents: number; reports: number };
  types: Facet[]; countries: Facet[]; sectors: Facet[]; languages: Facet[]; months: Facet[];
}

const SEARCH_TEXT_CANDIDATES = 500;

const ORG_SIMILARITY = 0.6;

const SEARCH_CONFIGS = [...new Set([...Object.values(TS_CONFIG), "simple"])];

/**
 * The query stemmed in every language, duplicates dropped, computed first: handed to the planner
 * as a value, it estimates how common the terms are and picks the index to match. Null when the
 * query has no words a configuration keeps.
 */
async function stemmedQuery(sql: Sql, q: string): Promise<string | null> {
  return (await sql.query<{ q: string | null }>(
    `select string_agg(distinct '(' || q::text || ')', ' | ') as q
     from (select websearch_to_tsquery(c::regconfig, $1) as q from unnest($2::text[]) c) x where q::text <> ''`,
    [q, SEARCH_CONFIGS]))[0]?.q ?? null;
}

const summaryCols = "i.id, i.title, i.types, i.countries, i.sectors, i.victim_names, i.langs, i.first_date, i.last_date, i.report_count, i.sort_date";

interface IncidentRow {
  id: string; title: string; types: string[]; countries: string[]; sectors: string[]; victim_names: string[]; langs: string[];
  first_date: string | null; last_date: string | null; report_count: number; sort_date: string; rank?: number;
}

function toSummary(r: IncidentRow): IncidentSummary {
  const out: IncidentSummary = {
    id: r.id, title: r.title, types: r.types, countries: r.countries, sectors: r.sectors, victims: r.victim_names, langs: r.langs,
    firstDate: dateText(r.first_date), lastDate: dateText(r.last_date), reportCount: r.report_count,
  };
  if (r.rank !== undefined) out.rank = Number(r.rank);
  return out;
}

export function dateText(d: unknown): string | null {
  if (d === null || d === undefined) return null;
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  return String(d).slice(0, 10);
}

function encodeCursor(row: IncidentRow): string {
  return Buffer.from(`${dateText(row.sort_date)}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { date: string; id: string } {
  const [date, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!date || !id || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new AppError("BAD_ARGUMENT", "the cursor is not one this server gave out");
  return { date, id };
}

function checkDate(v: string, name: string): string {
  if (!PARTIAL_ISO_DATE.test(v)) throw new AppError("BAD_ARGUMENT", `${name} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}

/** JSONB comes back parsed from both drivers; text columns holding JSON do not. */
export function parseJson<T>(v: unknown): T {
  return (typeof v === "string" ? JSON.parse(v) : v) as T;
}

export class StoreReader {
  constructor(readonly sql: Sql) {}

  get backend(): Sql["backend"] { return this.sql.backend; }

  async getIncident(id: string): Promise<IncidentDetail | null> {
    return (await this.getIncidents([id]))[0] ?? null;
  }

  /** Several incidents with their reports in two queries, in the order asked for; unknown ids are left out. */
  async getIncidents(ids: string[]): Promise<IncidentDetail[]> {
    if (!ids.length) return [];
    const rows = await this.sql.query<{ id: string; record: MergedIncident; created_at: Date | string; updated_at: Date | string }>(
      "select id, record, created_at, updated_at from incidents where id = any($1)", [ids]);
    const reports = new Map<string, StoredReport[]>();
    for (const r of await this.reportsWhere("l.incident_id = any($1) order by l.incident_id, l.linked_at, r.id", [ids])) {
      const list = reports.get(r.incidentId!);
      if (list) list.push(r);
      else reports.set(r.incidentId!, [r]);
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ incident: parseJson<MergedIncident>(row.record), reports: reports.get(id) ?? [], createdAt: isoTime(row.created_at), updatedAt: isoTime(row.updated_at) }] : [];
    });
  }

  /**
   * Incidents in the order they were last changed (kept to the millisecond, then id), after a
   * position: what a TAXII collection has added since a client last asked.
   */
  async incidentsChangedAfter(after: { time: string; id: string | null } | null, limit: number): Promise<{ id: string; changedAt: string }[]> {
    const params: unknown[] = [];
    let where = "";
    if (after?.id) {
      params.push(after.time, after.id);
      where = "where (updated_at, id) > ($1::timestamptz, $2)";
    } else if (after) {
      params.push(after.time);
      where = "where updated_at > $1::timestamptz";
    }
    params.push(limit);
    const rows = await this.sql.query<{ id: string; changed_at: Date | string }>(
      `select id, updated_at as changed_at from incidents ${where} order by updated_at, id limit $${params.length}`, params);
    return rows.map((r) => ({ id: r.id, changedAt: isoTime(r.changed_at) }));
  }

  /** Every incident the filters select, newest first, with its reports: the input of the exports. */
  async *eachIncident(f: IncidentFilters = {}): AsyncGenerator<IncidentDetail> {
    let cursor: string | undefined = f.cursor;
    do {
      const page = await this.listIncidents({ ...f, cursor, limit: 200 });
      yield* await this.getIncidents(page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }

  async getReport(id: string): Promise<StoredReport | null> {
    return (await this.reportsWhere("r.id = $1", [id]))[0] ?? null;
  }

  /** Reports with their source and link, by a condition on r (reports), s (sources) and l (links). */
  private async reportsWhere(condition: string, params: unknown[]): Promise<StoredReport[]> {
    const rows = await this.sql.query<{ id: string; uri: string; lang: string; title: string | null; published: string | null; version: number; record: ReportRecord;
      incident_id: string | null; reason: LinkReason | null; pinned: boolean | null; kind: string; s_title: string | null; author: string | null; s_published: string | null; meta: Record<string, unknown> }>(
      `select r.id, r.uri, r.lang, r.title, r.published, r.version, r.record, l.incident_id, l.reason, l.pinned,
         s.kind, s.title as s_title, s.author, s.published as s_published, s.meta
       from reports r join sources s on s.id = r.source_id left join incident_reports l on l.report_id = r.id where ${condition}`, params);
    return rows.map((r) => ({
      id: r.id, uri: r.uri, lang: r.lang, title: r.title, published: r.published, version: r.version, incidentId: r.incident_id,
      reason: r.reason ? parseJson(r.reason) : null, pinned: !!r.pinned, record: parseJson(r.record),
      source: { kind: r.kind, title: r.s_title, author: r.author, published: r.s_published, meta: parseJson(r.meta) },
    }));
  }

  /** Incidents newest first, filtered, with keyset pagination; with `q`, only those whose reports match it. */
  async listIncidents(f: IncidentFilters = {}): Promise<{ items: IncidentSummary[]; nextCursor: string | null }> {
    const { where, params } = this.filterSql(f, f.q ? await stemmedQuery(this.sql, f.q) : null);
    const limit = Math.min(Math.max(f.limit ?? 50, 1), 500);
    if (f.cursor) {
      const c = decodeCursor(f.cursor);
      params.push(c.date, c.id);
      where.push(`(i.sort_date, i.id) < ($${params.length - 1}::date, $${params.length})`);
    }
    params.push(limit + 1);
    const rows = await this.sql.query<IncidentRow>(
      `select ${summaryCols} from incidents i ${where.length ? `where ${where.join(" and ")}` : ""}
       order by i.sort_date desc, i.id desc limit $${params.length}`, params);
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    return { items: page.map(toSummary), nextCursor: more ? encodeCursor(page[page.length - 1]!) : null };
  }

  /**
   * Full-text search ranked by relevance: stemmed in every language, plus trigram-matched
   * organisation names. A term found in very many reports is ranked among its most recent
   * SEARCH_TEXT_CANDIDATES matches, which keeps a query fast however large the store grows.
   */
  async search(f: IncidentFilters & { q: string }): Promise<IncidentSummary[]> {
    return this.sql.transaction(async (tx) => {
      const tsq = await stemmedQuery(tx, f.q);
      const { where, params } = this.filterSql({ ...f, q: undefined }, null);
      params.push(tsq ?? "");
      const qp = `$${params.length}`;
      // A query of generic words only ("kommune", "hospital") names no organisation in particular.
      const folded = normaliseOrg(f.q);
      params.push(folded.split(" ").every((w) => GENERIC_NAME_WORDS.has(w)) ? "" : folded);
      const orgp = `$${params.length}`;
      // A number in a name tells organisations apart that trigrams see as alike ("APT28" and
      // "APT29", "Alder3" and "Alder12"): each must be in the name as written.
      params.push((folded.match(/\d+/g) ?? []).map((n) => `(^|[^0-9])${n}([^0-9]|$)`));
      const digitsp = `$${params.length}`;
      params.push(SEARCH_TEXT_CANDIDATES);
      const candidates = `$${params.length}`;
      params.push(Math.min(Math.max(f.limit ?? 20, 1), 200));
      // The query is matched as a word sequence inside organisation names ("Hamerby" finds
      // "Hammerby Kommune"), closely enough that similar names do not all answer on a large store.
      await tx.query("select set_config('pg_trgm.word_similarity_threshold', $1, true)", [String(ORG_SIMILARITY)]);
      // The candidates are few: fetching their links by index beats hashing the whole link table,
      // which the default page costs (tuned for disks) do not see.
      await tx.query("select set_config('random_page_cost', '1.1', true)");
      return (await tx.query<IncidentRow>(
        `with matches as (
           select r.id, ts_rank(r.tsv, ${qp}::tsquery) as rank from reports r
           where ${qp} <> '' and r.tsv @@ ${qp}::tsquery order by r.event_date desc nulls last, r.id limit ${candidates}),
         text_hits as (
           select l.incident_id, max(m.rank) as rank from matches m join incident_reports l on l.report_id = m.id group by l.incident_id),
         org_matches as (
           select o.report_id, word_similarity(${orgp}, o.norm) as rank from report_orgs o
           where ${orgp} <> '' and ${orgp} <% o.norm and o.norm ~ all(${digitsp}::text[]) order by rank desc limit ${candidates}),
         org_hits as (
           select l.incident_id, max(m.rank) as rank from org_matches m join incident_reports l on l.report_id = m.report_id group by l.incident_id),
         hits as (select incident_id, sum(rank) as rank from (select * from text_hits union all select * from org_hits) h group by incident_id)
       select ${summaryCols}, h.rank from hits h join incidents i on i.id = h.incident_id
       ${where.length ? `where ${where.join(" and ")}` : ""}
       order by h.rank desc, i.sort_date desc, i.id limit $${params.length}`, params)).map(toSummary);
    });
  }

  /** The filters as SQL; `tsq`, the stemmed form of `f.q`, restricts to incidents whose reports match it. */
  private filterSql(f: IncidentFilters, tsq: string | null): { where: string[]; params: unknown[] } {
    const where: string[] = [], params: unknown[] = [];
    const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
    if (f.ids?.length) where.push(`i.id = any(${p(f.ids)})`);
    if (f.type) where.push(`${p(f.type)} = any(i.types)`);
    if (f.country) where.push(`${p(f.country.toUpperCase())} = any(i.countries)`);
    if (f.sector) where.push(`${p(f.sector)} = any(i.sectors)`);
    if (f.lang) where.push(`${p(f.lang)} = any(i.langs)`);
    if (f.since) where.push(`coalesce(i.last_date, i.first_date) >= ${p(checkDate(f.since, "since"))}::date`);
    if (f.until) where.push(`i.first_date <= ${p(checkDate(f.until, "until"))}::date`);
    if (f.victim) {
      const v = p(normaliseOrg(f.victim));
      where.push(`exists (select 1 from report_orgs o join incident_reports l on l.report_id = o.report_id
        where l.incident_id = i.id and o.role = 'victim' and (o.norm % ${v} or o.norm like '%' || ${v} || '%'))`);
    }
    // A query of stop words only stems to nothing and matches nothing.
    if (f.q) where.push(tsq ? `exists (select 1 from incident_reports l join reports r on r.id = l.report_id where l.incident_id = i.id and r.tsv @@ ${p(tsq)}::tsquery)` : "false");
    return { where, params };
  }

  /** Which incident each report belongs to: the input of the grouping evaluation. */
  async membership(): Promise<Map<string, string>> {
    const rows = await this.sql.query<{ uri: string; incident_id: string }>("select r.uri, l.incident_id from incident_reports l join reports r on r.id = l.report_id");
    return new Map(rows.map((r) => [r.uri, r.incident_id]));
  }

  async stats(): Promise<Stats> {
    const facet = async (expr: string) => (await this.sql.query<{ key: string; count: string | number }>(
      `select k as key, count(*) as count from incidents i, ${expr} as k where k is not null group by k order by count(*) desc, k`))
      .map((r) => ({ key: String(r.key), count: Number(r.count) }));
    const [incidents, reports] = await Promise.all([
      this.sql.query<{ n: string | number }>("select count(*) as n from incidents"),
      this.sql.query<{ n: string | number }>("select count(*) as n from reports"),
    ]);
    return {
      totals: { incidents: Number(incidents[0]!.n), reports: Number(reports[0]!.n) },
      types: await facet("unnest(i.types)"),
      countries: await facet("unnest(i.countries)"),
      sectors: await facet("unnest(i.sectors)"),
      languages: await facet("unnest(i.langs)"),
      months: (await facet("to_char(coalesce(i.first_date, i.last_date), 'YYYY-MM')")).sort((a, b) => a.key.localeCompare(b.key)),
    };
  }

  async counts(): Promise<{ incidents: number; reports: number }> {
    const [row] = await this.sql.query<{ incidents: string | number; reports: string | number }>(
      "select (select count(*) from incidents) as incidents, (select count(*) from reports) as reports");
    return { incidents: Number(row!.incidents), reports: Number(row!.reports) };
  }

  async countReports(): Promise<number> {
    return (await this.counts()).reports;
  }

  async jobCounts(): Promise<Record<string, number>> {
    const rows = await this.sql.query<{ status: string; n: string | number }>("select status, count(*) as n from jobs group by status");
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}
