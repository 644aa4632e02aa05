// Document loaders: each format yields documents with title, text and published date, and each
// bad input yields one failure with its reason while the rest of the batch goes on.
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { isPrivateAddress } from "../src/ingest/fetch-url.ts";
import { loadInputs, type Loaded, type LoadOptions } from "../src/ingest/loaders.ts";

const dir = mkdtempSync(join(tmpdir(), "incidex-loaders-"));
const file = (name: string, content: string | Uint8Array) => { const p = join(dir, name); writeFileSync(p, content); return p; };

async function load(inputs: string[], options: LoadOptions = {}): Promise<Loaded[]> {
  const out: Loaded[] = [];
  for await (const item of loadInputs(inputs, options)) out.push(item);
  return out;
}
const docs = (items: Loaded[]) => items.flatMap((i) => (i.ok ? [i.doc] : []));
const failures = (items: Loaded[]) => items.flatMap((i) => (i.ok ? [] : [{ uri: i.uri, code: i.error.code, message: i.error.message }]));

const ARTICLE = `<!doctype html><html lang="de"><head><title>Site | Angriff auf Stadtwerke</title>
<meta property="article:published_time" content="2025-04-02T10:00:00+02:00"></head>
<body><nav>Start Politik Sport</nav><article><h1>Angriff auf die Stadtwerke Beispielstadt</h1>
<p>Die Stadtwerke Beispielstadt sind Opfer eines Cyberangriffs geworden. Unbekannte verschlüsselten am Montag mehrere Server.</p>
<p>Kundendaten sind nach Angaben des Unternehmens nicht betroffen. Die Polizei ermittelt.</p></article>
<script>alert("x")</script></body></html>`;

test("HTML: the article text with paragraph breaks, the title and the published date from metadata", async () => {
  const [d] = docs(await load([file("page.html", ARTICLE)]));
  assert.equal(d!.kind, "html");
  assert.equal(d!.published, "2025-04-02");
  assert.equal(d!.lang, "de");
  assert.match(d!.title!, /Angriff/);
  assert.match(d!.text, /Opfer eines Cyberangriffs geworden\.[^\n]*\n\nKundendaten/);
  assert.doesNotMatch(d!.text, /alert|Politik Sport/);
});

test("HTML without an article is one failure with the reason", async () => {
  const f = failures(await load([file("empty.html", "<html><body><nav>Home</nav><script>var a = 1;</script></body></html>")]));
  assert.equal(f[0]!.code, "HTML_NO_ARTICLE");
});

test("e-mail: Subject, From and Date go into the source; an attachments-only message is a failure", async () => {
  const eml = "From: Kundenservice <service@shop.example>\r\nTo: a@b.example\r\nSubject: Sicherheitsvorfall bei Shop AG\r\nDate: Tue, 04 Mar 2025 09:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBei der Shop AG wurden Kundendaten gestohlen.\r\n";
  const [d] = docs(await load([file("notice.eml", eml)]));
  assert.equal(d!.title, "Sicherheitsvorfall bei Shop AG");
  assert.equal(d!.published, "2025-03-04");
  assert.match(d!.author!, /service@shop\.example/);
  assert.match(d!.text, /^Sicherheitsvorfall bei Shop AG\n\nBei der Shop AG wurden Kundendaten gestohlen\./);
  const only = "From: a@b.example\r\nSubject: Scan\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=scan.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--X--\r\n";
  const f = failures(await load([file("only-attachment.eml", only)]));
  assert.equal(f[0]!.code, "EML_NO_TEXT");
  assert.match(f[0]!.message, /only attachments/);
});

test("JSONL: one document a line; a broken line is one failure naming its line, the others load", async () => {
  const p = file("batch.jsonl", [
    JSON.stringify({ url: "https://example.org/a", title: "A", text: "Hackers attacked A.", published: "2025-01-02", lang: "en" }),
    "{not json",
    JSON.stringify({ title: "B", html: "<p>Daten von <b>B</b> gestohlen.</p>" }),
    JSON.stringify({ title: "C" }),
  ].join("\n"));
  const items = await load([p]);
  const d = docs(items);
  assert.deepEqual(d.map((x) => x.uri), ["https://example.org/a", `${p}#L3`]);
  assert.equal(d[0]!.published, "2025-01-02");
  assert.equal(d[1]!.text, "B\n\nDaten von B gestohlen.");
  assert.deepEqual(failures(items).map((f) => [f.uri, f.code]), [[`${p}:2`, "BAD_JSONL"], [`${p}:4`, "BAD_JSONL"]]);
});

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><language>sv</language>
<item><title>Kommun drabbad</title><link>https://news.example/1</link><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate><description><![CDATA[<p>Hackare attackerade kommunen.</p>]]></description></item>
<item><title>Andra nyheten</title><guid>n2</guid><description>Text två.</description></item></channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Entry one</title><link href="https://atom.example/1"/><id>urn:1</id><updated>2025-02-01T00:00:00Z</updated><summary>Phishing wave.</summary></entry></feed>`;

test("RSS and Atom: one document per item, with link, title, date and language", async () => {
  const rss = docs(await load([file("feed.xml", RSS)]));
  assert.deepEqual(rss.map((d) => d.uri), ["https://news.example/1", `${join(dir, "feed.xml")}#n2`]);
  assert.equal(rss[0]!.published, "2025-03-03");
  assert.equal(rss[0]!.lang, "sv");
  assert.equal(rss[0]!.text, "Kommun drabbad\n\nHackare attackerade kommunen.");
  const atom = docs(await load([file("feed.atom", ATOM)]));
  assert.equal(atom[0]!.uri, "https://atom.example/1");
  assert.equal(atom[0]!.published, "2025-02-01");
});

