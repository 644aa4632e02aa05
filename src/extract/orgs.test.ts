import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

test("a company named in full and then short is one organisation; a product is not its maker", () => {
  const r = extractReport({
    text: "Customer data stolen from Kestrel Books through its chat supplier\n\nKestrel Books said hackers stole names and e-mail addresses of customers through a chat service provided by Orvel Technologies. Orvel said it has closed the hole. Kestrel Books has reported the breach to the police.",
  });
  assert.deepEqual(r.thirdParties.map((o) => o.name), ["Orvel Technologies"]);
  assert.deepEqual(r.victims.map((o) => o.name), ["Kestrel Books"]);
  const p = extractReport({ text: "Phishing e-mails pretending to be from Microsoft\n\nCriminals send e-mails pretending to be from Microsoft that ask users to renew their Microsoft Office licence. Users should delete the e-mails." });
  assert.ok(p.impersonated.some((o) => o.name === "Microsoft"), p.impersonated.map((o) => o.name).join(", "));
});

test("a third party's kind is read from the supplier cue as written, in the text's language", () => {
  const kinds = (text: string, lang: string) => extractReport({ text, lang }).thirdParties.map((t) => `${t.name}:${t.role}`);
  // The English supplier term lists "vendor", "provider" and "processor" as alternatives: the words in the text decide.
  assert.deepEqual(kinds("Hackers stole customer data from Northwind Retail after breaching its hosting provider Cloudline. Northwind Retail said names and addresses of 20,000 customers were taken.", "en"), ["Cloudline:provider"]);
  assert.deepEqual(kinds("Hackere har stjålet oplysninger om 5.000 borgere fra Fjordby Kommune. Angrebet ramte kommunens databehandler Datalink, som behandler lønsedler for kommunen.", "da"), ["Datalink:processor"]);
  assert.deepEqual(kinds("Die Stadtwerke Lindau sind von einem Datenleck betroffen. Angreifer drangen über den IT-Dienstleister Netcom in die Systeme ein und stahlen Kundendaten.", "de"), ["Netcom:provider"]);
});

test("products, malware families and the security firm quoted are not victims; a firm hit itself is", () => {
  const victims = (text: string, lang = "en") => extractReport({ text, lang }).victims.map((o) => o.name);
  // The most named things are the database left open and the operating system; the bank is the victim.
  assert.ok(!victims("Open MongoDB databases wiped\n\nAttackers wiped more than 20,000 MongoDB databases and demanded Bitcoin. MongoDB said admins should enable authentication. Customer records of Vantor Labs were stolen, Vantor Labs said. MongoDB servers left without password are scanned daily.").includes("MongoDB"));
  assert.deepEqual(victims("Windows flaw exploited\n\nAttackers stole data from Windows machines at Corvel Bank through a Windows flaw, the bank said. Windows users should patch. Kaspersky said the attack used a zero-day in Windows. Kaspersky researchers found the exploit. Corvel Bank notified customers."), ["Corvel Bank"]);
  // "Quillstone ransomware", "Voxmire malware": the family is named, not a victim.
  assert.deepEqual(victims("Quillstone ransomware spreads\n\nThe Quillstone ransomware encrypted the files of Marlow Dental last week and demanded a ransom. Quillstone ransomware spreads through remote desktop. Marlow Dental said it restored its systems from backups. Quillstone ransomware was first seen in May."), ["Marlow Dental"]);
  assert.deepEqual(victims("Trojan Voxmire steals bank logins\n\nVoxmire malware stole passwords from customers at Harrow Bank, the bank said. Voxmire malware is sold on forums. Harrow Bank reset the passwords of its customers."), ["Harrow Bank"]);
  // A security company whose own customers' data was stolen is the victim of its own story.
  assert.deepEqual(victims("Il produttore Trend Micro colpito da un dipendente infedele\n\nAlcuni clienti di Trend Micro sono stati contattati da truffatori: un dipendente di Trend Micro ha rubato i dati di 68 mila clienti.", "it"), ["Trend Micro"]);
});

test("a country written in capitals and a sentence adverb are not organisations", () => {
  const r = extractReport({ text: "U.S. hospital hit\n\nHackers breached Pellham Clinic. Fortunately, no payment data was taken, the U.S. clinic said. U.S. officials are investigating. Fortunately, backups were intact. U.S. patients were notified.", lang: "en" });
  assert.deepEqual(r.victims.map((o) => o.name), ["Pellham Clinic"]);
});

test("a company quoted once after a reporting word is still the victim when the rest of the text is about it", () => {
  const r = extractReport({ lang: "en", text: "Shoppers' card data for sale\n\nThe card numbers used at Kestrel Mart were offered for sale on the dark web. If the report about Kestrel Mart is correct, the breach is large. Kestrel Mart has notified its customers and hired forensic experts. Kestrel Mart said it is investigating." });
  assert.deepEqual(r.victims.filter((v) => v.named !== false).map((v) => v.name), ["Kestrel Mart"]);
});

test("a group named right after an attacker word is the attacker, not a victim", () => {
  const r = extractReport({ lang: "en", text: "Telecom customer data stolen\n\nThe hacking group ShinyCrabs claimed it stole data of 2 million customers of Bravo Telecom. ShinyCrabs posted samples online. ShinyCrabs demanded a ransom. Bravo Telecom said it has notified the police." });
  assert.deepEqual(r.victims.map((v) => v.name), ["Bravo Telecom"]);
  assert.ok(r.actors.some((a) => a.kind === "external" && a.name === "ShinyCrabs"), JSON.stringify(r.actors));
});

