// Language identification on headline-length texts, where n-gram models are weakest.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { detectLanguage } from "./detect.ts";
import { PACK_CODES } from "./registry.ts";

const HEADLINES: [string, string][] = [
  ["da", "Hackere angreb kommunen i nat og stjal oplysninger om borgerne"],
  ["no", "Hackere angrep kommunen i natt og stjal opplysninger om innbyggerne"],
  ["sv", "Hackare attackerade kommunen i natt och stal uppgifter om invånarna"],
  // "av" is Norwegian and Swedish alike; "ett" and "kommun" are Swedish only.
  ["sv", "Skogsbo kommun har drabbats av ett dataintrång"],
  ["de", "Hacker greifen Stadtverwaltung an und stehlen Daten der Bürger"],
  ["it", "Gli hacker attaccano il comune e rubano i dati dei cittadini"],
  ["en", "Hackers attack the city council and steal residents' data"],
  ["fr", "Les pirates attaquent la mairie et volent les données des habitants"],
  ["es", "Los piratas atacan el ayuntamiento y roban los datos de los vecinos"],
  ["nl", "Hackers vallen de gemeente aan en stelen gegevens van inwoners"],
  ["fi", "Hakkerit hyökkäsivät kuntaan ja varastivat asukkaiden tiedot"],
  ["pl", "Hakerzy zaatakowali urząd gminy i ukradli dane mieszkańców"],
];

for (const [lang, text] of HEADLINES) {
  test(`detects ${lang} on a headline`, () => assert.equal(detectLanguage(text).lang, lang, text));
}

test("Swedish with the words it shares with Norwegian ('av', 'hos') is Swedish by its letters", () => {
  const text = "Apotek drabbat via leverantör\n\nApotekskedjan Hälsohuset drabbades av ett dataintrång hos sin leverantör av kassasystem, Kassanet AB. Uppgifter om kunder kan ha läckt.";
  assert.equal(detectLanguage(text).lang, "sv");
});

test("answers und when there is too little text", () => {
  assert.equal(detectLanguage("CVE-2024-1234").lang, "und");
  assert.equal(detectLanguage("").lang, "und");
});

test("a run-together token (hash, base64, a 400-letter name) does not outvote the sentence around it", () => {
  const token = "Überlangername".repeat(28);
  assert.equal(detectLanguage(`Hackers stole customer data from ${token} in a cyberattack; names and e-mail addresses of customers were stolen.`).lang, "en");
  assert.equal(detectLanguage(`Die Angreifer haben ${"a3f9".repeat(16)} als Prüfsumme der Schadsoftware hinterlassen und Daten der Kunden gestohlen.`).lang, "de");
});

// Paragraphs written for these tests: the pack languages, and European languages
// without a pack whose close neighbours have one (Catalan, Estonian, Icelandic, Slovak…).
const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../test/fixtures/languages");
const PACKED = new Set(PACK_CODES);

for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".txt")).sort()) {
  const lang = file.replace(/\.txt$/, "");
  const text = readFileSync(join(fixtures, file), "utf8");
  if (PACKED.has(lang)) {
    test(`a paragraph in ${lang} is told by its signature words, without the n-gram model`, () => {
      assert.deepEqual(pick(detectLanguage(text)), { lang, reason: "lang.signature-words" });
    });
  } else {
    test(`a paragraph in ${lang}, which has no pack, is not claimed by a neighbour's signature words`, () => {
      assert.deepEqual(pick(detectLanguage(text)), { lang, reason: "lang.eld" });
    });
  }
}

test("a text with two languages in like measure goes to the model", () => {
  const da = readFileSync(join(fixtures, "da.txt"), "utf8"), de = readFileSync(join(fixtures, "de.txt"), "utf8");
  const mixed = da.split(". ").flatMap((s, i) => [s, de.split(". ")[i] ?? ""]).join(". ");
  assert.equal(detectLanguage(mixed).reason === "lang.signature-words", false);
});

const pick = (g: { lang: string; reason: string }) => ({ lang: g.lang, reason: g.reason });
