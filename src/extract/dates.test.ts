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
