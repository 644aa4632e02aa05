import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const types = (text: string, lang: string) => extractReport({ text, lang }).types.map((t) => t.value).sort();

test("a generic attack word is a data breach only when nothing names the kind of attack", () => {
  // Ransomware called a cyberattack is ransomware.
  assert.deepEqual(types("Cyberattack cripples Norvik Port\n\nNorvik Port was hacked on Sunday: ransomware encrypted its servers and the attackers demanded a ransom. The port said the cyberattack halted cargo handling.", "en"), ["ransomware"]);
  assert.deepEqual(types("Hackerangriff auf die Stadtwerke Lindau\n\nDie Stadtwerke Lindau wurden gehackt. Eine Ransomware verschlüsselte die Server, die Täter fordern Lösegeld.", "de"), ["ransomware"]);
  // With nothing more specific, being hacked stays a breach; taking data is one whatever else happened.
  assert.deepEqual(types("Norvik Port hacked\n\nNorvik Port was hacked on Sunday, the port said. The cyberattack is being investigated.", "en"), ["data_breach"]);
  assert.deepEqual(types("Cyberattack on Norvik Port\n\nNorvik Port was hacked: ransomware encrypted its servers, and the attackers stole customer data before demanding a ransom. The stolen data was posted online.", "en"), ["data_breach", "ransomware"]);
});

test("a flaw described with 'hacking' words but nobody hit is an advisory; a named victim hacked is an incident", () => {
  const decide = (text: string) => extractReport({ text, lang: "en" }).isIncident;
  assert.equal(decide("Hacking risk in Tervo routers\n\nHacking Tervo routers is easy because of a vulnerability disclosed on Monday, the researcher who found it said. The hack works remotely and attackers could steal passwords. Hacking attempts have not been seen, Tervo said, and it has fixed the bug in a firmware update."), false);
  assert.equal(decide("Tervo hacked\n\nTervo was hacked through a flaw in its routers, the company said. Hacking tools for the flaw circulate online."), true);
});

test("a text that mostly speaks of a flaw is a vulnerability report until it says who was hit", () => {
  const decide = (text: string, lang: string) => extractReport({ text, lang }).isIncident;
  assert.equal(decide("Tervo fixes flaw that exposed customer data\n\nTervo has fixed a vulnerability in its billing portal that exposed the names and addresses of 12,000 customers. The bug, a flaw in the login page, was reported by a researcher in March. The vulnerability was rated critical, and Tervo said the flaw has been patched.", "en"), false);
  assert.equal(decide("Tervo schließt Sicherheitslücke im Kundenportal\n\nTervo hat eine Sicherheitslücke im Kundenportal geschlossen, über die Namen und Adressen von 12.000 Kunden einsehbar waren. Die Schwachstelle wurde von einem Forscher gemeldet. Ein Update behebt die Lücke.", "de"), false);
  // The rule that says no says so in the confidence too.
  assert.ok(extractReport({ text: "Tervo fixes flaw that exposed customer data\n\nTervo has fixed a vulnerability in its billing portal that exposed the names and addresses of 12,000 customers. The bug, a flaw in the login page, was reported by a researcher in March. The vulnerability was rated critical, and Tervo said the flaw has been patched.", lang: "en" }).confidence < 0.5);
  // The same flaw used against a named organisation is an incident.
  assert.equal(decide("Norvik Port hit through router flaw\n\nHackers exploited a vulnerability in Tervo routers to break into Norvik Port. The flaw, a critical bug in the firmware, was used to steal the data of 3,000 employees, the port said. The vulnerability has since been patched.", "en"), true);
});

test("what a flaw or a tool could do is not a type of what happened; what probably happened still is", () => {
  const report = (text: string, lang: string) => { const r = extractReport({ text, lang }); return { types: r.types.map((t) => t.value).sort(), isIncident: r.isIncident }; };
  assert.deepEqual(report("Flaw in Tervo routers\n\nA vulnerability in Tervo routers could allow attackers to steal data and launch DDoS attacks, a researcher found. Tervo has released a firmware update that fixes the flaw.", "en"),
    { types: ["vulnerability_exploitation"], isIncident: false });
  assert.deepEqual(report("Sicherheitslücke in Tervo-Routern\n\nEine Schwachstelle in Tervo-Routern ermöglicht Angreifern, Daten zu stehlen und DDoS-Angriffe zu starten. Tervo hat ein Update veröffentlicht, das die Lücke schließt.", "de"),
    { types: ["vulnerability_exploitation"], isIncident: false });
  assert.deepEqual(report("Vulnerabilità nei router Tervo\n\nUna vulnerabilità nei router Tervo potrebbe essere sfruttata per rubare dati e lanciare attacchi DDoS. Tervo ha rilasciato un aggiornamento che corregge la falla.", "it"),
    { types: ["vulnerability_exploitation"], isIncident: false });
  // A breach notice hedges what was taken, but the breach happened.
  assert.deepEqual(report("Data breach at Norvik Outfitters\n\nHackers breached the network of Norvik Outfitters last week. Names and card numbers of 40,000 customers may have been accessed, the retailer said, and it has notified the police.", "en").types, ["data_breach"]);
});