test("paying the ransom marks the victim; the name said short is the same organisation; 'Feb' is a month", () => {
  const r = extractReport({ lang: "en", text: "Bellmore Community Medical Center paid a $17,000 ransom in bitcoin to regain access to its computers, the hospital's chief executive said on Wednesday. The attack on Bellmore Community began Feb 5, when hackers using malware infected the institution's computers. Bellmore Community said patient care was not affected." });
  assert.deepEqual(r.victims.filter((v) => v.named !== false).map((v) => v.name), ["Bellmore Community Medical Center"]);
});

test("a possessive is not part of a name, and a faked product stands for its maker", () => {
  const r = extractReport({ lang: "en", text: "Fake Corvane invoices spread malware\n\nCriminals are sending fake e-mails pretending to be from Corvane with a link to a fake Flash Player update. Corvane's customers should delete the e-mails, Corvane said. The fake Flash Player installs a banking trojan." });
  assert.deepEqual(r.impersonated.map((o) => o.name), ["Corvane", "Adobe"]);
  assert.ok(r.impersonated[0]!.evidence.every((e) => !/['’]s$/.test(e.text)), JSON.stringify(r.impersonated[0]!.evidence));
});

test("a faked login page of a product pretends to be its maker", () => {
  const r = extractReport({ lang: "en", text: "Phishing with fake Office 365 login pages\n\nAttackers send e-mails with a link to a fake Office 365 login page that steals passwords. The fake Office 365 page looks real. Users should delete the e-mails and change their passwords." });
  assert.deepEqual(r.impersonated.map((o) => o.name), ["Microsoft"]);
  assert.ok(r.impersonated[0]!.evidence.every((e) => e.text.startsWith("Office")), JSON.stringify(r.impersonated[0]!.evidence));
});

test("lowercaseWords finds exactly what its regular expression finds", async () => {
  const { lowercaseWords } = await import("./orgs.ts");
  const byRegex = (t: string) => new Set([...t.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}-]*/gu)].map((m) => m[0]));
  const samples = [
    "the Hackers stole e-mail-addresses from 3rd-party x2y servers; it's Müller's øre, ÅR åben",
    "𝐀bc 𝑎bc a𝐀 9a -lead trail- mid-dle a--b über-Straße İstanbul ǅemal ßtraße",
    "日本語 text, ελληνικά Λέξη, кириллица Слово, עברית, a\u00adb, a\u200bb, aΩb",
    "", "a", "-", "A-b", "1a", "a1", "\ud835", "x\udc00y", "\ud835a \ud835A-b", "Ab-cd Éa-b 3x-y",
  ];
  for (const s of samples) assert.deepEqual(lowercaseWords(s), byRegex(s), JSON.stringify(s));
  // Every UTF-16 unit after a letter, a digit and a space.
  for (let c = 0; c < 0x3000; c += 7) {
    const s = `a${String.fromCharCode(c)}b 1${String.fromCharCode(c)}x ${String.fromCharCode(c)}y`;
    assert.deepEqual(lowercaseWords(s), byRegex(s), `U+${c.toString(16)}`);
  }
});

test("a harm cue reaches a name over an article, not over another word", () => {
  // "eiste de aanval op via Telegram": the attack was claimed on Telegram; the municipality is the victim.
  const r = extractReport({ lang: "nl", text: "Website gemeente Zuidveen plat door DDoS-aanval\n\nDe website van de gemeente Zuidveen was dinsdag urenlang onbereikbaar door een DDoS-aanval. Een pro-Russische hackersgroep eiste de aanval op via Telegram.\n\nEr zijn volgens de gemeente geen gegevens gestolen." });
  assert.deepEqual(r.victims.filter((v) => v.named !== false).map((v) => v.name), ["gemeente Zuidveen"]);
});

test("a region, a continent's people, a US state or a trade acronym is never an organisation", () => {
  const r = extractReport({ text: "Ransomware hits Kestrel Clinics across Eastern Europe\n\nKestrel Clinics was hit by ransomware that encrypted its NAS and CCTV systems. The group runs hospitals in Eastern Europe and Ohio; Asian and European partners were not affected, Kestrel Clinics said.", lang: "en" });
  const names = [...r.victims, ...r.impersonated, ...r.thirdParties].map((o) => o.name);
  assert.deepEqual(r.victims.filter((o) => o.named !== false).map((o) => o.name), ["Kestrel Clinics"]);
  for (const place of ["Eastern Europe", "Ohio", "Asian", "European", "NAS", "CCTV"]) assert.ok(!names.some((n) => n.includes(place)), `${place} in ${names.join(", ")}`);
  const alone = extractReport({ text: "Hackers hit Ohio\n\nOhio was hit by a cyberattack, officials in Eastern Europe said. Hackers attacked Eastern Europe.", lang: "en" });
  assert.deepEqual(alone.victims.filter((o) => o.named !== false).map((o) => o.name), []);
});

