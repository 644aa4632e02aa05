// The extract command as a user runs it: a real process over real files, good and bad.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, symlinkSync, mkdirSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const BIN = new URL("../bin/incidex", import.meta.url).pathname;
const run = (args: string[], cwd?: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

const dir = mkdtempSync(join(tmpdir(), "incidex-extract-"));
const good = "Hackere har angrebet Vejle Kommune. Kriminelle stjal navne og adresser på 2.000 borgere, oplyser kommunen.\n";
writeFileSync(join(dir, "a-good.txt"), good);
writeFileSync(join(dir, "b-empty.txt"), "");
writeFileSync(join(dir, "c-binary.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 9]));
writeFileSync(join(dir, "d-bad-utf8.txt"), Buffer.concat([Buffer.from("Kunder i Århus: ", "utf8"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(" data stjålet", "utf8")]));
writeFileSync(join(dir, "e-cp1252.txt"), Buffer.from("Hackere stjal data fra kunder hos Møller & Søn A/S på Ærø.\n", "latin1"));
writeFileSync(join(dir, "f-big.txt"), Buffer.alloc(20 * 1024 * 1024, "a"));
symlinkSync(join(dir, "missing-target.txt"), join(dir, "g-dangling.txt"));

test("a batch with broken files processes the good ones, names every bad file and its problem, and exits 1", () => {
  const r = run(["extract", dir, "--jsonl"]);
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.source.uri.split("/").pop()), ["a-good.txt", "e-cp1252.txt"]);
  assert.match(r.stderr, /b-empty\.txt: the file is empty \[FILE_EMPTY\]/);
  assert.match(r.stderr, /c-binary\.bin: the file is binary, not text \[FILE_BINARY\]/);
  assert.match(r.stderr, /d-bad-utf8\.txt: the file is not valid UTF-8.*\[INVALID_UTF8\]/);
  assert.match(r.stderr, /f-big\.txt: the file is 20\.0 MB, over the 10 MB limit.*\[FILE_TOO_LARGE\]/);
  assert.match(r.stderr, /g-dangling\.txt: no such file or directory \[FILE_NOT_FOUND\]/);
  assert.match(r.stderr, /e-cp1252\.txt: not UTF-8; read as Windows-1252/);
  assert.ok(lines[1].text.includes("Møller & Søn A/S på Ærø"), "Windows-1252 decoded with æøå intact");
});

test("an unreadable file is reported when permissions apply", { skip: process.getuid?.() === 0 ? "running as root: permissions do not apply" : false }, () => {
  const d = mkdtempSync(join(tmpdir(), "incidex-perm-"));
  writeFileSync(join(d, "secret.txt"), good);
  chmodSync(join(d, "secret.txt"), 0o000);
  const r = run(["extract", d, "--jsonl"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /secret\.txt: permission denied/);
});

test("--jsonl keeps input order, uses the path as given, and every evidence span quotes the text", () => {
  const d = mkdtempSync(join(tmpdir(), "incidex-order-"));
  mkdirSync(join(d, "in"));
  writeFileSync(join(d, "in", "z.txt"), "Falsche IONOS-Mails im Umlauf. Die russischen Hacker verschicken gefälschte E-Mails.");
  writeFileSync(join(d, "in", "a.txt"), good);
  const r = run(["extract", "in/z.txt", "in/a.txt", "--jsonl"], d);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.source.uri), ["in/z.txt", "in/a.txt"]);
  let spans = 0;
  const walk = (rec: { text: string }, node: unknown): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(rec, n));
    if (!node || typeof node !== "object") return;
    for (const [k, v] of Object.entries(node)) {
      if (k === "evidence") for (const e of v as { start: number; end: number; text: string }[]) { spans++; assert.equal(rec.text.slice(e.start, e.end), e.text); }
      else if (k !== "text") walk(rec, v);
    }
  };
  for (const l of lines) walk(l, l);
  assert.ok(spans > 5, `only ${spans} evidence spans`);
  assert.equal(lines[0].lang, "de");
  assert.equal(lines[1].lang, "da");
});

