import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const kinds = (text: string, lang: string) => [...new Set(extractReport({ text, lang }).actors.map((a) => a.kind))].sort();

test("an employee whose login was stolen or who was tricked is no insider; one who stole is", () => {
  assert.deepEqual(kinds("Datalek bij Zilvermeer\n\nHackers kregen toegang tot het klantportaal van Zilvermeer via gestolen inloggegevens van een medewerker. Gegevens van 40.000 klanten zijn buitgemaakt.", "nl"), ["external"]);
  assert.deepEqual(kinds("Datalæk hos Norvik\n\nHackere fik adgang til Norviks systemer, efter at en medarbejder klikkede på et link i en phishingmail. Data om 4.000 kunder blev stjålet.", "da"), ["external"]);
  assert.deepEqual(kinds("Fuite de données chez Norvik\n\nDes pirates ont piraté le compte d'un employé de Norvik et dérobé les données de 4 000 clients.", "fr"), ["external"]);
  assert.deepEqual(kinds("Datalek bij Zilvermeer\n\nEen medewerker van Zilvermeer heeft gegevens van 3.000 klanten gestolen en verkocht, meldt de verzekeraar.", "nl"), ["internal"]);
  assert.deepEqual(kinds("Datalæk hos Norvik\n\nEn tidligere medarbejder stjal data om 4.000 kunder fra Norvik.", "da"), ["internal"]);
});