test("the place a story was filed from is no organisation; a name before a plain hyphen still is", () => {
  const victims = (text: string) => extractReport({ text, lang: "en" }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Clinic hit by ransomware\n\nGREENFIELD — Kestrel Health fell victim to a ransomware attack on Thursday, with a hacker demanding Bitcoin."), ["Kestrel Health"]);
  assert.deepEqual(victims("WASHINGTON (Reuters) - Hackers breached the network of Tervo Bank and stole customer data, Tervo Bank said."), ["Tervo Bank"]);
  assert.deepEqual(victims("IBMX - the company - was hacked on Monday and customer data was stolen, IBMX said."), ["IBMX"]);
  // A press-wire dateline, inside a page after a teaser sentence.
  assert.deepEqual(victims("Webcams are vulnerable. TORINO, Italy--(BUSINESS WIRE)--Hackers breached the network of Tervo Bank and stole customer data, Tervo Bank said."), ["Tervo Bank"]);
});

test("holidays, countries without a pack and peoples of regions are no organisations", () => {
  const victims = (text: string) => extractReport({ text, lang: "en" }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Ransomware hit Tervo Bank and encrypted its servers. As one victim discovered this Christmas, removing it is hard. Christmas shoppers at Tervo Bank were warned, and the attack on Tervo Bank continues. Scandinavian banks were hit as well, one victim of Scandinavian origin said."), ["Tervo Bank"]);
  assert.deepEqual(victims("Hackers stole data. As a victim discovered this Christmas, the attack on Christmas shopping sites hit New Zealand banks; victims in New Zealand were hit by Brits."), []);
  // A count ("17m") and a plural acronym ("TVs") give no name either.
  assert.deepEqual(victims("Scam calls hit 17m people, and one victim lost access to smart TVs. Hackers attacked TVs and victims."), []);
});

test("a kind word opens a name when a connector and a capitalised word follow: 'Bank of America', 'ministère des Transports'", () => {
  const named = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((v) => v.named !== false).map((v) => v.name);
  assert.deepEqual(named("Hackers breached Bank of America systems and stole customer data, Bank of America said.", "en"), ["Bank of America"]);
  assert.deepEqual(named("Hackers prorrusos tumban la web del Ministerio de Transportes\n\nLa web del Ministerio de Transportes estuvo inaccesible tras un ataque DDoS, según el ministerio.", "es"), ["Ministerio de Transportes"]);
  // Written in lower case, as French and Italian write them.
  assert.deepEqual(named("Des pirates prorusses paralysent le site du ministère des Transports\n\nLe site du ministère des Transports a été inaccessible après une attaque DDoS.", "fr"), ["ministère des Transports"]);
  assert.deepEqual(named("Attacco hacker al comune di Lariano\n\nIl comune di Lariano è stato colpito da un ransomware che ha cifrato i server.", "it"), ["comune di Lariano"]);
  // A kind word with no name after it is still no name.
  assert.deepEqual(named("Bank hit by ransomware\n\nThe bank said ransomware encrypted its servers.", "en"), []);
});

test("a capitalised common word belongs to the name beside it; a fragment of a title phrase is no name", () => {
  const victims = (text: string, lang = "en") => extractReport({ text, lang }).victims.map((o) => o.name);
  // "storage" and "lane" are written in lower case too, which alone used to cut the name to "Cedar".
  assert.deepEqual(victims("Hackers stole customer records from Cedar Lane Storage last week. The storage firm said that a lane in its car park is closed. Cedar Lane Storage has notified customers and reset passwords."), ["Cedar Lane Storage"]);
  // "State" of "State of Malware" is a common word, which alone is no organisation.
  assert.deepEqual(victims("Hackers stole the records of 4,000 patients of Brindle Clinic, the clinic said, as a state agency warned in its State of Malware report. Brindle Clinic notified the patients."), ["Brindle Clinic"]);
  // Named with its kind word in front once and without it once: one organisation.
  const hotel = extractReport({ text: "Norwegian hotel Hotel Sjøglimt discloses booking system breach\n\nSjøglimt AS says attackers accessed its booking system on 8 October 2025 and stole guests' names. The hotel has notified the police.", lang: "en" });
  assert.deepEqual(hotel.victims.map((o) => o.name), ["Hotel Sjøglimt"]);
});

test("English: the organisation a breach is named after, or that discovered the attack, was hit; the authority told is not", () => {
  const victims = (text: string) => extractReport({ text, lang: "en" }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Card data offered online\n\nA researcher at Vellum Labs said card numbers were offered for sale. If the report is correct, the Quarry Games breach could be large, an analyst said."), ["Quarry Games"]);
  assert.deepEqual(victims("Staff details accessed\n\nNames and phone numbers of 30,000 staff were accessed by a hacker in September. Fenwick Sports discovered the attack three months later. Fenwick Sports filed a breach notice with the California Attorney General."), ["Fenwick Sports"]);
});

test("a capitalised kind word opens a name; the kind word met again refers back to it; a hyphened describing word is no name", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Hakerzy zablokowali stronę Ministerstwa Cyfryzacji\n\nStrona Ministerstwa Cyfryzacji była niedostępna po ataku DDoS.", "pl"), ["Ministerstwa Cyfryzacji"]);
  // Named once, in the lead; "het ministerie" is the second mention that makes it the subject.
  assert.deepEqual(victims("Hackers leggen website plat\n\nDe website van het ministerie van Landbouw was dinsdag onbereikbaar na een DDoS-aanval. Volgens het ministerie zijn er geen gegevens gestolen.", "nl"), ["ministerie van Landbouw"]);
  assert.deepEqual(victims("Ransomware survey\n\nTwenty-nine percent said their company was hit by ransomware. Twenty-seven percent paid the ransom to the attackers.", "en"), []);
  const toys = extractReport({ text: "Toy maker breached\n\nHackers stole the voice messages of 200,000 children from Tolvane Toys, a maker of Internet-connected teddy bears. Internet-connected toys are often insecure. Tolvane Toys said it reset all passwords.", lang: "en" });
  assert.deepEqual(toys.victims.filter((o) => o.named !== false).map((o) => o.name), ["Tolvane Toys"]);
});

test("a kind word before a name opens it where the language names so, and describes it where it does not", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((o) => o.named !== false).map((o) => o.name);
  // English: "Retailer Northway" describes Northway, whose name is "Northway Stores".
  assert.deepEqual(victims("Retailer Northway confirms card breach\n\nNorthway Stores has confirmed that hackers planted malware on payment terminals at 120 shops, stealing the card details of 200,000 customers.", "en"), ["Northway Stores"]);
  // German: a name head before one word is the name; before a name of its own it describes.
  assert.deepEqual(victims("Stadtwerke Lindau nach Cyberangriff offline\n\nDie Stadtwerke Lindau sind Opfer eines Cyberangriffs geworden. Die Täter verschlüsselten zahlreiche Server.", "de"), ["Stadtwerke Lindau"]);
  assert.deepEqual(victims("Cyberangriff auf polnisches Krankenhaus\n\nDas Krankenhaus Szpital Miejski w Borku ist Opfer eines Cyberangriffs geworden. Die Täter verschlüsselten die Server des Szpital Miejski w Borku.", "de"), ["Szpital Miejski w Borku"]);
});

test("an elided article is not part of a name, and a number between a name's words is", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("L'ASL 3 Valtellina colpita da ransomware\n\nL'ASL 3 Valtellina è stata colpita da un attacco ransomware. I criminali hanno cifrato i server dell'ASL 3 Valtellina e chiedono un riscatto.", "it"), ["ASL 3 Valtellina"]);
});

