// The watchlist: organisations a team follows (vendors, partners, subsidiaries). Every incident
// that names one as victim, third party or impersonated brand raises one alert per role; the
// alerts table is the outbox the webhook delivery reads.
import { AppError } from "../errors/app-error.ts";
import { normaliseOrg } from "../group/identity.ts";
import { sameOrg } from "../group/keys.ts";
import type { Sql } from "./sql.ts";
import { isoTime } from "./time.ts";

export const WATCH_ROLES = ["victim", "third_party", "impersonated"] as const;
export type WatchRole = (typeof WATCH_ROLES)[number];

export interface Watch { id: number; name: string; norm: string; roles: WatchRole[]; createdAt: string }

export interface Alert {
  id: number;
  watch: string;
  incidentId: string;
  incidentTitle: string | null;
  reportId: string;
  role: WatchRole;
  orgName: string;
  /** Raised when the name was added, for an incident stored before. */
  existing: boolean;
  createdAt: string;
  deliveredAt: string | null;
  attempts: number;
  lastError: string | null;
}

interface WatchRow { id: number; name: string; norm: string; roles: string[]; created_at: Date | string }
interface AlertRow {
  id: number | string; watch_name: string; incident_id: string; incident_title: string | null; report_id: string; role: string; org_name: string;
  existing: boolean; created_at: Date | string; delivered_at: Date | string | null; attempts: number; last_error: string | null;
}

const toWatch = (r: WatchRow): Watch => ({ id: r.id, name: r.name, norm: r.norm, roles: r.roles as WatchRole[], createdAt: isoTime(r.created_at) });
const toAlert = (r: AlertRow): Alert => ({
  id: Number(r.id), watch: r.watch_name, incidentId: r.incident_id, incidentTitle: r.incident_title, reportId: r.report_id, role: r.role as WatchRole,
  orgName: r.org_name, existing: r.existing, createdAt: isoTime(r.created_at), deliveredAt: r.delivered_at ? isoTime(r.delivered_at) : null,
  attempts: r.attempts, lastError: r.last_error,
});

export type DeliveryOutcome = { ok: true } | { ok: false; error: string; retryInMs: number };

export class Watchlist {
  /** `lock` serialises with grouping, so a name added while documents are ingested misses none. */
  constructor(private readonly sql: Sql, private readonly lock: (tx: Sql) => Promise<void>) {}

  /** Raises the alerts an incident's organisations call for; returns how many were new. */
  async raise(tx: Sql, incidentId: string, reportId: string, orgs: { role: string; name: string; norm: string }[], existing: boolean): Promise<number> {
    const watches = await this.watchesFor(tx);
    let raised = 0;
    for (const w of watches) {
      for (const o of orgs) {
        if (!w.roles.includes(o.role) || !sameOrg(w.norm, o.norm)) continue;
        const rows = await tx.query(
          `insert into alerts (watch_id, incident_id, report_id, role, org_name, existing) values ($1, $2, $3, $4, $5, $6)
           on conflict (watch_id, incident_id, role) do nothing returning id`, [w.id, incidentId, reportId, o.role, o.name, existing]);
        raised += rows.length;
      }
    }
    return raised;
  }

  // The watchlist is read on every ingest; it changes rarely. Changes made through this store
  // are seen at once, those of other processes sharing a PostgreSQL database within seconds.
  private watchCache: { at: number; rows: { id: number; norm: string; roles: string[] }[] } | null = null;

  private async watchesFor(tx: Sql): Promise<{ id: number; norm: string; roles: string[] }[]> {
    const ttl = this.sql.backend === "pglite" ? Infinity : 5000;
    if (this.watchCache && Date.now() - this.watchCache.at < ttl) return this.watchCache.rows;
    const rows = await tx.query<{ id: number; norm: string; roles: string[] }>("select id, norm, roles from watchlist");
    this.watchCache = { at: Date.now(), rows };
    return rows;
  }

