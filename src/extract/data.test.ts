import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const data = (text: string, lang: string) => {
  const r = extractReport({ text, lang });
  return { taken: r.data.compromised.map((d) => d.value).sort(), notTaken: r.data.notCompromised.map((d) => d.value).sort() };
};

test("a negation in a later clause says nothing of categories named as taken, after a contrast or a semicolon", () => {
  // The first clause says what was taken; the second what was not.
  assert.deepEqual(data("Datenleck\n\nBei Nordkauf sind die Daten von 3 000 Kunden abgeflossen. Betroffen sind Namen und Adressen, Bankdaten wurden nicht gestohlen.", "de"), { taken: ["address", "name"], notTaken: ["bank_account"] });
  assert.deepEqual(data("Datalæk\n\nOplysninger om 1,2 millioner kunder er stjålet ved et hackerangreb. Der er tale om navne og cpr-numre, men ikke kortoplysninger.", "da"), { taken: ["name", "national_id"], notTaken: ["payment"] });
  assert.deepEqual(data("Filtración\n\nLos datos de 2 millones de clientes fueron robados. Entre ellos hay nombres, DNI y direcciones; no se han visto afectados los datos bancarios.", "es"), { taken: ["address", "name", "national_id"], notTaken: ["bank_account"] });
  assert.deepEqual(data("Breach\n\nNames and addresses of 8,000 residents were stolen; no bank data was taken.", "en"), { taken: ["address", "name"], notTaken: ["bank_account"] });
});

test("a negation after a list with nothing said taken in its clause still covers the whole list", () => {
  assert.deepEqual(data("Breach at Tervo\n\nHackers breached Tervo Bank. Names, addresses and card numbers were not affected, the bank said.", "en").notTaken, ["address", "name", "payment"]);
  assert.deepEqual(data("Angriff\n\nDie Stadtwerke wurden angegriffen. Namen, Adressen und Bankdaten sind nicht betroffen.", "de").notTaken, ["address", "bank_account", "name"]);
});