test("an e-mail posing as someone is phishing; taking credentials or someone's data is a breach", () => {
  assert.deepEqual(types("Scammer gets W-2 forms of Norvik Outfitters staff\n\nA scammer posing as the chief executive through email received the W-2 forms of 4,000 employees of Norvik Outfitters, the retailer said.", "en").includes("phishing"), true);
  assert.deepEqual(types("Email scam poses as Nordflix notice\n\nAn email scam passing as a Nordflix notification is targeting subscribers and asks them to update their card details.", "en"), ["phishing"]);
  assert.deepEqual(types("Hacker hits card game forum\n\nA hacker used a flaw in the forum software of Duelhall to steal the emails and passwords of six million players.", "en").includes("data_breach"), true);
  assert.deepEqual(types("Travel association hacked\n\nAn intruder used a flaw in the web server of the Tervo Travel Association to access the data of 43,000 people.", "en").includes("data_breach"), true);
});

test("credentials phished or handed over to a fake are data taken, in each language's words", () => {
  assert.deepEqual(types("Phishing-Welle gegen Kunden der Nordbank\n\nMit gefälschten E-Mails im Namen der Nordbank haben Kriminelle die Zugangsdaten von 300 Kunden abgefischt.", "de"), ["data_breach", "phishing"]);
  assert.deepEqual(types("Falske mails i Nordbanks navn\n\nFalske mails i Nordbanks navn har ramt kunderne, og flere kunder indtastede deres MitID-oplysninger på den falske side.", "da"), ["data_breach", "phishing"]);
  assert.deepEqual(types("Phishing campaign hits Nordbank customers\n\nFake emails in the name of Nordbank tricked customers into handing over their passwords.", "en"), ["data_breach", "phishing"]);
  // Advice not to hand them over is no breach.
  assert.deepEqual(types("Phishing warning from Nordbank\n\nNordbank warns of fake emails in its name. Never hand over your passwords, the bank said.", "en"), ["phishing"]);
});

test("hackers extorting an organisation is a ransom attack; a sextortion e-mail is a scam", () => {
  assert.deepEqual(types("Hackers try to extort Norvik Studios\n\nHackers tried to extort Norvik Studios by threatening to publish an unreleased film they claim to have stolen.", "en"), ["data_breach", "ransomware"]);
  assert.deepEqual(types("Erpressung: Hacker drohen der Stadt Lindau\n\nHacker haben die Stadt Lindau erpresst und drohen, gestohlene Daten zu veröffentlichen.", "de"), ["data_breach", "ransomware"]);
  assert.equal(types("Sextortion scam emails are back\n\nSextortion scam emails claim to have filmed the recipient and demand payment in bitcoin.", "en").includes("ransomware"), false);
});

test("ransomware is read from a known ransomware group's name in any language, and from encryption with words between", () => {
  assert.deepEqual(types("L'hôpital de Varennes victime d'une cyberattaque\n\nL'hôpital de Varennes a été victime d'une cyberattaque revendiquée par le groupe LockBit. Les pirates menacent de publier des données.", "fr"), ["ransomware"]);
  assert.deepEqual(types("Ataque informático contra el Hospital de Torrealta\n\nEl grupo RansomHouse ha reivindicado el ataque contra el hospital, que sigue sin sistemas.", "es"), ["ransomware"]);
  assert.deepEqual(types("Cyberangriff auf die Stadtwerke Lindau\n\nDie Stadtwerke Lindau sind Opfer eines Cyberangriffs geworden. Die Täter verschlüsselten am Wochenende zahlreiche Server und forderten ein Lösegeld.", "de"), ["ransomware"]);
});

test("a notice in the first person, or about 'it', that says it was hit is an incident though it names nobody", () => {
  const incident = (text: string, lang: string) => extractReport({ text, lang }).isIncident;
  assert.equal(incident("The world body of rowing says it has become the victim of a cyberattack by a hacking group. Medical records of athletes may have been accessed.", "en"), true);
  assert.equal(incident("Vi er blevet ramt af et hackerangreb. Kriminelle har fået adgang til vores systemer, og vi arbejder på at genoprette driften.", "da"), true);
  assert.equal(incident("Nous avons été victimes d'une cyberattaque. Des pirates ont eu accès à nos serveurs et ont volé des données de clients.", "fr"), true);
  assert.equal(incident("We zijn getroffen door een cyberaanval. Hackers hebben toegang gekregen tot onze systemen en klantgegevens gestolen.", "nl"), true);
  // The same words about what could happen describe nothing that did.
  assert.equal(incident("Experts warn that hackers could steal customer data if a cyberattack hit the company. It could be hacked within minutes, they say.", "en"), false);
});

