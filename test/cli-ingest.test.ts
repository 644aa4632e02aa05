// `incidex ingest`, `search`, `incidents`, `show` and `worker` as a user runs them: real
// processes, real files, a real embedded data directory, and PostgreSQL for the shared queue.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { Store } from "../src/store/store.ts";
import { postgresReachable, SKIP_NO_POSTGRES, tempDatabase } from "./helpers/postgres.ts";

// Asked before any test runs: a test that blocks the event loop would make the probe time out.
const pgUp = await postgresReachable();

const BIN = new URL("../bin/incidex", import.meta.url).pathname;
const EXAMPLES = new URL("../examples", import.meta.url).pathname;

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, DATABASE_URL: undefined, ...env } as NodeJS.ProcessEnv, timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `incidex-${name}-`));

/** Distinct made-up incident texts, so each document is its own report. */
function writeCorpus(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const towns = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Gum", "Hazel", "Ivy", "Juniper"];
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `${towns[i % towns.length]}${Math.floor(i / towns.length)} Logistics Ltd`;
    const p = join(dir, `doc-${String(i).padStart(3, "0")}.txt`);
    writeFileSync(p, `${name} hit by ransomware\n\ndate 2025-0${1 + (i % 9)}-1${i % 10}\n\n${name} said attackers encrypted its servers and stole names and addresses of ${1000 + i} customers. The company notified the police and restored systems from backups.`);
    paths.push(p);
  }
  return paths;
}

test("ingest the examples, again unchanged, then search, list and show with quoted evidence", () => {
  const db = join(tmp("cli"), "data");
  const first = run(["ingest", EXAMPLES, "--db", db, "--workers", "2"]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /read\s+29\n\s+new\s+29\n\s+updated\s+0\n\s+unchanged\s+0/);
  const second = run(["ingest", EXAMPLES, "--db", db, "--workers", "1"]);
  assert.match(second.stdout, /new\s+0\n\s+updated\s+0\n\s+unchanged\s+29/);

  const list = JSON.parse(run(["incidents", "--db", db, "--json", "--limit", "100"]).stdout) as { items: { id: string; langs: string[]; victims: string[] }[] };
  const roskilde = list.items.find((i) => i.victims.includes("Roskilde Kommune") && i.langs.length === 3)!;
  assert.ok(roskilde, "the Roskilde ransomware attack is one incident in Danish, English and Swedish");
  const found = run(["search", "ransomware", "--db", db, "--country", "DK", "--json"]);
  assert.ok((JSON.parse(found.stdout) as { id: string }[]).some((i) => i.id === roskilde.id));
  const shown = run(["show", roskilde.id, "--db", db]);
  assert.equal(shown.code, 0, shown.stderr);
  assert.match(shown.stdout, /Roskilde Kommune/);
  assert.match(shown.stdout, /ransomware\s+“[^”]*ransomware[^”]*” \[(da|en|sv)\]/i);
  assert.match(shown.stdout, /grouped by same-victim-family-window/);
  const missing = run(["show", "i_0000000000000000", "--db", db]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no incident i_0000000000000000 \[NOT_FOUND\]/);
});

test("a batch with broken documents stores the good ones and names each failure with its reason", () => {
  const dir = tmp("bad");
  writeFileSync(join(dir, "good.txt"), "Hackers breached Quayside Dental Ltd and stole patient names. The practice notified the police.");
  writeFileSync(join(dir, "empty.txt"), "  \n");
  writeFileSync(join(dir, "lines.jsonl"), `${JSON.stringify({ title: "T", text: "Ransomware hit Harbour Bank." })}\nnot json\n`);
  writeFileSync(join(dir, "feed.rss"), "this is not xml at all");
  writeFileSync(join(dir, "nav.html"), "<html><body><nav>Menu</nav></body></html>");
  writeFileSync(join(dir, "scan.eml"), "From: a@b.example\r\nSubject: Scan\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=scan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--X--\r\n");
  const db = join(tmp("bad-db"), "data");
  const r = run(["ingest", dir, "--db", db, "--workers", "1"]);
  assert.equal(r.code, 1, "exit 1 tells a script that something failed");
  assert.match(r.stdout, /read\s+7\n\s+new\s+2\n/);
  assert.match(r.stdout, /failed\s+5/);
  for (const [name, code] of [["empty.txt", "FILE_EMPTY"], ["lines.jsonl:2", "BAD_JSONL"], ["feed.rss", "BAD_FEED"], ["nav.html", "HTML_NO_ARTICLE"], ["scan.eml", "EML_NO_TEXT"]]) {
    assert.match(r.stdout, new RegExp(`${name.replace(".", "\\.")}: .+ \\[${code}\\]`), `${name} is reported with ${code}`);
  }
});

