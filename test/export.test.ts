// The exports over a real store holding the bundled examples and one incident rich in indicators:
// STIX 2.1 against the OASIS schemas, MISP against the core format's schema and category/type
// matrix, VERIS against verisc-merged.json (those three from ../shared/reference, skipped with a
// reason where it is missing), CSV and JSONL read back, and the CLI and API paths.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { csvCell } from "../src/export/csv.ts";
import { exportIncidents, type ExportFormat } from "../src/export/formats.ts";
import { uuidv5 } from "../src/export/ids.ts";
import { createExtractor } from "../src/pipeline/extract-pool.ts";
import { ingestInputs } from "../src/pipeline/ingest.ts";
import { createApp } from "../src/server/app.ts";
import { Store } from "../src/store/store.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const REFERENCE = join(ROOT, "../shared/reference");
const STIX_DIR = join(REFERENCE, "stix2.1-json-schemas");
const MISP_DOC = join(REFERENCE, "misp/misp-core-format.md");
const VERIS_SCHEMA = join(REFERENCE, "veris/verisc-merged.json");
// Both are CommonJS packages whose function is their `default` export.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
const noReference = (path: string) => (existsSync(path) ? false : `${path} is not here (it comes with ../shared, which CI has)`);

type Json = Record<string, any>;

async function collect(store: Store, format: ExportFormat, filters = {}, options = {}): Promise<string> {
  let text = "";
  for await (const chunk of exportIncidents(store, format, filters, options)) text += chunk;
  return text;
}

