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

test("data the text says it does not know about is neither taken nor safe, in every pack", () => {
  for (const [lang, text] of [
    ["de", "Cyberangriff\n\nOb Patientendaten abgeflossen sind, ist noch unklar. Namen wurden gestohlen."],
    ["en", "Breach\n\nIt is not yet clear whether card data was accessed. Hackers stole the names of customers."],
    ["da", "Hackerangreb\n\nDet er endnu uklart, om cpr-numre er blevet stjålet. Hackerne stjal navne."],
    ["sv", "Dataintrång\n\nDet är oklart om personnummer har läckt. Hackarna stal namn."],
    ["no", "Dataangrep\n\nDet er uklart om fødselsnumre er lekket. Hackerne stjal navn."],
    ["fi", "Tietomurto\n\nVielä ei tiedetä, onko henkilötunnuksia varastettu. Hakkerit varastivat nimiä."],
    ["it", "Attacco hacker\n\nNon è ancora chiaro se i codici fiscali siano stati rubati. Sono stati rubati i nomi."],
    ["es", "Ciberataque\n\nNo está claro si los DNI fueron robados. Los atacantes robaron nombres."],
    ["fr", "Cyberattaque\n\nOn ignore si les numéros de sécurité sociale ont été volés. Les pirates ont volé des noms."],
    ["nl", "Hack\n\nHet is nog onduidelijk of BSN-nummers zijn gestolen. De hackers stalen namen."],
    ["pl", "Atak hakerski\n\nNie wiadomo, czy numery PESEL zostały skradzione. Hakerzy ukradli imiona."],
  ] as const) assert.deepEqual(data(text, lang), { taken: ["name"], notTaken: [] }, `${lang}: ${text}`);
  // After a contrast the clause speaks for itself.
  assert.deepEqual(data("Breach\n\nIt is unclear whether card data was accessed, but names were stolen.", "en"), { taken: ["name"], notTaken: [] });
});

test("a negation reaches over the comma into the clause it speaks of ('keine Hinweise darauf, dass …'), unless a hedge says it may have happened", () => {
  assert.deepEqual(data("Hackerangriff auf die Stadtwerke Talheim. Es gibt keine Hinweise darauf, dass Kundendaten abgeflossen sind.", "de"), { taken: [], notTaken: ["personal_data"] });
  assert.deepEqual(data("Hackerangreb mod Vestby Trafik. Der er intet, der tyder på, at kundernes personoplysninger er blevet stjålet.", "da"), { taken: [], notTaken: ["personal_data"] });
  assert.deepEqual(data("Cyberatak na gminę Lipno. Nic nie wskazuje na to, że dane osobowe mieszkańców wyciekły.", "pl"), { taken: [], notTaken: ["personal_data"] });
  assert.deepEqual(data("Dataangrep mot kommunen. Det er ingenting som tyder på at personopplysninger er kommet på avveie.", "no"), { taken: [], notTaken: ["personal_data"] });
  // "Cannot rule out" is a hedge: what may have been taken is read as taken.
  assert.deepEqual(data("Hackerangriff auf die Stadtwerke Talheim. Es ist nicht auszuschließen, dass Kundendaten abgeflossen sind.", "de"), { taken: ["personal_data"], notTaken: [] });
  assert.deepEqual(data("Hackerangreb mod kommunen. Kommunen kan ikke udelukke, at borgernes personoplysninger er blevet stjålet.", "da"), { taken: ["personal_data"], notTaken: [] });
});
