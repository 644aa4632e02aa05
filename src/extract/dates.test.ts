import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const dates = (text: string, lang: string, published: string) => {
  const d = extractReport({ text, lang, published }, { now: new Date("2026-12-01") }).dates;
  return { occurred: d.occurred?.value ?? null, end: d.occurred?.end ?? null, discovered: d.discovered?.value ?? null, disclosed: d.disclosed?.value ?? null };
};

test("'last Monday' published on a Monday is a week back; a bare weekday is the day itself", () => {
  // 2025-03-10 is a Monday.
  assert.equal(dates("Attacco informatico\n\nIl Comune di Valbruna è stato colpito da un attacco ransomware lunedì scorso.", "it", "2025-03-10").occurred, "2025-03-03");
  assert.equal(dates("Ciberataque\n\nEl Ayuntamiento de Villalba sufrió un ataque de ransomware el pasado lunes.", "es", "2025-03-10").occurred, "2025-03-03");
  assert.equal(dates("Ransomware\n\nTervo Bank was hit by ransomware on Monday.", "en", "2025-03-10").occurred, "2025-03-10");
});

test("a weekday soon after a dated day counts on from that day", () => {
  const d = dates("Cyberangriff auf Stadtwerke\n\nDie Stadtwerke Lindau wurden in der Nacht zum Samstag, 14. September, Opfer eines Hackerangriffs. Der Angriff wurde am Montag entdeckt und am Dienstag öffentlich gemacht.", "de", "2025-03-10");
  assert.deepEqual(d, { occurred: "2024-09-14", end: null, discovered: "2024-09-16", disclosed: "2024-09-17" });
});

test("a date in the sentence that names the attack is when it happened, without a date word", () => {
  const d = dates("Cyberattaque\n\nLa mairie de Montvert a été victime d'une cyberattaque dans la nuit du 3 au 4 mars 2025. L'attaque a été annoncée le 6 mars.", "fr", "2025-03-10");
  assert.deepEqual(d, { occurred: "2025-03-03", end: "2025-03-04", discovered: null, disclosed: "2025-03-06" });
});

test("a night across two days began on the first, however the pack joins them", () => {
  for (const [lang, text] of [
    ["pl", "Do ataku na szpital doszło w nocy z 4 na 5 maja."],
    ["de", "Der Angriff auf die Klinik ereignete sich in der Nacht vom 4. auf den 5. Mai."],
    ["it", "L'attacco all'ospedale è avvenuto nella notte tra il 4 e il 5 maggio."],
    ["nl", "De aanval op het ziekenhuis vond plaats in de nacht van 4 op 5 mei."],
    ["es", "El ataque al hospital se produjo la noche del 4 al 5 de mayo."],
  ] as const) assert.equal(dates(text, lang, "2024-05-10").occurred, "2024-05-04", `${lang}: ${text}`);
});

test("a date word across a comma or a coordinator speaks of its own clause", () => {
  const es = dates("El ataque se produjo el pasado 3 de mayo y fue detectado dos días después.", "es", "2024-05-10");
  assert.equal(es.occurred, "2024-05-03");
  assert.notEqual(es.discovered, "2024-05-03");
  const en = dates("Acme Corp breach\n\nThe intrusion began in mid-March and lasted until April 2, Acme said. It was discovered on April 5.", "en", "2024-05-10");
  assert.equal(en.discovered, "2024-04-05");
  assert.notEqual(en.disclosed, "2024-04-02", "the end of the intrusion is not when it was told");
});

test("a part of the day written onto the weekday is that weekday", () => {
  // 2024-05-10 is a Friday.
  assert.equal(dates("Die Stadtwerke Lindau wurden Opfer eines Cyberangriffs. Der Angriff wurde am Montagmorgen entdeckt.", "de", "2024-05-10").discovered, "2024-05-06");
  assert.equal(dates("Het datalek bij de gemeente Buren werd op dinsdagavond ontdekt.", "nl", "2024-05-10").discovered, "2024-05-07");
  assert.equal(dates("Intrånget upptäcktes på måndagsmorgonen.", "sv", "2024-05-10").discovered, "2024-05-06");
});

test("Swedish 'på måndagen' is that Monday", () => {
  assert.equal(dates("Attacken mot kommunen skedde på måndagen.", "sv", "2024-05-10").occurred, "2024-05-06");
});

test("the attack named right after a discovery or disclosure verb is its object, and the verb dates it", () => {
  // 2024-05-10 is a Friday.
  for (const [lang, text] of [
    ["en", "Brookfield Clinic discovered the attack on Monday and informed patients."],
    ["pl", "Szpital Miejski w Toruniu wykrył atak w poniedziałek."],
    ["de", "Die Stadtwerke Lindau entdeckten den Angriff am Montag."],
    ["fr", "La mairie de Montvert a découvert l'attaque lundi."],
  ] as const) {
    const d = dates(text, lang, "2024-05-10");
    assert.equal(d.discovered, "2024-05-06", `${lang}: ${text}`);
    assert.equal(d.occurred, null, `${lang}: ${text}`);
  }
  assert.equal(dates("Hackers attacked the clinic on Monday, the company said.", "en", "2024-05-10").occurred, "2024-05-06");
});

test("a range written month first gives both days, and a year written first dates the day after it", () => {
  const en = dates("Ransomware\n\nThe attack on Tervo Bank took place between March 3 and 6, 2025, and was discovered on March 7.", "en", "2025-03-20");
  assert.deepEqual(en, { occurred: "2025-03-03", end: "2025-03-06", discovered: "2025-03-07", disclosed: null });
  const hu = dates("Zsarolóvírus-támadás\n\nA Tervo Bankot 2024. november 3-án megtámadták, a támadást 2025. január 8-án észlelték.", "hu", "2025-03-20");
  assert.deepEqual(hu, { occurred: "2024-11-03", end: null, discovered: "2025-01-08", disclosed: null });
  // "2024." alone, or a year before a word that is no month, dates nothing by itself.
  assert.equal(dates("Zsarolóvírus-támadás\n\nA Tervo Bankot 2024. novemberében megtámadták.", "hu", "2025-03-20").occurred, "2024-11");
});

test("a month said to be early or late carries that part, with the words that say so; a day carries none", () => {
  const occurred = (text: string, lang: string) => extractReport({ text, lang, published: "2024-05-10" }).dates.occurred;
  for (const [lang, text, part, word] of [
    ["en", "The attack on the clinic took place in early March 2024.", "early", "early"],
    ["de", "Der Angriff auf die Klinik fand Anfang März 2024 statt.", "early", "Anfang"],
    ["lv", "Uzbrukums slimnīcai notika 2024. gada marta beigās.", "late", "beigās"],
  ] as const) {
    const d = occurred(text, lang);
    assert.deepEqual([d?.value, d?.part, d?.evidence.at(-1)?.text], ["2024-03", part, word], `${lang}: ${text}`);
  }
  assert.equal(occurred("The attack on the clinic took place on March 5, 2024.", "en")?.part, undefined);
});
