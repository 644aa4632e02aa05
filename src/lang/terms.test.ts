import assert from "node:assert/strict";
import { test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getPack, PACK_SOURCES } from "./registry.ts";
import * as terms from "./terms.ts";
import { compileList, scan } from "./terms.ts";

test("a term whose last word is optional matches with and without it", () => {
  const m = compileList("en", "test", "impersonated", ["pretending to (be|come) (from )?"]);
  const hits = (t: string) => scan(m, t).map((h) => t.slice(h.start, h.end));
  assert.deepEqual(hits("e-mails pretending to be from Nordpost"), ["pretending to be from"]);
  assert.deepEqual(hits("callers pretending to be Nordpost staff"), ["pretending to be"]);
  // Written without the space inside the group, or with alternatives in it, the same holds.
  const es = compileList("es", "test", "impersonated", ["suplanta(n|ndo)? (la identidad de)?", "datos (robados|filtrados)?"]);
  const esHits = (t: string) => scan(es, t).map((h) => t.slice(h.start, h.end));
  assert.deepEqual(esHits("correos que suplantan a la Agencia Tributaria"), ["suplantan"]);
  assert.deepEqual(esHits("suplantan la identidad de Correos"), ["suplantan la identidad de"]);
  assert.deepEqual(esHits("datos filtrados y datos personales"), ["datos filtrados", "datos"]);
});

test("a space made optional ('cyber ?attack') matches any whitespace or none, after an optional word too", () => {
  const m = compileList("da", "test", "police", ["cyber ?attack*", "anmeldt (det|sagen)? ?til politiet"]);
  const hits = (t: string) => scan(m, t).map((h) => t.slice(h.start, h.end));
  assert.deepEqual(hits("a cyberattack, a cyber attack and a cyber\nattack"), ["cyberattack", "cyber attack", "cyber\nattack"]);
  assert.deepEqual(hits("angrebet er anmeldt til politiet; sagen er anmeldt sagen til politiet"), ["anmeldt til politiet", "anmeldt sagen til politiet"]);
});

test("a gap takes the nearest end, not the furthest: a term never reaches over words it does not need", () => {
  const m = compileList("da", "test", "breach", ["(downloadet|stjal) … (data|dokumenter)"]);
  const hits = (t: string) => scan(m, t).map((h) => t.slice(h.start, h.end));
  assert.deepEqual(hits("hackere har downloadet data fra Strandvig Kommunes fileserver, herunder dokumenter"), ["downloadet data"]);
  assert.deepEqual(hits("de stjal mange af kommunens dokumenter"), ["stjal mange af kommunens dokumenter"]);
});

test("literal prefixes follow groups, optional characters and spaces, and stop where the syntax does", () => {
  const { literalPrefixes } = terms;
  assert.deepEqual(literalPrefixes("angreb*")?.sort(), ["angreb"]);
  assert.deepEqual(literalPrefixes("data breach")?.sort(), ["databrea"]);
  assert.deepEqual(literalPrefixes("(phish|smish)ing")?.sort(), ["phishing", "smishing"]);
  assert.deepEqual(literalPrefixes("e-?mails?")?.sort(), ["e-mail", "e-mails", "email", "emails"]);
  assert.deepEqual(literalPrefixes("(third[- ]party )?vendor")?.sort(), ["third", "vendor"]);
  // Words are read with their whitespace left out, so an optional space is no end of the prefix.
  assert.deepEqual(literalPrefixes("Black ?Basta")?.sort(), ["blackbas"]);
  assert.deepEqual(literalPrefixes("Cl[0o]p")?.sort(), ["cl0p", "clop"], "a class of letters is each of them");
  assert.deepEqual(literalPrefixes("Cl[0o]?p")?.sort(), ["cl"], "an optional class ends the prefix");
  assert.equal(literalPrefixes("%"), null, "a term that does not start with a letter or digit is not indexed");
  assert.equal(literalPrefixes("(?!x)y"), null);
  assert.equal(literalPrefixes("[a-z]+ware"), null);
  // Ten by ten alternatives make a hundred eight-letter prefixes: shorter ones index the term instead.
  const many = literalPrefixes("(alpha|bravo|cobra|delta|eagle|fox|golf|hotel|india|julia) (kilo|lima|mike|nova|oscar|papa|quiz|romeo|sierra|tango) unit");
  assert.ok(many && many.length <= 64 && many.every((p) => p.length <= 5), String(many));
  assert.ok(many.includes("alpha") && many.includes("foxki"), String(many));
});

