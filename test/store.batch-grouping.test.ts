// Grouping a batch in memory must decide exactly as grouping its documents one at a time does:
// same incidents, same members, same reasons and the same merged records.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { extractReport } from "../src/pipeline/extract-report.ts";
import { Store, type LoadedDocument } from "../src/store/store.ts";

const NOW = new Date("2025-12-01");
const dir = new URL("../examples/", import.meta.url).pathname;
const docs: LoadedDocument[] = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
  const text = readFileSync(join(dir, f), "utf8");
  return { uri: `file:examples/${f}`, kind: "text", text, title: text.split("\n")[0]!, published: null, lang: null };
});
const records = docs.map((d) => extractReport({ text: d.text, uri: d.uri, title: d.title }, { now: NOW }));

async function grouping(store: Store) {
  const incidents = await store.sql.query<{ id: string; title: string; record: { types: unknown; victims: unknown; dates: unknown }; report_count: number; first_date: unknown }>(
    "select id, title, record, report_count, first_date::text from incidents order by id");
  const links = await store.sql.query<{ report_id: string; incident_id: string; reason: unknown }>(
    "select report_id, incident_id, reason from incident_reports order by report_id");
  const keys = await store.sql.query("select incident_id, kind, value, head from incident_keys order by 1, 2, 3, 4");
  return {
    incidents: incidents.map((i) => ({ id: i.id, title: i.title, types: i.record.types, victims: i.record.victims, dates: i.record.dates, count: i.report_count, first: i.first_date })),
    links: links.map((l) => ({ report: l.report_id, incident: l.incident_id, reason: l.reason })),
    keys,
  };
}

test("a batch is grouped as its documents would be one at a time", async () => {
  const oneByOne = await Store.open({ dataDir: ":memory:" });
  const batched = await Store.open({ dataDir: ":memory:" });
  try {
    for (const [n, doc] of docs.entries()) await oneByOne.ingest(doc, records[n]!);
    // Two batches: the second groups against incidents stored by the first and opened within itself.
    const half = Math.floor(docs.length / 2);
    const items = docs.map((doc, n) => ({ doc, record: records[n]! }));
    const outcomes = [...await batched.commitBatch("b1", items.slice(0, half)), ...await batched.commitBatch("b2", items.slice(half))];
    assert.ok(outcomes.every((o) => o.status === "new"));
    const expected = await grouping(oneByOne);
    assert.ok(expected.incidents.some((i) => i.count > 1), "the examples hold incidents reported more than once");
    assert.deepEqual(await grouping(batched), expected);
  } finally {
    await oneByOne.close();
    await batched.close();
  }
});