test("one word that says computers by itself gives a short notice its type; one ambiguous word does not", () => {
  assert.deepEqual(types("Die Stadtwerke Lindau wurden Opfer eines Hackerangriffs.", "de"), ["data_breach"]);
  assert.deepEqual(types("Brøndby Kommune er ramt af et hackerangreb, oplyser kommunen.", "da"), ["data_breach"]);
  assert.deepEqual(types("De gemeente Hof van Twente is getroffen door een ransomware-aanval.", "nl"), ["ransomware"]);
  assert.deepEqual(types("Szpital Powiatowy w Nowym Targu padł ofiarą ataku ransomware.", "pl"), ["ransomware"]);
  assert.deepEqual(types("Østre Toten kommune ble rammet av et løsepengevirusangrep.", "no"), ["ransomware"]);
  // A fish farm's virus, a football attack and a transfer leak stay untyped.
  assert.deepEqual(types("Virus rammer lakseoppdrett i Nordland. Fiskene ble syke.", "no"), []);
  assert.deepEqual(types("Angreb på Brøndby i anden halvleg gav to mål.", "da"), []);
  assert.deepEqual(types("Transfer leak: the club denied the report about its striker.", "en"), []);
  // Said as a possibility, the word proves nothing: "Hackers could …".
  assert.deepEqual(types("Experts warn that hackers could target the region's water plants.", "en").filter((t) => t !== "other"), []);
});

test("a short notice that names its victim as hit is an incident, in any pack language", () => {
  const decide = (text: string, lang: string) => extractReport({ text, lang });
  for (const [lang, text, victim] of [
    ["de", "Die Stadtwerke Lindau wurden Opfer eines Hackerangriffs.", "Stadtwerke Lindau"],
    ["da", "Brøndby Kommune er ramt af et hackerangreb, oplyser kommunen.", "Brøndby Kommune"],
    ["nl", "De gemeente Hof van Twente is getroffen door een ransomware-aanval.", "gemeente Hof van Twente"],
    ["pl", "Szpital Powiatowy w Nowym Targu padł ofiarą ataku ransomware.", "Szpital Powiatowy w Nowym Targu"],
    ["sv", "Borås stad låg nere efter en it-attack på måndagen. Kommunens e-tjänster fungerade inte.", "Borås stad"],
    ["en", "Acme Corp said hackers stole customer data in a ransomware attack.", "Acme Corp"],
    ["en", "Fabrikam Inc disclosed that an unauthorized party accessed its network in March.", "Fabrikam Inc"],
  ] as const) {
    const r = decide(text, lang);
    assert.equal(r.isIncident, true, `${lang}: ${text} (${r.confidence})`);
    assert.ok(r.victims.some((v) => v.name === victim), `${lang}: ${JSON.stringify(r.victims.map((v) => v.name))}`);
  }
  // What a hacker could do with a flaw hits nobody, even said by the vendor.
  const flaw = decide("Intel is reporting a firmware vulnerability. Intel said a hacker could use the flaw to take over remote management functions, and it has prepared a patch.", "en");
  assert.equal(flaw.isIncident, false);
  assert.deepEqual(flaw.victims, []);
});

test("a one-sentence notice of a described victim hit is an incident, in every pack's words", () => {
  const notices: [string, string][] = [
    ["en", "A clinic in Oregon was hit by ransomware on Sunday."],
    ["de", "Ein Pflegeheim in Sachsen wurde am Dienstag Opfer eines Cyberangriffs."],
    ["nl", "Een gemeente in Drenthe is getroffen door een hack."],
    ["fr", "Une clinique normande a été victime d'une cyberattaque ce week-end."],
    ["sv", "En kommun i Norrland drabbades av en it-attack under helgen."],
    ["pt", "Uma escola de Braga foi alvo de um ataque informático na segunda-feira."],
  ];
  for (const [lang, text] of notices) {
    const r = extractReport({ text, lang, published: "2024-05-10" });
    assert.equal(r.isIncident, true, `${lang}: confidence ${r.confidence}`);
  }
});

test("a cue of another type inside a term's gap is found too", () => {
  // The breach term reaches from the verb to the data over the insider: both are said.
  assert.deepEqual(types("Ghoid iarfhostaí sonraí custaiméirí Bhanc an Deiscirt agus dhíol sé iad.", "ga"), ["data_breach", "insider"]);
  assert.deepEqual(types("Unbekannte stahlen mit Hilfe eines ehemaligen Mitarbeiters Daten von 5.000 Kunden der Stadtwerke Lindau.", "de"), ["data_breach", "insider"]);
});

test("who took which data, in one sentence, is a breach though no type term is met", () => {
  for (const [lang, text] of [
    ["hr", "Hakeri su ukrali imena i adrese klijenata."],
    ["et", "Häkkerid varastasid klientide nimed ja aadressid."],
    ["cs", "Hackeři ukradli jména a adresy zákazníků."],
  ] as const) assert.deepEqual(types(text, lang), ["data_breach"], `${lang}: ${text}`);
});