// The indexed pass must find exactly what each family's own alternation finds.
test("scanning every pack's families in one pass over the words finds what scanning each family finds", () => {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const source of PACK_SOURCES) {
    const pack = getPack(source.code)!;
    const specDir = join(here, source.code, "specs");
    const texts = readdirSync(specDir).filter((f) => f.endsWith(".json"))
      .flatMap((f) => (JSON.parse(readFileSync(join(specDir, f), "utf8")) as { input: string }[]).map((c) => c.input));
    // The specs with their case and spacing changed: the index folds case and spaces as the patterns do.
    const variants = texts.flatMap((t) => [t, t.toUpperCase(), t.toLowerCase(), t.replace(/ /g, "  \n "), t.replace(/ /g, "\u00a0")]);
    assert.ok(pack.index.matchers.length >= 20, `${source.code}: most families are indexed`);
    let hits = 0;
    for (const text of variants) {
      const indexed = terms.scanIndexed(pack.index, text);
      pack.index.matchers.forEach((m, i) => {
        assert.deepEqual(indexed[i], terms.scan(m, text), `${source.code} ${m.rules[0]?.reason}: ${text.slice(0, 80)}`);
        hits += indexed[i]!.length;
      });
    }
    assert.ok(hits > variants.length, `${source.code}: the specs hit terms`);
  }
});

test("a one-word term is matched by the index as its pattern matches it: whole words only, no space inside", () => {
  const m = compileList("en", "test", "v", ["ab", "abc*", "Øre"]);
  const index = terms.buildIndex([m]);
  for (const text of ["ab", "Ab.", "a b", "a\u00a0b", "abd", "xab", "abcdef", "ØRE øre Øresund", "ab\u{1d400}", "ab1", "1ab", "ab-c"]) {
    assert.deepEqual(terms.scanIndexed(index, text)[0], scan(m, text), JSON.stringify(text));
  }
  assert.deepEqual(terms.scanIndexed(index, "Ab. a b ab").map((hs) => hs.map((h) => h.start)), [[0, 8]]);
});

test("a gap crosses a dot between digits but not the end of a sentence", () => {
  const m = compileList("en", "test", "breach", ["stole … records"]);
  const hits = (t: string) => scan(m, t).map((h) => t.slice(h.start, h.end));
  assert.deepEqual(hits("Hackers stole 6.5 million records."), ["stole 6.5 million records"]);
  assert.deepEqual(hits("Die Täter stole über 500.000 records"), ["stole über 500.000 records"]);
  assert.deepEqual(hits("Nobody stole anything. 500 records were lost."), []);
  assert.deepEqual(hits("Nobody stole v2. Records were kept."), []);
});

test("the shared threat-actor names, indexed, find what their alternation finds", async () => {
  const { KNOWN_ACTORS } = await import("./shared/threat-actors.ts");
  const known = terms.compileCues("shared", "actors", Object.fromEntries(KNOWN_ACTORS.map((a, i) => [String(i), a.names])));
  const index = terms.buildIndex([known]);
  assert.equal(index.matchers.length, 1, "every known name has a literal start");
  const names = KNOWN_ACTORS.map((a) => a.name).join(", attributed to ");
  for (const text of [names, names.toUpperCase(), names.toLowerCase(), names.replace(/ /g, "  \n "), `x${names}y`, "APT 28 and APT28, Cl0p and Clop, LockBit 3.0 and Lapsus$"]) {
    const hits = terms.scanIndexed(index, text)[0]!;
    assert.deepEqual(hits, scan(known, text), text.slice(0, 80));
  }
  assert.ok(terms.scanIndexed(index, names)[0]!.length >= KNOWN_ACTORS.length / 2);
});