test("an ingest killed with SIGKILL half-way: the re-run stores every document exactly once", async () => {
  const dir = join(tmp("crash"), "docs");
  const paths = writeCorpus(dir, 60);
  const db = join(tmp("crash-db"), "data");
  const child = spawn(process.execPath, [BIN, "ingest", dir, "--db", db, "--workers", "1", "--verbose"], { env: { ...process.env, DATABASE_URL: undefined } as NodeJS.ProcessEnv });
  let committed = 0;
  await new Promise<void>((resolve) => {
    child.stdout.on("data", (chunk: Buffer) => {
      committed += chunk.toString().split("\n").filter((l) => l.startsWith("new\t")).length;
      if (committed >= 20 && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve());
  });
  assert.equal(child.signalCode, "SIGKILL", "the first run was killed, not finished");
  assert.ok(committed < paths.length, `killed half-way (${committed} of ${paths.length} committed)`);
  const rerun = run(["ingest", dir, "--db", db, "--workers", "1"]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const m = /new\s+(\d+)\n\s+updated\s+(\d+)\n\s+unchanged\s+(\d+)/.exec(rerun.stdout)!;
  assert.equal(Number(m[1]) + Number(m[3]), paths.length);
  assert.equal(Number(m[2]), 0);
  assert.ok(Number(m[3]) >= committed, "everything the first run committed is found unchanged");
  const store = await Store.open({ dataDir: db });
  try {
    const rows = await store.sql.query<{ uri: string; n: number }>("select uri, count(*)::int as n from reports group by uri");
    assert.equal(rows.length, paths.length);
    assert.ok(rows.every((r) => r.n === 1));
    const links = await store.sql.query<{ n: number }>("select count(*)::int as n from incident_reports");
    assert.equal(links[0]!.n, paths.length, "every report is linked to one incident");
  } finally { await store.close(); }
});

test("two workers share one PostgreSQL queue and process every document exactly once", { skip: pgUp ? false : SKIP_NO_POSTGRES }, async () => {
  const { url, drop } = await tempDatabase();
  try {
    const dir = join(tmp("queue"), "docs");
    const paths = writeCorpus(dir, 40);
    const queued = run(["ingest", dir, "--queue"], { DATABASE_URL: url });
    assert.equal(queued.code, 0, queued.stderr);
    assert.match(queued.stdout, /queued\s+40/);
    const worker = (name: string) => new Promise<string>((resolve, reject) => {
      const c = spawn(process.execPath, [BIN, "worker", "--name", name, "--idle-exit", "2"], { env: { ...process.env, DATABASE_URL: url } });
      let outText = "";
      c.stdout.on("data", (d: Buffer) => { outText += d.toString(); });
      c.on("exit", (code) => (code === 0 ? resolve(outText) : reject(new Error(`worker ${name} exited ${code}`))));
    });
    const outs = await Promise.all([worker("w1"), worker("w2")]);
    const counts = outs.map((o) => Number(/(\d+) jobs? processed/.exec(o)![1]));
    assert.equal(counts[0]! + counts[1]!, paths.length);
    const store = await Store.open({ databaseUrl: url });
    try {
      const jobs = await store.sql.query<{ status: string; worker: string; n: number }>("select status, worker, count(*)::int as n from jobs group by status, worker");
      assert.ok(jobs.every((j) => j.status === "done"));
      assert.deepEqual(jobs.map((j) => j.worker).sort(), ["w1", "w2"], "both workers took a share");
      const rows = await store.sql.query<{ n: number; d: number }>("select count(*)::int as n, count(distinct uri)::int as d from reports");
      assert.deepEqual(rows[0], { n: paths.length, d: paths.length });
    } finally { await store.close(); }
  } finally { await drop(); }
});
