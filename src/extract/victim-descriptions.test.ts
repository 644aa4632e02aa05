import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const described = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((v) => v.named === false).map((v) => v.name);

test("a victim described without a name is kept, with the harm cue as evidence, in every pack's words", () => {
  assert.deepEqual(described("Ransomware attack on hospital\n\nAn Indiana hospital was hit by ransomware on Thursday night and paid the attackers. Staff went back to paper records.", "en"), ["An Indiana hospital"]);
  assert.deepEqual(described("Hackers target banks\n\nThe attackers targeted three regional banks in Poland with fake invoices.", "en"), ["three regional banks"]);
  assert.deepEqual(described("Hackerangriff\n\nEin Krankenhaus in Bayern wurde am Montag angegriffen. Die Notaufnahme ist geschlossen.", "de"), ["Ein Krankenhaus"]);
  assert.deepEqual(described("Cyberangreb\n\nEn kommune i Jylland blev ramt af ransomware i weekenden.", "da"), ["En kommune"]);
  assert.deepEqual(described("IT-attack\n\nEtt sjukhus i Skåne drabbades av en it-attack under natten.", "sv"), ["Ett sjukhus"]);
  assert.deepEqual(described("Dataangrep\n\nEn kommune på Vestlandet ble rammet av løsepengevirus.", "no"), ["En kommune"]);
  assert.deepEqual(described("Attacco informatico\n\nUn ospedale lombardo è stato colpito da un ransomware.", "it"), ["Un ospedale"]);
  assert.deepEqual(described("Cyberattaque\n\nUne commune bretonne a été piratée ce week-end.", "fr"), ["Une commune"]);
  const r = extractReport({ text: "Ransomware attack on hospital\n\nAn Indiana hospital was hit by ransomware on Thursday night.", lang: "en" });
  const v = r.victims.find((x) => x.named === false)!;
  assert.deepEqual(v.evidence.map((e) => e.text), ["An Indiana hospital was hit"]);
  assert.equal(v.sector, "healthcare");
  for (const e of v.evidence) assert.equal(r.text.slice(e.start, e.end), e.text);
});

test("no description without a harm cue next to it, and none for a name", () => {
  // Said, advised or named: nobody is described as hit.
  assert.deepEqual(described("Patch now\n\nThe company said a patch is available. Companies should update their servers. Hospitals are urged to patch.", "en"), []);
  assert.deepEqual(described("Breach at Mercy Hospital\n\nMercy Hospital was hacked last week, the hospital said.", "en"), []);
  // "hit by the group": what follows "by" is the attacker, not a victim.
  assert.deepEqual(described("Ransomware\n\nSchools were hit by the group. The company behind the ransomware was hit by sanctions.", "en").filter((d) => /company/i.test(d)), []);
});

test("a harm said as a possibility harms nobody, named or described", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => v.name);
  assert.deepEqual(victims("Flaw in Tervo routers\n\nTervo warned that attackers could be targeting hospitals and banks with the flaw, a researcher said. Tervo has released a fix.", "en"), []);
  assert.deepEqual(victims("Flaw in Tervo routers\n\nThe flaw is serious: with it, hackers might be targeting Norvik Port and other ports, the researcher said. Tervo has released a fix.", "en"), []);
  // What did happen next to it still counts.
  assert.deepEqual(victims("Hospitals hacked\n\nHackers broke into three hospitals in Ohio last week. The flaw they used could let attackers run code on any server.", "en"), ["three hospitals"]);
});

test("a description that refers back to the named victim is that victim again; another victim described stays", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => v.name);
  assert.deepEqual(victims("Datalæk hos Solvang Transport A/S\n\nSolvang Transport A/S er blevet ramt af et hackerangreb. Selskabet blev ramt i weekenden, og kundernes navne er stjålet.", "da"), ["Solvang Transport A/S"]);
  assert.deepEqual(victims("Breach at Elmwood Clinic\n\nElmwood Clinic was hit by ransomware on Monday. The clinic was hit again on Friday, and a hospital in Ohio was hit too.", "en"), ["Elmwood Clinic", "a hospital"]);
  assert.deepEqual(victims("Cyberattaque contre la mairie de Montvert\n\nLa mairie de Montvert a été piratée samedi. Les pirates ont volé des données, et la mairie a été piratée de nouveau lundi.", "fr"), ["mairie de Montvert"]);
});

test("a kind word with a definite article and a place is the victim's name; with an indefinite one, a description", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => `${v.name}${v.named === false ? " (described)" : ""}`);
  assert.deepEqual(victims("La mairie de Sarlat a été victime d'une cyberattaque. Les données de 2 000 administrés ont été dérobées.", "fr"), ["mairie de Sarlat"]);
  assert.deepEqual(victims("L'hôpital de Cannes a été victime d'une cyberattaque par rançongiciel.", "fr"), ["hôpital de Cannes"]);
  assert.deepEqual(victims("L'ospedale di Pisa è stato colpito da un ransomware.", "it"), ["ospedale di Pisa"]);
  assert.deepEqual(victims("El hospital de Cuenca sufrió un ciberataque.", "es"), ["hospital de Cuenca"]);
  assert.deepEqual(victims("Un ospedale di Pisa è stato colpito da un ransomware.", "it"), ["Un ospedale (described)"]);
  assert.deepEqual(victims("Cyberangreb\n\nEn kommune i Jylland blev ramt af ransomware i weekenden.", "da"), ["En kommune (described)"]);
});

