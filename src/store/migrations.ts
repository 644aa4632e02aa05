// Schema migrations, the same for PGlite and PostgreSQL. Append only: a released migration is
// never edited; a change is a new entry.
import type { Sql } from "./sql.ts";

const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "reports, incidents, sources, ingest log, jobs",
    sql: `
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table sources (
  id bigserial primary key,
  uri text not null unique,
  kind text not null,
  title text,
  author text,
  published text,
  meta jsonb not null default '{}',
  first_seen timestamptz not null default now(),
  last_seen timestamptz not null default now()
);

create table reports (
  id text primary key,
  source_id bigint not null references sources(id),
  uri text not null unique,
  content_hash text not null,
  version int not null default 1,
  lang text not null,
  title text,
  published text,
  event_date date,
  is_incident boolean not null,
  types text[] not null default '{}',
  countries text[] not null default '{}',
  sectors text[] not null default '{}',
  ts_config regconfig not null,
  tsv tsvector not null,
  record jsonb not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index reports_tsv on reports using gin (tsv);
create index reports_event_date on reports (event_date);

create table report_orgs (
  report_id text not null references reports(id) on delete cascade,
  role text not null,
  name text not null,
  norm text not null,
  primary key (report_id, role, norm)
);
create index report_orgs_norm_trgm on report_orgs using gin (norm gin_trgm_ops);

create table incidents (
  id text primary key,
  title text not null,
  record jsonb not null,
  types text[] not null default '{}',
  families text[] not null default '{}',
  countries text[] not null default '{}',
  sectors text[] not null default '{}',
  victims text[] not null default '{}',
  langs text[] not null default '{}',
  first_date date,
  last_date date,
  -- last_date, or the earliest day when unknown: a total order for keyset pagination
  sort_date date not null default '0001-01-01',
  report_count int not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index incidents_sort on incidents (sort_date desc, id desc);
create index incidents_types on incidents using gin (types);
create index incidents_countries on incidents using gin (countries);

create table incident_keys (
  incident_id text not null references incidents(id) on delete cascade,
  kind text not null,
  value text not null,
  -- one row per word of the value: finds "hotel fjordblick" when looking for "fjordblick"
  head text not null,
  primary key (incident_id, kind, value, head)
);
create index incident_keys_lookup on incident_keys (kind, head);

create table incident_reports (
  report_id text primary key references reports(id) on delete cascade,
  incident_id text not null references incidents(id),
  reason jsonb not null,
  pinned boolean not null default false,
  linked_at timestamptz not null default now()
);
create index incident_reports_incident on incident_reports (incident_id);

create table corrections (
  id bigserial primary key,
  kind text not null,
  detail jsonb not null,
  created_at timestamptz not null default now()
);

create table ingest_log (
  id bigserial primary key,
  run_id text not null,
  uri text not null,
  status text not null,
  reason text,
  report_id text,
  at timestamptz not null default now()
);
create index ingest_log_run on ingest_log (run_id);

create table jobs (
  id bigserial primary key,
  run_id text not null,
  uri text not null,
  payload jsonb not null,
  status text not null default 'queued',
  attempts int not null default 0,
  worker text,
  error text,
  result jsonb,
  created_at timestamptz not null default now(),
  done_at timestamptz
);
create index jobs_queued on jobs (status, id);
`,
  },
  {
    version: 2,
    name: "victim display names on incidents",
    // The victims column holds folded names for matching; lists show the names as written.
    sql: `
alter table incidents add column victim_names text[] not null default '{}';
update incidents set victim_names = array(select v->>'value' from jsonb_array_elements(record->'victims') v) where record ? 'victims';
`,
  },
  {
    version: 3,
    name: "incidents in the order they changed, for TAXII",
    // Millisecond precision, as clients send added_after back: a finer stored time would make
    // the incident a client last saw look newer than its own timestamp.
    sql: `
update incidents set updated_at = date_trunc('milliseconds', updated_at);
create index incidents_changed on incidents (updated_at, id);
`,
  },
  {
    version: 4,
    name: "watchlist and alerts",
    // alerts is an outbox: a row is written in the ingest transaction that finds the match, and
    // delivered to the webhook afterwards, so a crash never loses an alert nor sends one twice
    // for the same incident, role and watched name.
    sql: `
create table watchlist (
  id serial primary key,
  name text not null,
  norm text not null unique,
  roles text[] not null default '{victim,third_party,impersonated}',
  created_at timestamptz not null default now()
);
create table alerts (
  id bigserial primary key,
  watch_id int not null references watchlist (id) on delete cascade,
  incident_id text not null,
  report_id text not null,
  role text not null,
  org_name text not null,
  existing boolean not null default false,
  created_at timestamptz not null default now(),
  delivered_at timestamptz,
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  unique (watch_id, incident_id, role)
);
create index alerts_pending on alerts (next_attempt_at) where delivered_at is null;
`,
  },
  {
    version: 5,
    name: "reports newest first, for search",
    // Search ranks a common term among its most recent matches: walking this index and stopping
    // at the limit is what keeps that fast on a large store.
    sql: `create index reports_recent on reports (event_date desc nulls last, id);`,
  },
];

/** Brings the schema up to date. Safe to run from several processes at once. */
export async function migrate(sql: Sql): Promise<number> {
  return sql.transaction(async (tx) => {
    // Concurrent workers starting together must not both create the tables.
    await tx.query("select pg_advisory_xact_lock(724001)");
    await tx.exec("create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())");
    const done = new Set((await tx.query<{ version: number }>("select version from schema_migrations")).map((r) => r.version));
    let applied = 0;
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [m.version, m.name]);
      applied++;
    }
    return applied;
  });
}

/**
 * PostgreSQL text-search configuration per language; "simple" where PostgreSQL has none (Polish,
 * Czech, Croatian, Slovene, Icelandic) or where PostgreSQL 15, the oldest server it runs on, has
 * none (Estonian came with 16, which PGlite is built from).
 */
export const TS_CONFIG: Record<string, string> = {
  da: "danish", sv: "swedish", no: "norwegian", de: "german", it: "italian", en: "english",
  fr: "french", es: "spanish", nl: "dutch", fi: "finnish", pt: "portuguese", ro: "romanian", hu: "hungarian", el: "greek", lt: "lithuanian", ga: "irish",
};
export const tsConfigFor = (lang: string): string => TS_CONFIG[lang] ?? "simple";