test("a name named once with its kind word met again, in genitive or not, is the victim (da, sv)", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Hackere downloadede data fra kommunen\n\nUkendte hackere har downloadet data fra Strandvig Kommunes fileserver, herunder dokumenter med borgernes cpr-numre. Kommunen har meldt sagen til politiet.", "da"), ["Strandvig Kommune"]);
  assert.deepEqual(victims("Hackare laddade ner data från regionen\n\nOkända hackare har laddat ner stora mängder data från Region Ålsjöns servrar. Regionen har polisanmält intrånget.", "sv"), ["Region Ålsjön"]);
});

test("a country right after a name's word belongs to the name, and the name without it is the same organisation", () => {
  const impersonated = (text: string, lang: string) => extractReport({ text, lang }).impersonated.map((o) => o.name);
  assert.deepEqual(impersonated("Falsi SMS a nome di Poste Italiane\n\nLa Polizia Postale segnala falsi SMS a nome di Poste Italiane che chiedono i dati della carta. Poste Italiane ricorda di non cliccare sui link.", "it"), ["Poste Italiane"]);
  const victims = (text: string) => extractReport({ text, lang: "en" }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Hackers hit Tervo Canada\n\nTervo Canada was hit by ransomware on Monday. Tervo said customer data was stolen."), ["Tervo Canada"]);
});

test("named with its kind, once, an organisation is the victim; a kind compound before the name describes it", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Datalek bij energiebedrijf\n\nBij energiebedrijf Stroomwijk zijn de gegevens van ruim 40.000 klanten buitgemaakt door hackers.", "nl"), ["Stroomwijk"]);
  assert.deepEqual(victims("Tietomurto terveyspalveluyrityksessä\n\nTerveyspalveluyritys Medikolme kertoo, että noin 33 000 potilaan tiedot varastettiin tietomurrossa.", "fi"), ["Medikolme"]);
  assert.deepEqual(victims("Datalæk hos forsikringsselskab\n\nForsikringsselskabet Trygvej oplyser, at oplysninger om 1,2 millioner kunder er blevet stjålet ved et hackerangreb.", "da"), ["Trygvej"]);
  assert.deepEqual(victims("Fuite de données\n\nLes données de 10 000 patients de l'hôpital de Saint-Vallier ont été volées lors d'une cyberattaque.", "fr"), ["hôpital de Saint-Vallier"], "named with its kind after an elided article");
});

test("two organisations of one kind named together are two victims, both hit", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.filter((o) => o.named !== false).map((o) => o.name);
  assert.deepEqual(victims("Kommuner ramt gennem it-leverandør\n\nFlere danske kommuner er ramt af et ransomware-angreb mod deres fælles it-leverandør Netdata A/S. Angrebet har lammet lønsystemet i Vejstrup Kommune og Holmby Kommune.", "da"), ["Vejstrup Kommune", "Holmby Kommune"]);
  // One name with "and" in it stays one.
  assert.deepEqual(victims("Procter and Gamble hacked\n\nHackers breached Procter and Gamble and stole customer data, Procter and Gamble said.", "en"), ["Procter and Gamble"]);
});

