// One contract for the incident store, run against embedded PGlite and against PostgreSQL
// (a fresh database on the server CI provides; skipped, saying why, when none is reachable).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { extractReport } from "../src/pipeline/extract-report.ts";
import { Store, type LoadedDocument } from "../src/store/store.ts";
import { postgresReachable, SKIP_NO_POSTGRES, tempDatabase } from "./helpers/postgres.ts";

// Asked before any test runs: a test that blocks the event loop would make the probe time out.
const pgUp = await postgresReachable();

const NOW = new Date("2025-12-01");

const DOCS: Record<string, LoadedDocument> = {
  daRansom: doc("mem://da/hammerby", "Hammerby Kommune ramt af ransomware\n\ndate 2025-03-04\n\nHammerby Kommune blev mandag den 3. marts 2025 ramt af et ransomware-angreb. Kriminelle hackere krypterede filer på kommunens servere. Kommunen har anmeldt angrebet til politiet. Navne og adresser på omkring 2.000 borgere kan være stjålet."),
  enRansom: doc("mem://en/hammerby", "Danish municipality Hammerby Kommune hit by ransomware\n\ndate 2025-03-05\n\nHammerby Kommune in Denmark was hit by a ransomware attack on 3 March 2025. Criminals encrypted files on the municipality's servers. The municipality reported the attack to the police."),
  deBreach: doc("mem://de/kranich", "Datenleck bei der Kranich Versand GmbH\n\ndate 2025-06-02\n\nDie Kranich Versand GmbH ist Opfer eines Hackerangriffs geworden. Die Angreifer stahlen Namen und Adressen von rund 50.000 Kunden. Bankdaten sind nicht betroffen. Das Unternehmen hat Anzeige bei der Polizei erstattet."),
  survey: doc("mem://en/survey", "Survey: firms plan to spend more on security\n\ndate 2025-05-01\n\nA survey of 900 companies shows that 58 percent plan to spend more on IT security next year. The report says phishing remains a concern."),
};

function doc(uri: string, text: string): LoadedDocument {
  return { uri, kind: "text", text, title: text.split("\n")[0]!, published: null, lang: null };
}

const extract = (d: LoadedDocument) => extractReport({ text: d.text, uri: d.uri, title: d.title }, { now: NOW });

