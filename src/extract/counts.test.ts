import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const affected = (text: string, lang: string) => {
  const a = extractReport({ text, lang }).affected;
  return a && { count: a.count, unit: a.unit, approximate: a.approximate };
};

test("'over' before a count is an approximation, not the 'ver' of a version number", () => {
  assert.deepEqual(affected("Datainnbrudd\n\nOpplysninger om over 50 000 kunder er stjålet i et datainnbrudd.", "no"), { count: 50000, unit: "customers", approximate: true });
  assert.deepEqual(affected("Breach\n\nThe records of over 5,000 patients were stolen.", "en"), { count: 5000, unit: "customers", approximate: true });
  // A version number is still no count.
  assert.equal(affected("Patch\n\nThe flaw was fixed in ver. 20 users should install.", "en"), null);
});

test("'half a million' is a count with its scale; 'half a day' is none", () => {
  assert.deepEqual(affected("Breach\n\nHackers stole the records of nearly half a million customers.", "en"), { count: 500000, unit: "customers", approximate: true });
  assert.equal(affected("Breach\n\nHalf a dozen hospitals were hit, and half a day later the systems were back.", "en"), null);
});

test("'thousands' in any pack is an approximate count, not a year", () => {
  for (const [lang, text] of [
    ["en", "Breach\n\nHackers stole the data of thousands of customers from Acme Corp."],
    ["de", "Datenleck\n\nBei dem Angriff wurden Daten von Tausenden Kunden gestohlen."],
    ["fi", "Tietomurto\n\nTietomurto koskee tuhansia asiakkaita."],
  ] as const) assert.deepEqual(affected(text, lang), { count: 2000, unit: "customers", approximate: true }, `${lang}: ${text}`);
});

test("digits right after a product's name are part of it, not a count of its users", () => {
  assert.deepEqual(affected("Phishing\n\nA phishing kit is targeting Microsoft 365 users. The attackers stole the passwords of 300 users.", "en"), { count: 300, unit: "customers", approximate: false });
  assert.equal(affected("Angriff\n\nEine Phishing-Welle richtet sich gegen Office 365 Nutzer in Behörden.", "de"), null);
  // A month name before a count, and a count that opens its sentence, stay counts.
  assert.deepEqual(affected("Breach\n\nHackers breached the shop in March 2,000 customers were told their card data was stolen.", "en"), { count: 2000, unit: "customers", approximate: false });
  assert.deepEqual(affected("Datenleck\n\nHacker haben Daten erbeutet. Rund 3 000 Kunden sind betroffen.", "de"), { count: 3000, unit: "customers", approximate: true });
});

test("a sum of money is no count of people", () => {
  assert.deepEqual(affected("Scam\n\nThe city transferred $400,000 to criminals who posed as a contractor. Hackers also stole the records of 300 residents.", "en"), { count: 300, unit: "people", approximate: false });
  assert.equal(affected("Truffa\n\nUn'azienda ha perso 480 mila euro, sottratti dai conti dei clienti.", "it"), null);
  assert.equal(affected("Betrug\n\nDie Täter erbeuteten 50.000 Euro von Kunden der Bank.", "de"), null);
});
