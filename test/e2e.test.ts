// End to end in Debian's Chromium: the built UI served by the real server over loopback, on a
// store holding the bundled examples. Skipped, saying why, where /usr/bin/chromium is missing.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { serve, type ServerType } from "@hono/node-server";
import type { Browser, Page } from "playwright-core";
import { createExtractor } from "../src/pipeline/extract-pool.ts";
import { ingestInputs } from "../src/pipeline/ingest.ts";
import { createApp } from "../src/server/app.ts";
import { Store } from "../src/store/store.ts";

const CHROMIUM = "/usr/bin/chromium";
const skip = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
const ROOT = new URL("..", import.meta.url).pathname;
const SHOTS = join(tmpdir(), "incidex-e2e");

describe("web UI in Chromium", { skip }, () => {
  let store: Store, server: ServerType, browser: Browser, page: Page, base: string, uiDir: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const extractor = createExtractor(0, new Date("2025-12-01"));

  before(async () => {
    uiDir = mkdtempSync(join(tmpdir(), "incidex-ui-"));
    const { build } = await import("vite");
    await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "silent", build: { outDir: uiDir, emptyOutDir: true } });
    store = await Store.open({ dataDir: ":memory:" });
    await ingestInputs(store, [join(ROOT, "examples")], { extractor });
    const app = createApp({ store, extractor, token: null, uiDir, version: "e2e" });
    server = await new Promise<ServerType>((resolve) => { const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s)); });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    mkdirSync(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    await extractor.close();
    await store?.close();
    if (uiDir) rmSync(uiDir, { recursive: true, force: true });
  });

  const api = async (path: string) => (await fetch(`${base}${path}`)).json() as Promise<any>;
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  test("the dashboard shows the store's counts, the months and the latest incidents", async () => {
    await page.goto(`${base}/#/`);
    await page.waitForSelector(".dashboard");
    const stats = await api("/api/stats");
    assert.equal(await page.textContent('[data-total="incidents"]'), String(stats.totals.incidents));
    assert.equal(await page.textContent('[data-total="reports"]'), String(stats.totals.reports));
    assert.ok(await page.locator(".month-bar").count() >= stats.months.length);
    assert.equal(await page.locator(".latest .incident-card").count(), Math.min(8, stats.totals.incidents));
    for (const title of ["By type", "Top countries", "Top sectors"]) assert.ok(await page.getByRole("heading", { name: title }).isVisible(), title);
    await shot("dashboard");
  });

  test("the incident list filters by type through its form and the URL", async () => {
    await page.goto(`${base}/#/incidents`);
    await page.waitForSelector(".incident-card");
    await page.selectOption('select[name="type"]', "ransomware");
    await page.click('.filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes("type=ransomware"));
    await page.waitForSelector(".incident-card");
    const expected = (await api("/api/incidents?type=ransomware")).items.map((i: { id: string }) => `#/incidents/${i.id}`);
    const shown = await page.locator(".incident-card .incident-title").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(shown, expected);
    await page.fill('input[name="q"]', "Datenleck");
    await page.click('.filters button[type="submit"]');
    await page.waitForFunction(() => location.hash.includes("q=Datenleck"));
    await page.waitForSelector('p[role="status"]:has-text("incident")');
  });

  test("an incident shows each report in its language; pressing a field marks its evidence in view", async () => {
    const multi = (await api("/api/incidents?limit=100")).items.find((i: { langs: string[] }) => i.langs.length >= 2);
    const detail = await api(`/api/incidents/${multi.id}`);
    await page.goto(`${base}/#/incidents/${multi.id}`);
    await page.waitForSelector(".report");
    assert.equal(await page.locator(".reports > .report").count(), detail.reports.length);
    const badges = await page.locator(".reports .report-head .badge.lang").allTextContents();
    assert.deepEqual(badges.map((b) => b.toLowerCase()), detail.reports.map((r: { lang: string }) => r.lang));
    assert.match((await page.locator(".reports .reason").nth(1).textContent())!, /Why here: .*(victim|indicator|brand|organisation)/);

    // The last report's first victim: its button, then the marked span must be its evidence.
    const last = detail.reports[detail.reports.length - 1].record;
    const victim = last.victims[0];
    const report = page.locator(".reports > .report").last();
    await report.locator(`.chip.k-victim[data-value="${victim.name}"]`).click();
    const active = report.locator("mark.ev.active").first();
    await active.waitFor();
    // Where another finding's evidence overlaps ("Hotel" of a sector inside "Hotel Fjordblick"),
    // the span is marked in pieces: read in order, they spell the evidence.
    assert.ok((await report.locator("mark.ev.active").allTextContents()).join("").startsWith(victim.evidence[0].text));
    await page.waitForTimeout(400); // the smooth scroll
    const box = (await active.boundingBox())!;
    assert.ok(box.y >= 0 && box.y + box.height <= 800, `the marked span is scrolled into view (y=${box.y})`);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "MARK");
    await shot("incident-field-pressed");
    const exportHref = await page.locator('.exports a[data-format="misp"]').getAttribute("href");
    assert.equal(exportHref, `/api/export?id=${multi.id}&format=misp`);
    assert.equal((await api(exportHref!)).response.length, 1, "this incident alone");

    // A merged value jumps to the report that said it.
    await page.locator('.merged .chip[data-field="type"]').first().click();
    assert.ok(await page.locator("mark.ev.active").count() >= 1);
  });

  test("fields are reachable with the keyboard", async () => {
    await page.locator(".reports .report .chip").first().focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "MARK");
    assert.ok(await page.locator(".reports mark.ev.active").count() >= 1);
  });

  test("analysing a pasted text shows its record with highlights, runs none of its markup and stores nothing", async () => {
    const before = (await api("/api/stats")).totals;
    await page.goto(`${base}/#/analyse`);
    const text = 'Ransomware attack on Brightwater Utilities Ltd <script>alert("xss")</script><img src=x onerror="alert(1)">\n\nBrightwater Utilities Ltd said criminals encrypted its servers on Monday 3 November 2025 and stole the names and addresses of about 8,000 customers. The company reported the attack to the police.';
    await page.fill("textarea", text);
    await page.getByRole("button", { name: "Analyse" }).click();
    await page.waitForSelector(".analysis .report");
    const shown = await page.locator(".analysis .doc-text").textContent();
    assert.equal(shown, text, "the text is shown exactly, markup as characters");
    assert.equal(await page.locator("main script, main img").count(), 0);
    assert.ok(await page.locator('.analysis .chip[data-value="ransomware"]').count() === 1);
    await page.locator('.analysis .chip.k-affected').click();
    assert.match((await page.locator(".analysis mark.ev.active").first().textContent())!, /8,000 customers/);
    assert.deepEqual((await api("/api/stats")).totals, before);
    await shot("analyse");
  });

  test("the incident list links exports of what it shows", async () => {
    await page.goto(`${base}/#/incidents?type=phishing`);
    await page.waitForSelector(".incident-card");
    const href = await page.locator('.exports a[data-format="stix"]').getAttribute("href");
    assert.equal(href, "/api/export?type=phishing&format=stix");
    const bundle = await api(href!);
    const shown = await page.locator(".incident-card").count();
    assert.equal(bundle.objects.filter((o: { type: string }) => o.type === "incident").length, shown);
  });

  test("watching an organisation from the UI lists the alerts of stored incidents", async () => {
    await page.goto(`${base}/#/alerts`);
    await page.waitForSelector(".alerts-page");
    await page.fill('input[name="name"]', "Chatwise");
    await page.getByRole("button", { name: "Watch", exact: true }).click();
    await page.waitForSelector("table.alerts");
    assert.match((await page.locator(".notice").textContent())!, /Watching Chatwise\. Stored incidents already name it: 1 alert/);
    const row = page.locator("table.alerts tbody tr").first();
    assert.match((await row.textContent())!, /Chatwise.*third party.*Chatwise/);
    await row.locator("a").click();
    await page.waitForSelector(".incident-page");
    assert.match((await page.locator(".incident-h1").textContent())!, /Billetto/);
    await page.goto(`${base}/#/alerts`);
    await page.waitForSelector("table.alerts");
    await shot("alerts");
    await page.getByRole("button", { name: "Stop watching Chatwise" }).click();
    await page.waitForSelector('.notice:has-text("No longer watching Chatwise")');
    assert.equal(await page.locator("table.alerts").count(), 0);
  });

  test("stored markup stays text and a 400-character name does not break the layout", async () => {
    const longName = `${"Überlangername".repeat(28)}Holding`.slice(0, 400);
    const res = await fetch(`${base}/api/reports`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({
        url: "https://example.org/news/long-name",
        title: `Data breach at ${longName} <img src=x onerror=alert(3)>`,
        text: `Hackers stole customer data from ${longName} AS in a cyberattack on 2 November 2025. <script>alert(4)</script> Names and e-mail addresses of 3,000 customers were stolen.`,
      }),
    });
    assert.equal(res.status, 201);
    const { reports } = await res.json() as { reports: { incidentId: string }[] };
    await page.goto(`${base}/#/incidents/${reports[0]!.incidentId}`);
    await page.waitForSelector(".report");
    assert.match((await page.locator(".incident-h1").textContent())!, /<img src=x onerror=alert\(3\)>/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    await page.goto(`${base}/#/incidents`);
    await page.waitForSelector(".incident-card");
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0);
    await shot("long-name");
    assert.deepEqual(dialogs, [], "no script from a document ever ran");
    assert.deepEqual(pageErrors, []);
  });
});