function contract(name: string, open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>, skip: () => string | false) {
  describe(`store contract: ${name}`, { skip: skip() }, () => {
    let store: Store, cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await open()));
    after(async () => { await store?.close(); await cleanup?.(); });

    test("a new document is stored once; the same document again changes nothing", async () => {
      const first = await store.ingest(DOCS.daRansom!, extract(DOCS.daRansom!));
      assert.equal(first.status, "new");
      assert.ok(first.incidentId);
      const again = await store.ingest(DOCS.daRansom!, extract(DOCS.daRansom!));
      assert.deepEqual(again, { ...first, status: "unchanged" });
      assert.equal(await store.isUnchanged(DOCS.daRansom!), true);
      assert.equal(await store.countReports(), 1);
    });

    test("the same incident in another language joins it, with the reason", async () => {
      const out = await store.ingest(DOCS.enRansom!, extract(DOCS.enRansom!));
      const da = await store.getReport((await store.ingest(DOCS.daRansom!, extract(DOCS.daRansom!))).reportId);
      assert.equal(out.incidentId, da!.incidentId);
      const found = await store.getIncident(out.incidentId!);
      assert.deepEqual(found!.incident.langs.sort(), ["da", "en"]);
      const en = found!.reports.find((r) => r.uri === "mem://en/hammerby")!;
      assert.equal(en.reason!.rule, "same-victim-family-window");
      assert.ok(en.reason!.shared!.some((s) => s.kind === "victim" && s.value.includes("hammerby")));
      const victim = found!.incident.victims[0]!;
      assert.match(victim.value, /Hammerby Kommune/);
      assert.equal(victim.reports.length, 2, "each merged value names the reports it came from");
    });

    test("evidence survives the round trip: every span is a slice of the stored text", async () => {
      const r = (await store.getReport((await store.ingest(DOCS.deBreach!, extract(DOCS.deBreach!))).reportId))!;
      const spans = [...r.record.types, ...r.record.victims, ...r.record.data.compromised, ...r.record.data.notCompromised].flatMap((f) => f.evidence);
      assert.ok(spans.length >= 4);
      for (const e of spans) assert.equal(r.record.text.slice(e.start, e.end), e.text);
      assert.deepEqual(r.record.data.notCompromised.map((d) => d.value), ["bank_account"]);
    });

    test("a text that is no incident is stored as a report but opens no incident", async () => {
      const out = await store.ingest(DOCS.survey!, extract(DOCS.survey!));
      assert.equal(out.status, "new");
      assert.equal(out.incidentId, null);
      const list = await store.listIncidents({ limit: 100 });
      assert.ok(!list.items.some((i) => /Survey/.test(i.title)));
    });

    test("a changed version of the same URI updates its report instead of adding one", async () => {
      const before = await store.countReports();
      const changed = { ...DOCS.deBreach!, text: `${DOCS.deBreach!.text}\n\nInzwischen ist bekannt, dass auch E-Mail-Adressen gestohlen wurden.` };
      const out = await store.ingest(changed, extract(changed));
      assert.equal(out.status, "updated");
      assert.equal(await store.countReports(), before);
      const r = (await store.getReport(out.reportId))!;
      assert.equal(r.version, 2);
      assert.ok(r.record.data.compromised.some((d) => d.value === "email"));
    });

    test("search is stemmed per language and finds organisations by similar spelling", async () => {
      const stemmed = await store.search({ q: "angreb" });
      assert.ok(stemmed.some((i) => i.victims.some((v) => v.toLowerCase().includes("hammerby"))), "Danish 'angreb' finds the text saying 'angrebet'");
      const german = await store.search({ q: "Hackerangriff" });
      assert.ok(german.some((i) => i.victims.some((v) => v.toLowerCase().includes("kranich"))), "German 'Hackerangriff' finds 'Hackerangriffs'");
      const typo = await store.search({ q: "Hamerby" });
      assert.ok(typo.some((i) => i.victims.some((v) => v.toLowerCase().includes("hammerby"))), "trigram similarity forgives a typo");
      assert.deepEqual(await store.search({ q: "zyxwvut" }), []);
    });

    test("filters: type, country, language, victim, dates", async () => {
      const ransomware = await store.listIncidents({ type: "ransomware" });
      assert.ok(ransomware.items.length >= 1 && ransomware.items.every((i) => i.types.includes("ransomware")));
      assert.ok((await store.listIncidents({ lang: "de" })).items.every((i) => i.langs.includes("de")));
      assert.equal((await store.listIncidents({ victim: "Kranich Versand" })).items.length, 1);
      assert.equal((await store.listIncidents({ since: "2025-06-01" })).items.length, 1);
      assert.equal((await store.listIncidents({ until: "2025-04-01" })).items.length, 1);
      await assert.rejects(store.listIncidents({ since: "last week" }), /since must be/);
    });

    test("cursor pagination walks every incident once, newest first", async () => {
      const all = (await store.listIncidents({ limit: 100 })).items.map((i) => i.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listIncidents({ limit: 1, cursor });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      assert.deepEqual(seen, all);
      await assert.rejects(store.listIncidents({ cursor: "bm9wZQ" }), /cursor/);
    });

    test("split and merge are kept when the reports are ingested again", async () => {
      const da = (await store.ingest(DOCS.daRansom!, extract(DOCS.daRansom!)));
      const incidentId = da.incidentId!;
      const en = (await store.getIncident(incidentId))!.reports.find((r) => r.uri === "mem://en/hammerby")!;
      const { created } = await store.splitIncident(incidentId, [en.id]);
      const changedEn = { ...DOCS.enRansom!, text: `${DOCS.enRansom!.text}\n\nUpdate: services are back online.` };
      const again = await store.ingest(changedEn, extract(changedEn));
      assert.equal(again.status, "updated");
      assert.equal(again.incidentId, created, "a split report stays where the analyst put it");
      const merged = await store.mergeIncidents(incidentId, [created]);
      assert.equal(merged.reports.length, 2);
      assert.equal(await store.getIncident(created), null);
      const changedDa = { ...DOCS.daRansom!, text: `${DOCS.daRansom!.text}\n\nOpdatering: systemerne kører igen.` };
      assert.equal((await store.ingest(changedDa, extract(changedDa))).incidentId, incidentId);
      const after = (await store.getIncident(incidentId))!;
      assert.ok(after.incident.reports.some((r) => r.reason.rule === "manual-merge"), "the moved report says an analyst merged it");
      assert.ok(after.reports.every((r) => r.pinned), "corrected links are pinned against regrouping");
      await assert.rejects(store.splitIncident(incidentId, ["r_nope"]), /not reports of/);
      await assert.rejects(store.mergeIncidents(incidentId, ["i_nope"]), /no incident/);
    });

    test("stats count incidents by type, country, language and month", async () => {
      const s = await store.stats();
      assert.equal(s.totals.reports, 4);
      assert.equal(s.totals.incidents, 2);
      assert.ok(s.types.some((t) => t.key === "ransomware" && t.count === 1));
      assert.ok(s.months.some((m) => m.key === "2025-03"));
      assert.ok(s.languages.some((l) => l.key === "da"));
    });

    test("a stored report's search vector is exactly to_tsvector of its title and text", async () => {
      // Built from remembered words (src/store/tsvector.ts); it must equal the database's own, positions included.
      const texts = [
        ...Object.values(DOCS).map((d) => d.text),
        "Hackere stjal data fra Region Øst's servere; it's a state-of-the-art attack on e-mail (bo@example.com) via https://evil.example/x?y=1 — 1.2.3.4, v2.0.1!",
        "L'attacco all'ospedale: dati rubati l’altro ieri. «Non vi fossero informazioni»… 68 mila clienti.",
        "Die Stadtwerke  wurden\tgehackt.\nKunden-Daten, Bankdaten und IBAN-Nummern sind betroffen; O'Brien's ‘quoted’ \\back\\slash.",
        "The the the and of a an. Stop-words-only-chunk: the-of-and. 😀 emoji and CJK 漢字 text, ünïcödé, İstanbul.",
      ];
      for (const [i, text] of texts.entries()) {
        const d = doc(`mem://tsv/${i}`, text);
        const r = await store.ingest(d, extract(d));
        const [row] = await store.sql.query<{ same: boolean; ours: string; theirs: string }>(
          `select tsv = to_tsvector(ts_config, coalesce(record->'source'->>'title', '') || E'\n' || (record->>'text')) as same, tsv::text as ours,
             to_tsvector(ts_config, coalesce(record->'source'->>'title', '') || E'\n' || (record->>'text'))::text as theirs from reports where id = $1`, [r.reportId]);
        assert.ok(row!.same, `text ${i}:\n ours   ${row!.ours}\n theirs ${row!.theirs}`);
      }
    });

    test("a number in an organisation's name must match: trigrams alone take 'Quellwerk3' for 'Quellwerk12'", async () => {
      for (const n of ["3", "12"]) {
        const d = doc(`mem://num/${n}`, `Ransomware hits Quellwerk${n} Energie\n\ndate 2025-10-0${n.length}\n\nQuellwerk${n} Energie was hit by a ransomware attack. Criminals encrypted its servers and demanded a ransom.`);
        await store.ingest(d, extract(d));
      }
      const names = (await store.search({ q: "Quellwerk3" })).flatMap((i) => i.victims);
      assert.ok(names.some((v) => /Quellwerk3\b/.test(v)), names.join(", "));
      assert.ok(!names.some((v) => /Quellwerk12/.test(v)), names.join(", "));
      const typo = (await store.search({ q: "Quelwerk12" })).flatMap((i) => i.victims);
      assert.ok(typo.some((v) => /Quellwerk12/.test(v)) && !typo.some((v) => /Quellwerk3\b/.test(v)), typo.join(", "));
    });

    test("a batch commits its documents together; one that cannot be stored fails alone", async () => {
      const a = doc("mem://batch/a", "Ransomware-Angriff auf die Lindenhof Klinik GmbH\n\ndate 2025-09-02\n\nDie Lindenhof Klinik GmbH ist Opfer eines Ransomware-Angriffs geworden. Kriminelle verschlüsselten Server der Klinik.");
      const b = doc("mem://batch/b", "Lindenhof Klinik GmbH hit by ransomware\n\ndate 2025-09-03\n\nLindenhof Klinik GmbH in Germany was hit by a ransomware attack. Criminals encrypted the clinic's servers.");
      // PostgreSQL text cannot hold a NUL character: this one fails in the database, not before.
      const broken = doc("mem://batch/nul", "Datenleck bei der Ostwind Energie GmbH\n\nDie Ostwind Energie GmbH ist Opfer eines Hackerangriffs geworden.\u0000");
      const before = await store.countReports();
      const outcomes = await store.commitBatch("batch-run", [
        { doc: a, record: extract(a) }, { doc: broken, record: extract(broken) }, { doc: b, record: extract(b) }, { uri: "mem://batch/unreadable", error: new Error("could not read it") },
      ]);
      assert.deepEqual(outcomes.map((o) => o.status), ["new", "failed", "new", "failed"]);
      assert.equal(await store.countReports(), before + 2);
      const [first, , second] = outcomes as { incidentId: string }[];
      assert.ok(first!.incidentId);
      assert.equal(second!.incidentId, first!.incidentId, "grouped across the batch: the English report joins the German one");
      const log = await store.sql.query<{ status: string }>("select status from ingest_log where run_id = 'batch-run' order by id");
      assert.deepEqual(log.map((l) => l.status), ["new", "failed", "new", "failed"]);
      const again = await store.commitBatch("batch-run-2", [{ doc: a, record: extract(a) }, { doc: b, record: extract(b) }]);
      assert.deepEqual(again.map((o) => o.status), ["unchanged", "unchanged"]);
      assert.equal((again[0] as { incidentId: string }).incidentId, first!.incidentId);
    });
  });
}

contract("PGlite (embedded, in memory)", async () => ({ store: await Store.open({ dataDir: ":memory:" }), cleanup: async () => {} }), () => false);

contract("PostgreSQL", async () => {
  const db = await tempDatabase();
  return { store: await Store.open({ databaseUrl: db.url }), cleanup: db.drop };
}, () => (pgUp ? false : SKIP_NO_POSTGRES));