test("an abbreviation in brackets after a name is that name again, and what is said of it is said of the name", () => {
  const r = extractReport({ lang: "en", text: "Voter files left open\n\nA database of the Pellworth Regional Water Authority (PRWA) was left open on the internet. PRWA was hacked in March, and PRWA said attackers had copied billing records of 40,000 customers." });
  assert.deepEqual(r.victims.map((o) => o.name), ["Pellworth Regional Water Authority"]);
});

test("a name after an attacker or malware word and a naming word is the attacker's or the family's, not a victim", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  const actors = (text: string, lang: string) => extractReport({ text, lang }).actors.map((a) => a.name);
  const en = "A hacker group known as Grey Lantern has leaked files stolen from Marlow Studios. Grey Lantern demanded a ransom from Marlow Studios before the leak. Grey Lantern said more files would follow.";
  assert.deepEqual(victims(en, "en"), ["Marlow Studios"]);
  assert.ok(actors(en, "en").includes("Grey Lantern"), actors(en, "en").join(", "));
  const malware = "The malware, called Quorvex, encrypted 150 servers of a hosting company called Nimbrel. Quorvex spreads through remote desktop. Nimbrel paid a ransom to decrypt its servers.";
  assert.deepEqual(victims(malware, "en"), ["Nimbrel"]);
  const da = "En hackergruppe kaldet Sortsky har angrebet Vestfjord Havn. Sortsky stjal dokumenter fra Vestfjord Havn, og Sortsky kræver løsepenge.";
  assert.deepEqual(victims(da, "da"), ["Vestfjord Havn"]);
  const it = "Un ransomware chiamato Vespero ha colpito l'azienda Ortofrutta Bianchi. Vespero ha cifrato i server di Ortofrutta Bianchi e chiede un riscatto.";
  assert.deepEqual(victims(it, "it"), ["Ortofrutta Bianchi"]);
});

test("a harm cue at one name of a list is said of every name in it; a comma alone makes no list", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name).sort();
  assert.deepEqual(victims("Payment card data was stolen in attacks on Harlow Hotels, Penwick Inns and Bellmoor Suites. The breach lasted three months, Harlow Hotels said.", "en"),
    ["Bellmoor Suites", "Harlow Hotels", "Penwick Inns"]);
  assert.deepEqual(victims("Hackere har ramt Nordvik Energi, Sydhavn Forsyning og Østkyst Vand. Angrebet lammede kundeservice hos alle tre, oplyser Nordvik Energi.", "da"),
    ["Nordvik Energi", "Sydhavn Forsyning", "Østkyst Vand"]);
  // "According to Veltrix, Corran Bank was hit": the source stays out of the list.
  assert.deepEqual(victims("According to Veltrix Analytics, Corran Bank was hit by ransomware on Monday. Corran Bank said customer data was stolen.", "en"), ["Corran Bank"]);
});

test("a nationality, a city and an abbreviation of the trade are not organisations, nor a family named after a malware word", () => {
  const victims = (text: string) => extractReport({ text, lang: "en" }).victims.map((o) => o.name);
  assert.deepEqual(victims("Marlow Dental said the French investigation of the attack on its clinics was targeted at Quorvex. The information-stealing malware Quorvex was used against Marlow Dental. Quorvex stole patient records from Marlow Dental."), ["Marlow Dental"]);
  assert.deepEqual(victims("A ticket website that operates out of Bangalore was hacked on Tuesday. Bangalore police said the Trevana Tickets database was stolen; Trevana Tickets confirmed the breach."), ["Trevana Tickets"]);
  assert.deepEqual(victims("Attackers stole PII of 4,000 patients in a breach at Holbrook Clinic. The PII was sold online, Holbrook Clinic said."), ["Holbrook Clinic"]);
  assert.deepEqual(victims("Hackers breached the Chittagong Port Authority last week, Bangladeshi officials said. Bangladeshi investigators were hit by the same group."), ["Chittagong Port Authority"]);
});

test("a kind word closing a title-cased name is part of it (en)", () => {
  const r = extractReport({ lang: "en", text: "The ransomware disrupted the Westmoor Health Service and the Dunmore Postal Service on Friday. The Westmoor Health Service said patient records were encrypted." });
  assert.deepEqual(r.victims.map((o) => o.name).sort(), ["Dunmore Postal Service", "Westmoor Health Service"]);
});

test("what a name owns, in lower-case words, may stand between it and the harm: the owner was hit (en)", () => {
  const victims = (text: string) => extractReport({ lang: "en", text }).victims.map((o) => o.name);
  assert.deepEqual(victims("Utility hit\n\nThe Pellham Water Authority's internal billing system, including servers and office computers, was hit by ransomware on Monday."), ["Pellham Water Authority"]);
  // Another noun phrase, opened by a determiner, is what the harm is said of.
  assert.ok(!victims("Kestrel Books was hacked. According to Marden's letter, the breach was discovered in January.").includes("Marden"));
});

test("a name opened by its kind word and cut short in a headline is the full name in the text (es, pl)", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  assert.deepEqual(victims("El Ayuntamiento de Villanueva sufre un ciberataque\n\nEl Ayuntamiento de Villanueva del Río ha sido víctima de un ataque de ransomware que ha cifrado los servidores municipales.", "es"),
    ["Ayuntamiento de Villanueva del Río"]);
  // The headline's last name does not swallow the kind word opening the text's first line.
  assert.deepEqual(victims("Atak ransomware na szpital w Nowym Targu\n\nSzpital Powiatowy w Nowym Targu padł ofiarą ataku ransomware. Hakerzy zaszyfrowali systemy informatyczne placówki.", "pl"),
    ["Szpital Powiatowy w Nowym Targu"]);
});