test("stdin, --lang and --published are honoured; a bad --published is refused", () => {
  const r = spawnSync(process.execPath, [BIN, "extract", "-", "--lang", "da", "--published", "2024-05-15"], { input: "I går blev banken ramt af et hackerangreb.", encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(r.stdout);
  assert.equal(rec.lang, "da");
  assert.equal(rec.dates.published.value, "2024-05-15");
  assert.equal(rec.dates.occurred.value, "2024-05-14");
  const bad = run(["extract", "x.txt", "--published", "last week"]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--published must be YYYY, YYYY-MM or YYYY-MM-DD/);
});

test("a reader that stops early ends the command quietly", async () => {
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [BIN, "extract", new URL("../examples", import.meta.url).pathname, "--jsonl"]);
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  assert.equal(code, 0);
  assert.doesNotMatch(stderr, /EPIPE|Error/);
});

test("extract reads HTML pages, JSONL documents and feeds as ingest does, a broken line failing alone", () => {
  const d = mkdtempSync(join(tmpdir(), "incidex-formats-"));
  const article = "Vejle Kommune oplyser, at hackere har angrebet kommunens systemer. Kriminelle stjal navne og adresser på 2.000 borgere, og kommunen har anmeldt angrebet til politiet.";
  writeFileSync(join(d, "page.html"), `<!doctype html><html lang="da"><head><title>Hackerangreb på Vejle Kommune</title>
<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head>
<body><nav>Forside · Nyheder · Kontakt</nav><article><h1>Hackerangreb på Vejle Kommune</h1><p>${article}</p></article></body></html>`);
  writeFileSync(join(d, "docs.jsonl"), [
    JSON.stringify({ url: "https://news.example/vejle", text: article, title: "Hackerangreb på Vejle Kommune", published: "2024-03-06", lang: "da" }),
    "{ not json",
    JSON.stringify({ text: "Falsche IONOS-Mails im Umlauf. Die Hacker verschicken gefälschte E-Mails im Namen von IONOS." }),
  ].join("\n"));
  const r = run(["extract", "page.html", "docs.jsonl", "--jsonl"], d);
  assert.equal(r.status, 1, "the broken line makes the run fail");
  assert.match(r.stderr, /docs\.jsonl:2: line 2 is not JSON.*\[BAD_JSONL\]/);
  const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.source.uri), ["page.html", "https://news.example/vejle", "docs.jsonl#L3"]);
  const [page, first, third] = lines;
  assert.equal(page.source.title, "Hackerangreb på Vejle Kommune");
  assert.equal(page.dates.published?.value, "2024-03-05", "the page's own date");
  assert.ok(!page.text.includes("<") && !page.text.includes("Forside"), "the article, not the markup or the navigation");
  assert.equal(first.dates.published?.value, "2024-03-06");
  assert.equal(first.lang, "da");
  assert.ok(first.victims.some((v: { name: string }) => v.name === "Vejle Kommune"), JSON.stringify(first.victims));
  assert.equal(third.lang, "de");
  assert.ok(third.impersonated.some((o: { name: string }) => o.name === "IONOS"), JSON.stringify(third.impersonated));
  const flagged = run(["extract", "docs.jsonl", "--jsonl", "--published", "2024-01-01"], d);
  assert.equal(JSON.parse(flagged.stdout.split("\n")[0]!).dates.published?.value, "2024-01-01", "the command line's date is taken over the document's");
});

test("extract fetches a URL, from loopback only with --allow-private", async () => {
  const { createServer } = await import("node:http");
  const { execFile } = await import("node:child_process");
  const page = `<!doctype html><html lang="sv"><head><title>Skogsbo kommun drabbad av ransomware</title></head><body><article><p>Skogsbo kommun drabbades i natt av en ransomwareattack. Angriparna krypterade kommunens servrar och kräver en lösensumma, och kommunen har polisanmält attacken.</p></article></body></html>`;
  const server = createServer((_req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(page); });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/news/1`;
  const exec = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((ok) =>
    execFile(process.execPath, [BIN, ...args], { encoding: "utf8" }, (err, stdout, stderr) => ok({ code: err ? (err as { code?: number }).code ?? 1 : 0, stdout, stderr })));
  try {
    const refused = await exec(["extract", url, "--jsonl"]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`${url.replace(/[.]/g, "\\.")}: .*(private|loopback)`, "i"));
    const r = await exec(["extract", url, "--jsonl", "--allow-private"]);
    assert.equal(r.code, 0, r.stderr);
    const record = JSON.parse(r.stdout);
    assert.equal(record.source.uri, url);
    assert.equal(record.lang, "sv");
    assert.ok(record.types.some((t: { value: string }) => t.value === "ransomware"));
  } finally {
    server.close();
  }
});
