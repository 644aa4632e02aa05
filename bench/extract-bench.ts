// Prints extraction throughput (docs/s and MB/s on one core), peak RSS, and the time taken on
// pathological lines. Documents are generated from realistic sentences in several languages.
import { extractReport } from "../src/pipeline/extract-report.ts";

const SENTENCES: Record<string, string[]> = {
  da: ["Roskilde Kommune blev natten til mandag ramt af et ransomware-angreb.", "Kriminelle hackere krypterede filer på kommunens servere.", "Kommunen har anmeldt angrebet til politiet og orienteret Datatilsynet.", "Ifølge kommunen kan navne og adresser på omkring 3.000 borgere være stjålet.", "Der er ikke stjålet cpr-numre eller betalingsoplysninger.", "Borgerne opfordres til at være opmærksomme på mistænkelige mails fra kundeservice@roskilde-kommune.dk."],
  de: ["Derzeit kursieren gefälschte E-Mails, die vorgeben, von der Schnellpaket GmbH zu stammen.", "Der Link hxxps://schnellpaket-zoll[.]com/bezahlen führt zu einer Phishing-Seite.", "Die russischen Hacker erbeuteten Namen und Anschriften von über 500.000 Kunden.", "Bankdaten sind nach Angaben des Unternehmens nicht betroffen.", "Klicken Sie nicht auf den Link und löschen Sie die E-Mail.", "Am 6. Oktober 2023 wurde der Server verschlüsselt."],
  en: ["Northfield Clinic said on Tuesday that an unauthorized third party accessed its patient portal between 2 May and 19 May 2025.", "The attackers stole names, dates of birth and medical records of about 48,000 patients.", "No payment card data was accessed, the company said in a statement to Reuters.", "The clinic took the portal offline, notified the FBI and hired forensic experts.", "Researchers linked the IP address 185.220.101.4 and CVE-2023-4966 to the campaign.", "Affected patients are advised to monitor their accounts and change their passwords."],
  it: ["Un dipendente aveva rubato i dati di ben 68 mila clienti e li aveva venduti ai truffatori.", "Tra i dati rubati, contenenti nomi e indirizzi e-mail, non vi fossero informazioni relative ai pagamenti.", "All'inizio di agosto 2019 l'azienda era venuta a conoscenza delle telefonate truffaldine.", "Il portavoce ha dichiarato che tutti i clienti interessati sono già stati contattati.", "Gli utenti devono segnalare immediatamente l'incidente al supporto."],
  sv: ["Natten mellan fredag och lördag den 6-7 oktober upptäckte företaget ett dataintrång.", "Kriminella hackare planterade ett datavirus som krypterade filer på våra servrar.", "Personuppgifter i form av namn, adresser och personnummer kan ha stulits.", "Vi har upprättat en anmälan till Polisen och Integritetsskyddsmyndigheten.", "Frågor besvaras på 076 306 1243 eller support@exempel.se."],
};

function makeDocs(n: number, targetBytes: number): string[] {
  const langs = Object.keys(SENTENCES);
  const docs: string[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const pool = SENTENCES[langs[i % langs.length]!]!;
    let doc = "";
    while (Buffer.byteLength(doc) < targetBytes) doc += pool[Math.floor(rand() * pool.length)]! + (rand() < 0.3 ? "\n\n" : " ");
    docs.push(doc);
  }
  return docs;
}

const docs = makeDocs(1500, 3000);
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
for (const d of docs.slice(0, 50)) extractReport({ text: d }); // warm-up: packs compile, JIT settles
let peak = process.memoryUsage().rss;
const t0 = performance.now();
for (const d of docs) {
  extractReport({ text: d });
  peak = Math.max(peak, process.memoryUsage.rss());
}
const secs = (performance.now() - t0) / 1000;
console.log(`extract: ${docs.length} documents, ${(bytes / docs.length / 1024).toFixed(1)} kB average`);
console.log(`  ${(docs.length / secs).toFixed(0)} docs/s per core, ${(bytes / 1048576 / secs).toFixed(2)} MB/s per core`);
console.log(`  peak RSS ${(peak / 1048576).toFixed(0)} MB`);
for (const [name, text] of [["1 MB of 'a'", "a".repeat(1 << 20)], ["1 MB of 'a.'", "a.".repeat(1 << 19)], ["1 MB of '1.'", "1.".repeat(1 << 19)], ["1 MB of 'x@'", "x@".repeat(1 << 19)]] as const) {
  const t = performance.now();
  extractReport({ text });
  console.log(`  pathological ${name}: ${(performance.now() - t).toFixed(0)} ms`);
}