  /** Adds a watched name and raises alerts for the incidents already stored that name it. */
  async add(name: string, roles: WatchRole[] = [...WATCH_ROLES]): Promise<{ watch: Watch; existingAlerts: number }> {
    const norm = normaliseOrg(name);
    if (norm.replace(/ /g, "").length < 3) throw new AppError("BAD_ARGUMENT", `"${name}" is too short to watch: give the organisation's name`);
    const bad = roles.filter((r) => !WATCH_ROLES.includes(r));
    if (bad.length || !roles.length) throw new AppError("BAD_ARGUMENT", `roles must be some of ${WATCH_ROLES.join(", ")}`);
    return this.sql.transaction(async (tx) => {
      await this.lock(tx);
      const row = (await tx.query<WatchRow>(
        `insert into watchlist (name, norm, roles) values ($1, $2, $3) on conflict (norm) do update set name = excluded.name, roles = excluded.roles
         returning id, name, norm, roles, created_at`, [name.trim(), norm, roles]))[0]!;
      const candidates = await tx.query<{ report_id: string; role: string; name: string; norm: string; incident_id: string }>(
        `select o.report_id, o.role, o.name, o.norm, l.incident_id from report_orgs o join incident_reports l on l.report_id = o.report_id
         where o.norm like '%' || $1 || '%' or $1 like '%' || o.norm || '%'`, [norm]);
      this.watchCache = null;
      let existingAlerts = 0;
      for (const c of candidates) existingAlerts += await this.raise(tx, c.incident_id, c.report_id, [c], true);
      return { watch: toWatch(row), existingAlerts };
    });
  }

  async list(): Promise<Watch[]> {
    return (await this.sql.query<WatchRow>("select id, name, norm, roles, created_at from watchlist order by lower(name)")).map(toWatch);
  }

  /** Removes a watched name (by id or name) and its alerts. */
  async remove(nameOrId: string | number): Promise<Watch> {
    const rows = typeof nameOrId === "number"
      ? await this.sql.query<WatchRow>("delete from watchlist where id = $1 returning id, name, norm, roles, created_at", [nameOrId])
      : await this.sql.query<WatchRow>("delete from watchlist where norm = $1 returning id, name, norm, roles, created_at", [normaliseOrg(nameOrId)]);
    this.watchCache = null;
    if (!rows.length) throw new AppError("NOT_FOUND", `nothing watched as ${nameOrId}`, 404);
    return toWatch(rows[0]!);
  }

  async alerts(f: { limit?: number; before?: number } = {}): Promise<{ items: Alert[]; nextCursor: string | null }> {
    const limit = Math.min(Math.max(f.limit ?? 50, 1), 500);
    const rows = await this.sql.query<AlertRow>(
      `select a.*, w.name as watch_name, i.title as incident_title from alerts a join watchlist w on w.id = a.watch_id
       left join incidents i on i.id = a.incident_id ${f.before ? "where a.id < $2" : ""} order by a.id desc limit $1`,
      f.before ? [limit + 1, f.before] : [limit + 1]);
    const page = rows.slice(0, limit).map(toAlert);
    return { items: page, nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null };
  }

  /**
   * Claims undelivered alerts whose next attempt is due, oldest first: each is leased for
   * `leaseMs`, so several workers and servers sharing a database never send one twice at once.
   */
  async due(limit: number, maxAttempts: number, leaseMs = 60_000): Promise<Alert[]> {
    return (await this.sql.query<AlertRow>(
      `with claimed as (
         update alerts set next_attempt_at = now() + ($3 || ' milliseconds')::interval
         where id in (select id from alerts where delivered_at is null and attempts < $2 and next_attempt_at <= now()
                      order by id limit $1 for update skip locked)
         returning *)
       select c.*, w.name as watch_name, i.title as incident_title from claimed c join watchlist w on w.id = c.watch_id
       left join incidents i on i.id = c.incident_id order by c.id`, [limit, maxAttempts, String(leaseMs)])).map(toAlert);
  }

  /** When the next undelivered alert becomes due, if any can still be tried. */
  async nextDue(maxAttempts: number): Promise<string | null> {
    const row = (await this.sql.query<{ t: Date | string | null }>(
      "select min(next_attempt_at) as t from alerts where delivered_at is null and attempts < $1", [maxAttempts]))[0];
    return row?.t ? isoTime(row.t) : null;
  }

  async recordDelivery(id: number, outcome: DeliveryOutcome): Promise<void> {
    if (outcome.ok) await this.sql.query("update alerts set delivered_at = now(), attempts = attempts + 1, last_error = null where id = $1", [id]);
    else await this.sql.query("update alerts set attempts = attempts + 1, last_error = $2, next_attempt_at = now() + ($3 || ' milliseconds')::interval where id = $1", [id, outcome.error.slice(0, 500), String(outcome.retryInMs)]);
  }
}