describe("exports", () => {
  let store: Store;
  let dir: string;
  const extractor = createExtractor(0, new Date("2025-12-01"));

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "incidex-export-"));
    store = await Store.open({ dataDir: join(dir, "data") });
    const s = await ingestInputs(store, [join(ROOT, "examples"), join(ROOT, "test/fixtures/export")], { extractor });
    assert.equal(s.failed.length, 0);
  });
  after(async () => {
    await extractor.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("UUIDv5 matches the RFC 4122 example", () => {
    assert.equal(uuidv5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });

  describe("STIX 2.1", () => {
    let bundle: Json;
    let byId: Map<string, Json>;
    before(async () => {
      bundle = JSON.parse(await collect(store, "stix"));
      byId = new Map(bundle.objects.map((o: Json) => [o.id, o]));
    });

    test("the bundle and every object validate against the OASIS schemas", { skip: noReference(STIX_DIR) }, () => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      for (const sub of ["common", "sdos", "sros", "observables"]) {
        for (const f of readdirSync(join(STIX_DIR, sub))) ajv.addSchema(JSON.parse(readFileSync(join(STIX_DIR, sub, f), "utf8")));
      }
      const base = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas";
      // bundle.json lists the object types it accepts; incident and location (with grouping, note and
      // opinion) are missing from that list upstream, so such objects match neither branch of it. The
      // bundle is checked with the listed types, and every object below against its own schema.
      const bundleSchema = JSON.parse(readFileSync(join(STIX_DIR, "common/bundle.json"), "utf8"));
      const listed = new Set<string>(bundleSchema.properties.objects.items.anyOf[0].oneOf.map((r: { $ref: string }) => r.$ref.replace(/^.*\/(.+)\.json$/, "$1")));
      const unlisted = new Set<string>(bundle.objects.map((o: Json) => o.type).filter((t: string) => !listed.has(t)));
      assert.deepEqual([...unlisted].filter((t) => !["incident", "location", "grouping", "note", "opinion"].includes(t)), [], "only the types bundle.json forgets");
      const validateBundle = ajv.getSchema(`${base}/common/bundle.json`)!;
      const envelope = { ...bundle, objects: bundle.objects.filter((o: Json) => listed.has(o.type)) };
      assert.ok(validateBundle(envelope), JSON.stringify(validateBundle.errors?.slice(0, 3)));
      const types = new Set<string>();
      for (const o of bundle.objects as Json[]) {
        types.add(o.type);
        const file = o.type === "relationship" || o.type === "sighting" ? `sros/${o.type}` : o.type === "marking-definition" ? "common/marking-definition" : `sdos/${o.type}`;
        const validate = ajv.getSchema(`${base}/${file}.json`)!;
        assert.ok(validate(o), `${o.id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
      }
      for (const t of ["incident", "report", "identity", "threat-actor", "malware", "attack-pattern", "location", "indicator", "vulnerability", "relationship", "marking-definition"]) {
        assert.ok(types.has(t), `the bundle holds a ${t}`);
      }
    });

    test("one incident per incident and one report per source document, whose refs all resolve", async () => {
      const listed = (await store.listIncidents({ limit: 500 })).items;
      const incidents = bundle.objects.filter((o: Json) => o.type === "incident");
      const reports = bundle.objects.filter((o: Json) => o.type === "report");
      assert.equal(incidents.length, listed.length);
      assert.equal(reports.length, listed.reduce((n, i) => n + i.reportCount, 0));
      for (const r of reports) {
        assert.ok(r.object_refs.length >= 1);
        for (const ref of r.object_refs) assert.ok(byId.has(ref), `${r.id} refers to ${ref}, which the bundle holds`);
        assert.ok(r.object_refs.some((ref: string) => ref.startsWith("incident--")));
      }
      for (const rel of bundle.objects.filter((o: Json) => o.type === "relationship")) {
        assert.ok(byId.has(rel.source_ref) && byId.has(rel.target_ref), `${rel.relationship_type} ${rel.source_ref} → ${rel.target_ref}`);
      }
      assert.equal(new Set(bundle.objects.map((o: Json) => o.id)).size, bundle.objects.length, "each id once");
    });

    test("indicators only for complete malicious indicators, as STIX patterns", () => {
      const patterns = bundle.objects.filter((o: Json) => o.type === "indicator").map((o: Json) => o.pattern).sort();
      assert.deepEqual(patterns.filter((p: string) => /185\.220|kestrel|3f79bb/.test(p)), [
        "[domain-name:value = 'kestrel-support.com']",
        "[file:hashes.'SHA-256' = '3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea']",
        "[ipv4-addr:value = '185.220.101.45']",
        "[url:value = 'https://kestrel-pay.net/login']",
      ]);
      const all = patterns.join("\n");
      assert.doesNotMatch(all, /XX/, "a redacted address is never a pattern");
      assert.doesNotMatch(all, /datenschutz@kestrel-logistik\.de/, "a contact address is never a pattern");
      assert.doesNotMatch(all, /CVE-/i);
    });

    test("actors, malware, ATT&CK, victims with sectors and countries, a vulnerability for the CVE", () => {
      const named = (type: string, name: string) => bundle.objects.find((o: Json) => o.type === type && o.name === name);
      const actor = named("threat-actor", "LockBit");
      assert.ok(actor);
      assert.equal(actor.primary_motivation, "personal-gain");
      assert.deepEqual(named("malware", "LockBit").malware_types, ["ransomware"]);
      const t1486 = bundle.objects.find((o: Json) => o.type === "attack-pattern" && o.external_references[0].external_id === "T1486");
      assert.equal(t1486.external_references[0].source_name, "mitre-attack");
      const kestrel = named("identity", "Kestrel Logistik GmbH");
      assert.ok(kestrel, "the victim is an identity");
      assert.ok(!named("identity", "LockBit"), "the attacker is not a victim");
      const rels = bundle.objects.filter((o: Json) => o.type === "relationship");
      assert.ok(rels.some((r: Json) => r.relationship_type === "targets" && r.target_ref === kestrel.id && r.source_ref.startsWith("incident--")));
      assert.ok(rels.some((r: Json) => r.relationship_type === "targets" && r.target_ref === kestrel.id && r.source_ref === actor.id));
      assert.ok(rels.some((r: Json) => r.relationship_type === "uses" && r.source_ref === actor.id && r.target_ref === t1486.id));
      assert.equal(named("vulnerability", "CVE-2023-4966").external_references[0].source_name, "cve");
      assert.ok(bundle.objects.some((o: Json) => o.type === "location" && o.country === "DE" && o.name === "Germany"));
      assert.ok(bundle.objects.some((o: Json) => o.type === "identity" && o.sectors?.includes("government")), "sectors map to the STIX vocabulary");
      const impersonated = bundle.objects.filter((o: Json) => o.type === "identity" && o.roles?.includes("impersonated brand"));
      assert.ok(impersonated.length >= 1, "impersonated brands are identities too");
    });

    test("exporting twice gives the same ids and the same bundle", async () => {
      assert.equal(await collect(store, "stix"), await collect(store, "stix"), "byte for byte");
      const again = JSON.parse(await collect(store, "stix"));
      assert.deepEqual(again.objects.map((o: Json) => o.id), bundle.objects.map((o: Json) => o.id));
      assert.equal(again.id, bundle.id);
      const narrower = JSON.parse(await collect(store, "stix", { type: "ransomware" }));
      const ids = new Set(bundle.objects.map((o: Json) => o.id));
      for (const o of narrower.objects) assert.ok(ids.has(o.id), "a filtered export reuses the same ids");
      assert.ok(narrower.objects.length < bundle.objects.length);
    });
  });

  describe("MISP", () => {
    let events: Json[];
    before(async () => { events = JSON.parse(await collect(store, "misp")).response; });

    test("each event validates against the core format's JSON schema", { skip: noReference(MISP_DOC) }, () => {
      const doc = readFileSync(MISP_DOC, "utf8");
      const section = doc.slice(doc.indexOf("# JSON Schema"));
      const schema = JSON.parse(section.slice(section.indexOf("~~~~") + 4, section.indexOf("~~~~", section.indexOf("~~~~") + 4)));
      const ajv = new AjvDraft04({ strict: false, allErrors: true });
      const validate = ajv.compile(schema);
      for (const e of events) assert.ok(validate(e), `${e.Event.info}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    });

    test("every attribute's category/type pair is one the format allows", { skip: noReference(MISP_DOC) }, () => {
      const doc = readFileSync(MISP_DOC, "utf8");
      const matrix = new Map<string, Set<string>>();
      for (const m of doc.matchAll(/^([A-Z][A-Za-z ]+)\n:\s+(.+)$/gm)) matrix.set(m[1]!.trim(), new Set(m[2]!.split(",").map((t) => t.trim())));
      assert.ok(matrix.size >= 15, "the category/type list was read");
      for (const e of events) {
        const all = [...e.Event.Attribute, ...e.Event.Object.flatMap((o: Json) => o.Attribute)];
        for (const a of all) assert.ok(matrix.get(a.category)?.has(a.type), `${a.category} / ${a.type} (${a.value})`);
      }
    });

    test("to_ids only for complete malicious indicators; a report object per source; taxonomy tags", async () => {
      const kestrel = events.find((e) => /Kestrel/.test(e.Event.info))!.Event;
      const ids = kestrel.Attribute.filter((a: Json) => a.to_ids).map((a: Json) => `${a.type}:${a.value}`).sort();
      assert.deepEqual(ids, ["domain:kestrel-support.com", "ip-dst:185.220.101.45", "sha256:3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea", "url:https://kestrel-pay.net/login"]);
      const redacted = kestrel.Attribute.find((a: Json) => a.value === "193.3.XX.XX");
      assert.equal(redacted.type, "text");
      assert.equal(redacted.to_ids, false);
      assert.equal(kestrel.Attribute.find((a: Json) => a.value === "datenschutz@kestrel-logistik.de").to_ids, false);
      assert.equal(kestrel.Attribute.find((a: Json) => a.value === "CVE-2023-4966").type, "vulnerability");
      assert.equal(kestrel.threat_level_id, "1", "ransomware is high");
      const tags = kestrel.Tag.map((t: Json) => t.name);
      for (const t of ["tlp:clear", 'rsit:malicious-code="infected-system"', 'veris:action:malware:variety="Ransomware"', 'gdpr:special-categories="health"']) assert.ok(tags.includes(t), t);
      const listed = (await store.listIncidents({ limit: 500 })).items;
      assert.equal(events.length, listed.length);
      assert.equal(events.reduce((n, e) => n + e.Event.Object.length, 0), listed.reduce((n, i) => n + i.reportCount, 0));
      for (const e of events) for (const o of e.Event.Object) {
        assert.equal(o.name, "report");
        assert.ok(o.Attribute.some((a: Json) => a.object_relation === "title"));
      }
      const again = JSON.parse(await collect(store, "misp")).response;
      assert.deepEqual(again.map((e: Json) => e.Event.uuid), events.map((e) => e.Event.uuid));
    });
  });

  describe("VERIS", () => {
    let records: Json[];
    before(async () => { records = JSON.parse(await collect(store, "veris")); });

    test("every record validates against verisc-merged.json", { skip: noReference(VERIS_SCHEMA) }, () => {
      const ajv = new AjvDraft04({ strict: false, allErrors: true });
      const validate = ajv.compile(JSON.parse(readFileSync(VERIS_SCHEMA, "utf8")));
      for (const r of records) assert.ok(validate(r), `${r.summary}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    });

    test("actor, action, data varieties, victim and timeline come from the record", () => {
      const k = records.find((r) => /Kestrel/.test(r.summary))!;
      assert.deepEqual(k.action.malware.variety, ["Ransomware"]);
      assert.deepEqual(k.actor.external.motive, ["Financial"]);
      assert.match(k.actor.external.notes, /LockBit/);
      assert.equal(k.attribute.confidentiality.data_disclosure, "Yes");
      assert.deepEqual(k.attribute.confidentiality.data.map((d: Json) => d.variety).sort(), ["Credentials", "Medical", "Personal"]);
      assert.match(k.attribute.confidentiality.notes, /bank account/);
      assert.deepEqual(k.victim.country, ["DE"]);
      assert.deepEqual(k.timeline.incident, { year: 2025, month: 11, day: 14 });
      assert.equal(k.security_incident, "Confirmed");
    });
  });

  describe("CSV and JSONL", () => {
    test("CSV: one row per incident, every row as wide as the header, a BOM on request", async () => {
      const text = await collect(store, "csv");
      const rows = parseCsv(text);
      const header = rows[0]!;
      assert.equal(header[0], "incident_id");
      assert.equal(rows.length - 1, (await store.stats()).totals.incidents);
      for (const r of rows.slice(1)) assert.equal(r.length, header.length);
      const kestrel = rows.find((r) => r[1]!.includes("Kestrel"))!;
      assert.equal(kestrel[header.indexOf("affected_count")], "12000");
      assert.match(kestrel[header.indexOf("malicious_indicators")]!, /ipv4:185\.220\.101\.45/);
      assert.doesNotMatch(kestrel[header.indexOf("malicious_indicators")]!, /XX|datenschutz/);
      assert.ok(text.includes("\r\n"));
      assert.ok(!text.startsWith("\uFEFF"));
      assert.ok((await collect(store, "csv", {}, { bom: true })).startsWith("\uFEFFincident_id,"));
    });

    test("CSV cells that a spreadsheet would run as formulas are defused; quoting follows RFC 4180", () => {
      assert.equal(csvCell('=HYPERLINK("http://evil")'), `"'=HYPERLINK(""http://evil"")"`);
      assert.equal(csvCell("@SUM(A1)"), "'@SUM(A1)");
      assert.equal(csvCell("-42"), "-42");
      assert.equal(csvCell("a; b"), '"a; b"');
      assert.equal(csvCell("line\nbreak"), '"line\nbreak"');
      assert.equal(csvCell("plain"), "plain");
    });

    test("JSONL: one report record per line, with its incident, evidence intact", async () => {
      const lines = (await collect(store, "jsonl")).trim().split("\n").map((l) => JSON.parse(l));
      const listed = (await store.listIncidents({ limit: 500 })).items;
      assert.equal(lines.length, listed.reduce((n, i) => n + i.reportCount, 0));
      for (const r of lines) {
        assert.match(r.incidentId, /^i_/);
        for (const v of r.victims) for (const e of v.evidence) assert.equal(r.text.slice(e.start, e.end), e.text);
      }
    });
  });

  test("GET /api/export streams the format; a bad format is a 400", async () => {
    const app = createApp({ store, extractor, token: null, uiDir: null, version: "test" });
    const res = await app.request("/api/export?format=stix&type=ransomware");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type")!, /^application\/stix\+json/);
    assert.match(res.headers.get("content-disposition")!, /attachment; filename="incidex-\d{4}-\d{2}-\d{2}\.stix\.json"/);
    const body = await res.json() as Json;
    assert.equal(body.type, "bundle");
    assert.deepEqual(body, JSON.parse(await collect(store, "stix", { type: "ransomware" })));
    const csv = await app.request("/api/export?format=csv&bom=true");
    // Response.text() drops a leading BOM, as the Encoding standard says; the bytes keep it.
    assert.deepEqual([...new Uint8Array(await csv.arrayBuffer()).subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const bad = await app.request("/api/export?format=pdf");
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as Json).error.code, "BAD_REQUEST");
  });

  test("incidex export writes a file, and names a bad format", async () => {
    const run = promisify(execFile);
    // The store is open in this process; the CLI reads a copy made by exporting through a second store.
    const out = join(dir, "out.csv");
    const cliDir = join(dir, "cli-data");
    await run(join(ROOT, "bin/incidex"), ["ingest", join(ROOT, "test/fixtures/export"), "--db", cliDir, "--workers", "1"]);
    await run(join(ROOT, "bin/incidex"), ["export", "--db", cliDir, "--format", "csv", "-o", out]);
    const rows = parseCsv(readFileSync(out, "utf8"));
    assert.equal(rows.length, 2);
    assert.ok(!existsSync(`${out}.partial`));
    await assert.rejects(run(join(ROOT, "bin/incidex"), ["export", "--db", cliDir, "--format", "pdf"]), (err: { code: number; stderr: string }) => {
      assert.equal(err.code, 2);
      assert.match(err.stderr, /--format must be one of stix, misp, veris, csv, jsonl, not "pdf"/);
      return true;
    });
  });
});

/** RFC 4180, enough to read back what the exporter writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
