// One small SQL interface over the two backends: embedded PGlite in a data directory, and
// PostgreSQL through node-postgres when DATABASE_URL is set. Both speak the same dialect, so the
// store, its migrations and its tests are written once.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { AppError } from "../errors/app-error.ts";

export interface Sql {
  readonly backend: "pglite" | "postgres";
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  exec(text: string): Promise<void>;
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PGlite data directory; ":memory:" keeps everything in memory. */
  dataDir?: string;
  /** postgres:// URL; wins over dataDir. */
  databaseUrl?: string;
}

/** The backend the environment asks for: DATABASE_URL, else the embedded data directory. */
export function defaultOpenOptions(dataDir?: string): OpenOptions {
  const url = process.env.DATABASE_URL;
  return url ? { databaseUrl: url } : { dataDir: dataDir ?? process.env.INCIDEX_DB ?? "./incidex-data" };
}

export async function openSql(options: OpenOptions): Promise<Sql> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? "./incidex-data");
}

async function openPostgres(url: string): Promise<Sql> {
  const { default: pg } = await import("pg");
  // Dates stay strings: the store compares and returns them as ISO text, as PGlite does.
  pg.types.setTypeParser(1082, (v: string) => v);
  const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
  pool.on("error", () => { /* a dropped idle connection is replaced on next use */ });
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new AppError("DB_UNAVAILABLE", `cannot connect to PostgreSQL at ${redact(url)}: ${(err as Error).message}`, 503, { cause: err });
  }
  const wrap = (client: { query: (t: string, p?: unknown[]) => Promise<{ rows: unknown[] }> }, inTx: boolean): Sql => ({
    backend: "postgres",
    async query<T>(text: string, params?: unknown[]) { return (await client.query(text, params)).rows as T[]; },
    async exec(text: string) { await client.query(text); },
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      if (inTx) return fn(wrap(client, true));
      const c = await pool.connect();
      try {
        await c.query("begin");
        const out = await fn(wrap(c, true));
        await c.query("commit");
        return out;
      } catch (err) {
        await c.query("rollback").catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    async close() { if (!inTx) await pool.end(); },
  });
  return wrap(pool, false);
}

async function openPglite(dataDir: string): Promise<Sql> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const memory = dataDir === ":memory:";
  const dir = memory ? undefined : resolve(dataDir);
  const release = dir ? lockDataDir(dir) : () => {};
  let db;
  try {
    db = await PGlite.create(dir ?? "memory://", { extensions: { pg_trgm, unaccent } });
  } catch (err) {
    release();
    throw new AppError("DB_UNAVAILABLE", `cannot open the data directory ${dataDir}: ${(err as Error).message}`, 503, { cause: err });
  }
  // PGlite is one connection: transactions are serialised by its own queue.
  const wrap = (q: { query: (t: string, p?: unknown[]) => Promise<{ rows: unknown[] }>; exec: (t: string) => Promise<unknown> }, inTx: boolean): Sql => ({
    backend: "pglite",
    async query<T>(text: string, params?: unknown[]) { return (await q.query(text, params)).rows as T[]; },
    async exec(text: string) { await q.exec(text); },
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      if (inTx) return fn(wrap(q, true));
      return db!.transaction((tx) => fn(wrap(tx, true)));
    },
    async close() { if (!inTx) { await db!.close(); release(); } },
  });
  return wrap(db, false);
}

/** One process at a time may open an embedded data directory; a stale lock is taken over. */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, "incidex.lock");
  try {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new AppError("DB_LOCKED", `the data directory ${dir} is in use by process ${pid}; stop it, or use another --db`, 409);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === "EPERM"; }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