test("a person called by the surname or given an age is no organisation; a company shortened to its first word is one", () => {
  const victims = (text: string, lang?: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  // The insider is a person, called by the surname after the full name; the board is the victim.
  assert.deepEqual(victims("Former worker stole files of Dunmore School Board\n\nA former contractor of Dunmore School Board, Marla Quist, stole personal data of 70,000 students in a data breach, police said. Quist was arrested on Thursday. Police said Quist had deleted files from the Dunmore School Board database."),
    ["Dunmore School Board"]);
  assert.deepEqual(victims("Dataangrep mot Fjordby kommune\n\nFjordby kommune ble rammet av et dataangrep, og hackeren stjal persondata om 3000 innbyggere. Ove Brekka (19) er siktet for angrepet, opplyser politiet.", "no"), ["Fjordby kommune"]);
  // "Cathay" is the airline again, and "Once Harlow pays" opens a clause, not a name.
  assert.deepEqual(victims("Hackers breach Harlow Pacific Airways\n\nHackers breached the systems of Harlow Pacific Airways and demanded a ransom. Harlow said passenger data was stolen. Once Harlow pays, the attackers say, the data will be deleted."),
    ["Harlow Pacific Airways"]);
});

test("the word for a website before its owner is no part of the owner's name", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  assert.deepEqual(victims("DDoS-Angriff auf Website der Stadt Lindau\n\nDie Website der Stadt Lindau war am Dienstag nach einem DDoS-Angriff stundenlang nicht erreichbar. Zu dem Angriff bekannte sich eine prorussische Hackergruppe.", "de"), ["Stadt Lindau"]);
});

test("a day word opening the sentence is no part of the name after it", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  assert.deepEqual(victims("Atak na szpital\n\nWczoraj Szpital Powiatowy w Nowym Targu padł ofiarą ataku ransomware. Przestępcy zaszyfrowali serwery.", "pl"), ["Szpital Powiatowy w Nowym Targu"]);
  assert.deepEqual(victims("Attacco hacker\n\nIeri Comune di Bergamo è stato colpito da un attacco ransomware. I server sono stati cifrati.", "it"), ["Comune di Bergamo"]);
  assert.deepEqual(victims("Ciberataque\n\nAyer Ayuntamiento de Villalba sufrió un ataque de ransomware. Los servidores fueron cifrados.", "es"), ["Ayuntamiento de Villalba"]);
});

test("German word order: a name before a cue word stays whole, and a name inside the verb's cue is hit", () => {
  const r = (text: string) => extractReport({ text, lang: "de" });
  const lindau = r("Gestern wurden die Stadtwerke Lindau Opfer eines Hackerangriffs. Die Täter verschlüsselten Server.");
  assert.deepEqual(lindau.victims.map((v) => v.name), ["Stadtwerke Lindau"]);
  const klinikum = r("Am Montag wurde das Klinikum Ingolstadt Ziel eines Cyberangriffs.");
  assert.deepEqual(klinikum.victims.map((v) => v.name), ["Klinikum Ingolstadt"]);
  assert.ok(klinikum.victims[0]!.reasons?.includes("org.victim.harm-cue"), JSON.stringify(klinikum.victims[0]!.reasons));
  assert.equal(klinikum.isIncident, true);
});

test("capitalised kind words alone name nobody: German plural nouns are no organisation", () => {
  const r = extractReport({ text: "BSI-Lagebericht: Zahl der Ransomware-Angriffe steigt\n\nDas BSI zählte im vergangenen Jahr deutlich mehr Ransomware-Angriffe auf Kommunen und Krankenhäuser. Das BSI rät zu Backups.", lang: "de" });
  assert.deepEqual(r.victims.filter((v) => v.named !== false).map((v) => v.name), []);
  // A kind word that opens a name still does.
  const s = extractReport({ text: "Die Stadtwerke Lindau wurden Opfer eines Hackerangriffs.", lang: "de" });
  assert.deepEqual(s.victims.map((v) => v.name), ["Stadtwerke Lindau"]);
});

test("a supplier hit is a sign of an incident, and a supplier's kind word opens no victim's name", () => {
  const sv = extractReport({ text: "Tietoevry utsatt för ransomware\n\nIT-leverantören Tietoevry drabbades av en ransomwareattack som slog ut tjänster för flera kunder.", lang: "sv" });
  assert.deepEqual(sv.thirdParties.map((t) => t.name), ["Tietoevry"]);
  assert.equal(sv.isIncident, true);
  const fr = extractReport({ text: "Fuite de données chez un prestataire de la Caisse Mutuelle\n\nLes données de 40 000 adhérents de la Caisse Mutuelle ont été dérobées via le compte d'un prestataire. La Caisse Mutuelle a porté plainte.", lang: "fr" });
  assert.ok(!fr.victims.some((v) => /prestataire/i.test(v.name)), JSON.stringify(fr.victims.map((v) => v.name)));
});