test("a feed that is not XML is one failure with the parser's reason", async () => {
  const f = failures(await load([file("broken.rss", "<rss><channel><item></channel>")]));
  assert.equal(f[0]!.code, "BAD_FEED");
  assert.match(f[0]!.message, /not well-formed XML/);
});

test("a directory is read recursively; a missing file fails alone", async () => {
  const sub = join(dir, "tree");
  writeFileSync(file("tree-marker.txt", "x"), "x");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(join(sub, "deep"), { recursive: true });
  writeFileSync(join(sub, "a.txt"), "Hackers stole data from Alpha Corp.");
  writeFileSync(join(sub, "deep", "b.md"), "# Beta breach\n\nBeta lost data.");
  const items = await load([sub, join(dir, "missing.txt")]);
  assert.deepEqual(docs(items).map((d) => [d.kind, d.title]), [["text", "Hackers stole data from Alpha Corp."], ["markdown", "Beta breach"]]);
  assert.equal(failures(items)[0]!.code, "FILE_NOT_FOUND");
});

// URLs, against a real HTTP server on loopback.
let server: Server, base = "";
before(async () => {
  server = createServer((req, res) => {
    const u = req.url ?? "/";
    if (u === "/article") { res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }); res.end(gzipSync(ARTICLE)); return; }
    if (u === "/feed") { res.writeHead(200, { "content-type": "application/rss+xml" }); res.end(RSS); return; }
    if (u.startsWith("/hop/")) { const n = Number(u.split("/")[2]); res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" }); res.end(); return; }
    if (u === "/slow") { setTimeout(() => { res.writeHead(200); res.end("late"); }, 3000); return; }
    if (u === "/big") { res.writeHead(200, { "content-type": "text/plain" }); res.end("x".repeat(2048)); return; }
    if (u === "/gone") { res.writeHead(404); res.end(); return; }
    res.writeHead(500); res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

test("URL: a loopback address is refused unless --allow-private", async () => {
  const f = failures(await load([`${base}/article`]));
  assert.equal(f[0]!.code, "URL_REFUSED");
  assert.match(f[0]!.message, /allow-private/);
  const viaName = failures(await load([`${base.replace("127.0.0.1", "localhost")}/article`]));
  assert.equal(viaName[0]!.code, "URL_REFUSED", "a name resolving to loopback is refused too");
  const [d] = docs(await load([`${base}/article`], { allowPrivate: true }));
  assert.equal(d!.uri, `${base}/article`);
  assert.equal(d!.published, "2025-04-02");
  assert.match(d!.text, /Stadtwerke Beispielstadt/);
});

test("URL: feeds by content type, redirects up to five, then a clear failure", async () => {
  assert.equal(docs(await load([`${base}/feed`], { allowPrivate: true })).length, 2);
  assert.equal(docs(await load([`${base}/hop/4`], { allowPrivate: true })).length, 1);
  assert.equal(failures(await load([`${base}/hop/5`], { allowPrivate: true }))[0]!.code, "URL_TOO_MANY_REDIRECTS");
});

test("URL: timeouts, size limits, HTTP errors and unreachable hosts are failures with reasons", async () => {
  const items = await load([`${base}/slow`, `${base}/big`, `${base}/gone`, "http://127.0.0.1:1/"], { allowPrivate: true, timeoutMs: 500, maxBytes: 1024 });
  assert.deepEqual(failures(items).map((f) => f.code), ["URL_TIMEOUT", "URL_TOO_LARGE", "URL_HTTP_ERROR", "URL_UNREACHABLE"]);
});

test("private, loopback and link-local ranges are recognised", () => {
  for (const a of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "0.0.0.0"]) assert.ok(isPrivateAddress(a), a);
  for (const a of ["93.184.216.34", "2606:4700::1111", "172.32.0.1"]) assert.ok(!isPrivateAddress(a), a);
});
