// A throw-away PostgreSQL database per test file, when a server is reachable; tests that need
// one skip with a plain reason when none is.
import pg from "pg";

const ADMIN_URL = process.env.INCIDEX_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

export async function postgresReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}

export const SKIP_NO_POSTGRES = `no PostgreSQL reachable at ${ADMIN_URL.replace(/\/\/[^@]*@/, "//")} (set INCIDEX_TEST_PG to point at one)`;

/** Creates an empty database and returns its URL and a function that drops it. */
export async function tempDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `incidex_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