test("a one-word name opening its sentence with a harm cue right after is the victim, and a final -s before a verb is no genitive (da, no)", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  // The headline's only name opens it; "ramt af" says it was hit.
  assert.deepEqual(victims("Kraneas ramt af cyberangreb", "da"), ["Kraneas"]);
  // "Kraneas har" is the name and its verb, not "Kranea's" something; the kind compound before the name describes it.
  assert.deepEqual(victims("Kraneas ramt af cyberangreb\nMaskinproducenten Kraneas har været udsat for et cyberangreb, der har påvirket selskabets it-systemer.", "da"), ["Kraneas"]);
  assert.deepEqual(victims("Vindola har vært utsatt for et dataangrep. Vindola har stengt flere systemer.", "no"), ["Vindola"]);
  // The genitive before a noun still goes: "Roskilde Kommunes servere" is the municipality's.
  assert.deepEqual(victims("Et hackerangreb har lammet Bølstrup Kommunes servere. Bølstrup Kommune har anmeldt angrebet til politiet.", "da"), ["Bølstrup Kommune"]);
  // A compound ending in a kind word takes the genitive after a consonant too, and the kind word met
  // again ("ministeriets") is the same ministry, not a second victim.
  assert.deepEqual(victims("Hackere lammede ministeriets hjemmeside\nFiskeriministeriets hjemmeside var nede i flere timer efter et DDoS-angreb. Ifølge ministeriet er der ikke stjålet data.", "da"), ["Fiskeriministeriet"]);
  assert.deepEqual(victims("Hackare slog ut departementets webbplats\nFiskedepartementets webbplats låg nere i flera timmar efter en DDoS-attack.", "sv"), ["Fiskedepartementet"]);
});

test("a country word opens a name when one uncommon capitalised word follows, not in a title-case headline", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  assert.deepEqual(victims("British Coastways said hackers stole the payment data of 38,000 customers.", "en"), ["British Coastways"]);
  assert.deepEqual(victims("Danske Kredit er ramt af et hackerangreb.", "da"), ["Danske Kredit"]);
  assert.deepEqual(victims("Le ransomware a frappé France Lumière, qui a porté plainte.", "fr"), ["France Lumière"]);
  const headline = victims("Germany Hit By Wave Of Ransomware Attacks\n\nThe hospital Klinikum Erlental was hit by ransomware this week.", "en");
  assert.ok(!headline.some((n) => /Germany/.test(n)), headline.join("; "));
});

test("in a title-case headline a run of capitals is a name only as far as the body names it", () => {
  const victims = (text: string) => extractReport({ text, lang: "en" }).victims.filter((v) => v.named !== false).map((v) => v.name);
  assert.deepEqual(victims("Hackers Steal Data Of 2 Million Customers From Acme Bank\n\nAcme Bank said on Monday that hackers stole the names and account numbers of about 2 million customers."), ["Acme Bank"]);
  assert.deepEqual(victims("Data Breach At Harbor Health Exposes Patient Records\n\nHarbor Health said an unauthorized party accessed patient records between March 1 and March 9."), ["Harbor Health"]);
  assert.deepEqual(victims("Ransomware Attack Cripples Northfield Academy\n\nNorthfield Academy closed on Tuesday after a ransomware attack encrypted its servers."), ["Northfield Academy"]);
  // A headline in sentence case keeps its names as written.
  assert.deepEqual(victims("Ransomware attack cripples Northfield Academy\n\nThe school closed on Tuesday after the attack encrypted its servers."), ["Northfield Academy"]);
});

test("a name that closes its sentence as the one who says so is not hit by the clause before it", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((v) => v.name);
  assert.deepEqual(victims("Ransomware wave\n\nSeveral German hospitals were hit by ransomware this week, the BSI said.", "en"), ["Several German hospitals"]);
  // The one hit stays hit when it speaks for itself.
  assert.deepEqual(victims("Breach\n\nHarbor Health was hacked last week, Harbor Health said.", "en"), ["Harbor Health"]);
});

test("a provider in apposition is what the organisation is: hit, with no customer of it hit, it is the victim", () => {
  const r = extractReport({ text: "Ransomware hits Larkfield Water\n\nLarkfield Water, a water provider serving 90,000 homes in Kent, said on Monday that a ransomware attack had disrupted its billing systems. It has notified the police.", lang: "en" });
  assert.deepEqual(r.victims.map((o) => o.name), ["Larkfield Water"]);
  assert.deepEqual(r.thirdParties.map((o) => o.name), []);
  // The supplier through which customers were hit stays the third party.
  const s = extractReport({ text: "Hackers breached Corvane Systems, an IT services provider, and used its remote tools to encrypt the servers of Halden Bank. Halden Bank said customer data was stolen.", lang: "en" });
  assert.ok(s.thirdParties.some((o) => o.name === "Corvane Systems"), s.thirdParties.map((o) => o.name).join(", "));
  assert.ok(s.victims.some((o) => o.name === "Halden Bank"), s.victims.map((o) => o.name).join(", "));
});

test("users named after a brand are the ones aimed at: the brand is no victim", () => {
  const r = extractReport({ text: "New phishing kit targets Microsoft 365 users\n\nResearchers found a phishing kit that targets Microsoft 365 users with fake login pages. The kit steals passwords and session cookies.", lang: "en" });
  assert.deepEqual(r.victims.map((o) => o.name), []);
  const h = extractReport({ text: "Ransomware hit Kestrel Books last week. The attack encrypted the servers of Kestrel Books and stole customer data.", lang: "en" });
  assert.deepEqual(h.victims.map((o) => o.name), ["Kestrel Books"]);
});