test("a harm cue before a supplier's name describes no victim across it", () => {
  const r = extractReport({ text: "Angriff auf IT-Dienstleister Südwestfalen-IT legt Kommunen lahm\n\nEin Ransomware-Angriff auf den kommunalen IT-Dienstleister Südwestfalen-IT hat die Verwaltungen von über 70 Kommunen lahmgelegt. Betroffen ist unter anderem die Stadt Siegen.", lang: "de" });
  assert.ok(!r.victims.some((v) => v.name.includes("Südwestfalen-IT")), JSON.stringify(r.victims.map((v) => v.name)));
  assert.deepEqual(r.thirdParties.map((t) => t.name), ["Südwestfalen-IT"]);
});

test("with no victim named, a description that refers back is the description of the same kind before it", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => v.name);
  assert.deepEqual(victims("Hackere la ut falske nyheter på nettsiden til Fjordby kommune\n\nTirsdag ble forsiden til fjordby.kommune.no erstattet med en melding fra en gruppe som kaller seg «Nordlys». Kommunen tok nettsiden ned rundt klokken 09.30.", "no"), ["Fjordby kommune"]);
  // A description of another kind stays.
  assert.deepEqual(victims("Ransomware hit a hospital in Ohio on Monday.\n\nThe hospital restored its systems, and a school was hit too.", "en"), ["a hospital", "a school"]);
});

test("a place named in a description's qualifier is where the victim is, not a victim", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => v.name);
  assert.deepEqual(victims("Truffa\n\nUn'azienda metalmeccanica della provincia di Brescia è stata vittima di una truffa informatica.", "it"), ["Un'azienda"]);
  assert.deepEqual(victims("Cyberattaque\n\nUne entreprise de la région de Lyon a été victime d'une cyberattaque.", "fr"), ["Une entreprise"]);
  assert.deepEqual(victims("Ciberataque\n\nUna empresa de la provincia de Valencia ha sido víctima de un ciberataque.", "es"), ["Una empresa"]);
  assert.deepEqual(victims("Ransomware\n\nA manufacturer in the province of Brescia was hit by ransomware.", "en"), ["A manufacturer"]);
});

test("where adjectives follow their noun, two of them may stand between a description and its cue", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => v.name);
  assert.deepEqual(victims("Ransomware\n\nUn'azienda metalmeccanica bresciana è stata colpita da un attacco ransomware.", "it"), ["Un'azienda"]);
  assert.deepEqual(victims("Cyberattaque\n\nUne clinique privée lyonnaise a été victime d'une cyberattaque.", "fr"), ["Une clinique"]);
  // In English two lower-case words after a noun are no adjectives of it.
  assert.deepEqual(victims("Ransomware\n\nThe hospital staff members were hit by phishing.", "en").filter((v) => /hospital/.test(v)), []);
});

test("a place inside a description after its adjectives is where the victim is, and an article alone before the kind word refers back to the name", () => {
  const r = extractReport({ text: "Attacco hacker all'Asl di Rieti\n\nL'Azienda sanitaria locale di Rieti è stata colpita da un attacco informatico nella notte di martedì. I servizi di prenotazione sono sospesi.", lang: "it" });
  assert.deepEqual(r.victims.map((v) => v.name), ["Asl di Rieti"]);
});

test("a subject that says, in a clause of its own, that an attack happened is the one hit; not when the clause names another", () => {
  // No pack term says so: the verb of telling, the complementizer and the attack are each the pack's own words.
  assert.deepEqual(described("Linnavalitsus teatas teisipäeval, et nädalavahetusel toimus küberrünnak, mille tõttu e-teenused ei töötanud.", "et"), ["Linnavalitsus"]);
  assert.deepEqual(described("Savivaldybė antradienį patvirtino, kad savaitgalį ją ištiko kibernetinė ataka.", "lt"), ["Savivaldybė"]);
  assert.deepEqual(described("Общината потвърди във вторник, че през уикенда е била обект на кибератака.", "bg"), ["Общината"]);
  // The hospitals were hit, not the ministry that told of it; and a clause without an attack says nothing of harm.
  assert.deepEqual(described("Ministerija pranešė, kad programišiai atakavo dvi ligonines.", "lt"), ["dvi ligonines"]);
  assert.deepEqual(described("Linnavalitsus teatas teisipäeval, et linna jalgpallimeeskond võitis turniiri.", "et"), []);
});
