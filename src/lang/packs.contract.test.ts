// One contract every language pack passes: every vocabulary value has cues, no list is empty,
// every term compiles and matches no empty string, and the pack's own specs hold.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ADVICE, DATA_CATEGORIES, INCIDENT_TYPES, RESPONSE_ACTIONS, SECTORS, UNITS } from "../model/vocab.ts";
import { extractReport } from "../pipeline/extract-report.ts";
import { compilePack } from "./compile.ts";
import { PACK_SOURCES } from "./registry.ts";
import { termSource } from "./terms.ts";
import type { PackSource } from "./types.ts";

const here = new URL(".", import.meta.url).pathname;

function allTerms(p: PackSource): string[] {
  const lists: unknown[] = [p.types, p.data, p.response, p.advice, p.actors, p.motives, p.countries, p.sectors, p.roles, p.units, p.dateRoles, p.indicatorRoles];
  const out = lists.flatMap((l) => Object.values(l as Record<string, string[]>).flat());
  return [...out, ...p.genericAttack, ...p.incident, ...p.cyber, ...p.general, ...p.compromise, ...p.negation, ...p.hedges, ...p.unknownWhether, ...p.hypothetical, ...p.orgWords, ...p.sources, ...p.namedAs,
    ...p.victimDescriptions.nouns, ...p.victimDescriptions.before, ...p.victimDescriptions.after,
    ...p.legalForms, ...p.months.flat(), ...p.weekdays.flat(), ...Object.keys(p.relative), ...Object.keys(p.numberWords), ...Object.keys(p.indefiniteNumbers), ...Object.keys(p.scales)];
}

for (const pack of PACK_SOURCES) {
  test(`pack ${pack.code}: covers every vocabulary value`, () => {
    for (const [name, vocab, cues] of [["types", INCIDENT_TYPES, pack.types], ["data", DATA_CATEGORIES, pack.data], ["response", RESPONSE_ACTIONS, pack.response],
      ["advice", ADVICE, pack.advice], ["sectors", SECTORS.filter((s) => s !== "other"), pack.sectors], ["units", UNITS, pack.units]] as const) {
      for (const v of vocab) assert.ok(((cues as Record<string, string[] | undefined>)[v] ?? []).length > 0, `${pack.code}: ${name}.${v} has no cues`);
    }
    assert.equal(pack.months.length, 12);
    assert.equal(pack.weekdays.length, 7);
    for (const [name, list] of Object.entries({ incident: pack.incident, cyber: pack.cyber, compromise: pack.compromise, negation: pack.negation, unknownWhether: pack.unknownWhether, hypothetical: pack.hypothetical, markers: pack.markers, legalForms: pack.legalForms, sources: pack.sources, namedAs: pack.namedAs,
      victimNouns: pack.victimDescriptions.nouns, victimBefore: pack.victimDescriptions.before, victimAfter: pack.victimDescriptions.after })) {
      assert.ok(list.length > 0, `${pack.code}: ${name} is empty`);
    }
    for (const k of ["external", "internal"] as const) assert.ok((pack.actors[k] ?? []).length > 0, `${pack.code}: actors.${k}`);
  });

  test(`pack ${pack.code}: every term compiles and needs at least one character`, () => {
    for (const term of allTerms(pack)) {
      const re = new RegExp(`^(?:${termSource(term)})$`, "iu");
      assert.ok(!re.test(""), `${pack.code}: term "${term}" matches the empty string`);
    }
    assert.doesNotThrow(() => compilePack(pack));
  });

  const specDir = join(here, pack.code, "specs");
  test(`pack ${pack.code}: specs`, { skip: existsSync(specDir) ? false : "no specs yet" }, () => {
    for (const file of readdirSync(specDir).filter((f) => f.endsWith(".json"))) {
      const cases = JSON.parse(readFileSync(join(specDir, file), "utf8")) as { input: string; context?: { published?: string; now?: string }; expected: Record<string, unknown>; notSupported?: boolean }[];
      const failures: string[] = [];
      for (const c of cases) {
        if (c.notSupported) continue;
        const r = extractReport({ text: c.input, lang: pack.code, published: c.context?.published }, { now: new Date(c.context?.now ?? "2026-12-01") });
        try { checkExpected(r as unknown as Record<string, unknown>, c.expected, `${pack.code}/${file}: ${c.input.slice(0, 60)}`); } catch (e) { failures.push((e as Error).message); }
      }
      assert.deepEqual(failures, []);
    }
  });
}

test("signature words are lower case, at least fifteen a pack, and no pack shares one outside Danish, Norwegian and Swedish", () => {
  const nordic = new Set(["da", "no", "sv"]);
  const owner = new Map<string, string>();
  for (const pack of PACK_SOURCES) {
    assert.ok(pack.signatureWords.length >= 15, `${pack.code}: only ${pack.signatureWords.length} signature words`);
    for (const w of pack.signatureWords) {
      assert.equal(w, w.toLowerCase(), `${pack.code}: signature word "${w}" is not lower case`);
      assert.match(w, /^\p{L}+$/u, `${pack.code}: signature word "${w}" is not one word of letters`);
      const other = owner.get(w);
      assert.ok(!other || (nordic.has(other) && nordic.has(pack.code)), `"${w}" is a signature word of both ${other} and ${pack.code}`);
      owner.set(w, pack.code);
    }
  }
});

/** Expected values in a spec are a partial view of the record: lists name the values that must be present. */
function checkExpected(record: Record<string, unknown>, expected: Record<string, unknown>, label: string) {
  const pick = (path: string) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | null)?.[k], record);
  const names = (v: unknown) => (Array.isArray(v) ? v.map((x) => (x && typeof x === "object" ? (x as Record<string, unknown>).value ?? (x as Record<string, unknown>).name ?? (x as Record<string, unknown>).kind : x)) : []);
  for (const [path, want] of Object.entries(expected)) {
    const got = pick(path);
    if (Array.isArray(want)) {
      const have = names(got).map(String);
      for (const w of want) assert.ok(have.includes(String(w)), `${label}: ${path} lacks ${w} (has ${have.join(", ") || "nothing"})`);
      if (want.length === 0) assert.equal(have.length, 0, `${label}: ${path} should be empty (has ${have.join(", ")})`);
    } else assert.deepEqual(got, want, `${label}: ${path} is ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
  }
}

test("month and weekday names, abbreviations with an optional letter included, never begin a name", async () => {
  const { getPack } = await import("./registry.ts");
  const en = getPack("en")!.functionWords, de = getPack("de")!.functionWords;
  for (const w of ["january", "jan", "sep", "sept", "monday"]) assert.ok(en.has(w), `en: ${w}`);
  for (const w of ["januar", "sep", "sept", "montag"]) assert.ok(de.has(w), `de: ${w}`);
});

test("every pack's name connectors join names in every text, so none is an English word that stands between a name and a place", () => {
  // "Officials in Licking County": a Slovene "in" (and) among the shared connectors made that one name.
  for (const p of PACK_SOURCES) for (const w of p.nameConnectors) assert.ok(!["in", "at", "on", "by", "to", "as", "from", "with"].includes(w.toLowerCase()), `${p.code}: "${w}"`);
  const r = extractReport({ text: "Ransomware hits county\n\nOfficials in Licking County said ransomware encrypted county servers. Licking County restored its systems.", lang: "en" });
  assert.deepEqual(r.victims.map((v) => v.name), ["Licking County"]);
});