test("a name set off after another by a preposition is where the other is, not a second victim", () => {
  const pt = extractReport({ text: "Hospital alvo de ataque\n\nO Hospital Santa Luzia, em Valongo, foi alvo de um ataque de ransomware na madrugada de sábado. Os sistemas ficaram paralisados.", lang: "pt" });
  assert.deepEqual(pt.victims.map((o) => o.name), ["Hospital Santa Luzia"]);
  const en = extractReport({ text: "Ransomware at clinic\n\nBrookside Clinic, in Dayton, was hit by ransomware on Sunday. Its systems were encrypted.", lang: "en" });
  assert.deepEqual(en.victims.map((o) => o.name), ["Brookside Clinic"]);
});

test("where names decline, the same words in other forms name one organisation", () => {
  // The head's forms are the pack's; the adjective's ("Moravskou", "Moravské") are told by their shared letters.
  const r = extractReport({ text: "Podvodníci se vydávají za Moravskou spořitelnu\n\nPolicie varuje před podvodníky, kteří se po telefonu vydávají za pracovníky Moravské spořitelny a žádají přihlašovací údaje.", lang: "cs" });
  assert.equal(r.impersonated.length, 1, r.impersonated.map((o) => o.name).join(", "));
  assert.deepEqual(r.impersonated[0]!.evidence.map((e) => e.text), ["Moravskou spořitelnu", "Moravské spořitelny"]);
  // Different names that share a word stay apart.
  const e = extractReport({ text: "Hackers breached Northwind Bank and Eastwind Bank last week, stealing customer data from both.", lang: "en" });
  assert.equal(e.victims.length, 2, e.victims.map((o) => o.name).join(", "));
});

test("a common acronym that a name's head follows opens the name: 'OTP Bank' is a bank, an OTP alone a one-time password", () => {
  const r = extractReport({ text: "Az OTP Bank nevében küldött hamis e-mailekre figyelmeztet a rendőrség. A levelek egy hamis oldalra vezetnek, ahol a csalók a kártyaadatokat kérik.", lang: "hu" });
  assert.deepEqual(r.impersonated.map((o) => o.name), ["OTP Bank"]);
  const otp = extractReport({ text: "Fake SMS messages ask Harrow Bank customers for their OTP. Harrow Bank said it never asks for an OTP by text.", lang: "en" });
  assert.ok(!otp.impersonated.concat(otp.victims).some((o) => /^OTP/.test(o.name)), otp.impersonated.concat(otp.victims).map((o) => o.name).join(", "));
});

test("a name in quotes after a legal form or a kind word is the name whole, lower-case words and all", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => o.name);
  // Where company names are set in quotes they keep their own form ("logistika"), and the quoted name met again is the same one.
  assert.deepEqual(victims("Společnost „Severní přístav logistika“ potvrdila, že hackeři ukradli data 2 000 zákazníků. Zástupce „Severní přístav logistika“ řekl, že útok byl odhalen minulý týden.", "cs"), ["Severní přístav logistika"]);
  assert.deepEqual(victims("Spółka „Północny port logistyka” potwierdziła, że hakerzy ukradli dane 2 000 klientów.", "pl"), ["Północny port logistyka"]);
  // A quotation is no name: too many words, or a comma within.
  assert.deepEqual(victims("Firma „Ta zpráva je podvod, nic neplaťte“ se objevila v e-mailech. Hackeři napadli společnost Severoport.", "cs"), ["Severoport"]);
});

test("a harm cue reaches a name across the kind word it follows", () => {
  const victims = (text: string, lang: string) => extractReport({ text, lang }).victims.map((o) => `${o.name}${o.named === false ? " (described)" : ""}`);
  // The kind word describes the name after it: one victim, named.
  assert.deepEqual(victims("Hackeři napadli společnost Severoport a ukradli data.", "cs"), ["Severoport"]);
  assert.deepEqual(victims("Hakerzy zaatakowali spółkę „Północny Port” i ukradli dane.", "pl"), ["Północny Port"]);
});

test("a quoted name before its legal form, or after a cue for a brand pretended to be, is the name whole", () => {
  const r = extractReport({ text: "„Черноморско Застраховане“ АД потвърди, че хакери са откраднали данните на клиенти. „Черноморско Застраховане“ уведоми полицията.", lang: "bg" });
  assert.deepEqual(r.victims.map((o) => o.name), ["„Черноморско Застраховане“ АД"]);
  const p = extractReport({ text: "Полицията предупреждава за фалшиви SMS съобщения, в които измамници се представят за „Български пощи“. Не кликвайте върху линка.", lang: "bg" });
  assert.deepEqual(p.impersonated.map((o) => o.name), ["Български пощи"]);
});

test("a country inside a company's name before its legal form is the name's, at a sentence's start too", () => {
  const r = extractReport({ text: "Northport Logistics Malta Ltd said hackers stole the names and e-mail addresses of 12,000 customers.", lang: "en" });
  assert.deepEqual(r.victims.map((o) => o.name), ["Northport Logistics Malta Ltd"]);
});
