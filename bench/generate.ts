// Generated data for the benches.
import type { Store } from "../src/store/store.ts";

/** Incidents written straight into the tables, in the shape recomputeIncident leaves them. */
export async function generateIncidents(store: Store, n: number) {
  const types = ["ransomware", "data_breach", "phishing", "ddos", "scam", "supply_chain"];
  const countries = ["DK", "DE", "SE", "NO", "IT", "FI", "FR", "ES", "NL", "PL", "GB"];
  const langs = ["da", "de", "sv", "no", "it", "fi", "fr", "es", "nl", "pl", "en"];
  const sectors = ["government", "healthcare", "finance", "retail", "education", "energy", "transport"];
  await store.sql.query(
    `insert into incidents (id, title, record, types, families, countries, sectors, victims, victim_names, langs, first_date, last_date, sort_date, report_count)
     select 'i_' || substr(md5(g::text), 1, 16),
            'Generated incident ' || g || ' at Organisation ' || g,
            jsonb_build_object('id', 'i_' || substr(md5(g::text), 1, 16), 'victims', jsonb_build_array(jsonb_build_object('value', 'Organisation ' || g, 'reports', jsonb_build_array('r_' || g)))),
            array[($1::text[])[1 + g % 6]], array['family'], array[($2::text[])[1 + g % 11]], array[($3::text[])[1 + g % 7]],
            array['organisation ' || g], array['Organisation ' || g], array[($4::text[])[1 + g % 11], 'en'],
            d, d + (g % 5), d + (g % 5), 1 + g % 4
     from generate_series(1, $5::int) g, lateral (select date '2021-01-01' + (g % 1800) as d) dd`,
    [types, countries, sectors, langs, n]);
}

/**
 * Reports written straight into the tables (sources, reports with their per-language tsvector,
 * report_orgs, incidents and links, two reports an incident), in eleven languages, so search can
 * be measured at a scale the ingest bench would take minutes to reach.
 */
export async function generateReports(store: Store, n: number): Promise<void> {
  const templates: [string, string, string][] = [
    ["da", "danish", "{org} ramt af ransomware. Hackere krypterede serverne og stjal navne og adresser på kunder. Kommunen har anmeldt angrebet til politiet."],
    ["de", "german", "Datenleck bei {org}. Die Angreifer stahlen Namen und Adressen von Kunden. Bankdaten sind nicht betroffen. Anzeige bei der Polizei."],
    ["sv", "swedish", "{org} utsatt för dataintrång. Angriparna stal personuppgifter om kunder. Företaget har polisanmält attacken."],
    ["no", "norwegian", "{org} rammet av løsepengevirus. Angriperne krypterte systemene og stjal data om kunder. Politiet er varslet."],
    ["it", "italian", "Attacco hacker a {org}: rubati i dati di migliaia di clienti. L'azienda ha denunciato l'attacco alla polizia postale."],
    ["en", "english", "{org} discloses data breach after attackers accessed its systems and stole names and email addresses of customers."],
    ["fr", "french", "{org} victime d'un rançongiciel. Les pirates ont chiffré les serveurs et volé les données des clients."],
    ["es", "spanish", "{org} sufre un ciberataque. Los atacantes robaron datos personales de clientes y la empresa lo denunció a la policía."],
    ["nl", "dutch", "{org} getroffen door ransomware. Hackers versleutelden de servers en stalen gegevens van klanten."],
    ["fi", "finnish", "{org} joutui kiristyshaittaohjelmahyökkäyksen kohteeksi. Hyökkääjät varastivat asiakkaiden tietoja."],
    ["pl", "simple", "{org} padł ofiarą ataku ransomware. Hakerzy ukradli dane klientów."],
  ];
  const stems = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Hazel", "Ivy", "Juniper", "Larch", "Maple", "Oak", "Pine", "Rowan", "Spruce", "Willow"];
  const kinds = ["Logistik A/S", "Kommune", "Energie GmbH", "Sjukhus AB", "Banca S.p.A.", "Clinic Ltd", "Oy", "B.V."];
  const types = ["ransomware", "data_breach", "phishing", "ddos"];
  const batch = 5000;
  for (let from = 1; from <= n; from += batch) {
    const to = Math.min(n, from + batch - 1);
    await store.sql.transaction(async (tx) => {
      await tx.query(
        `with g as (
           select i, ($3::text[])[1 + i % 11] as lang, ($4::text[])[1 + i % 11]::regconfig as cfg, ($5::text[])[1 + i % 11] as tpl,
                  ($6::text[])[1 + (i / 16) % 16] || (i / 256) || ' ' || ($7::text[])[1 + i % 8] as org
           from generate_series($1::int, $2::int) i),
         s as (insert into sources (uri, kind) select 'https://bench.example/r/' || i, 'text' from g returning id, uri)
         insert into reports (id, source_id, uri, content_hash, lang, title, published, event_date, is_incident, types, ts_config, tsv, record)
         select 'r_' || substr(md5(g.i::text), 1, 16), s.id, s.uri, md5(g.i::text), g.lang, g.org, null,
                date '2021-01-01' + (g.i % 1800), true, array[($8::text[])[1 + g.i % 4]], g.cfg,
                to_tsvector(g.cfg, g.org || ' ' || replace(g.tpl, '{org}', g.org)), '{}'::jsonb
         from g join s on s.uri = 'https://bench.example/r/' || g.i`,
        [from, to, templates.map((t) => t[0]), templates.map((t) => t[1]), templates.map((t) => t[2]), stems, kinds, types]);
      await tx.query(
        `insert into report_orgs (report_id, role, name, norm)
         select 'r_' || substr(md5(i::text), 1, 16), 'victim', o, lower(o)
         from (select i, ($3::text[])[1 + (i / 16) % 16] || (i / 256) || ' ' || ($4::text[])[1 + i % 8] as o from generate_series($1::int, $2::int) i) x`,
        [from, to, stems, kinds]);
      await tx.query(
        `insert into incidents (id, title, record, types, victims, victim_names, langs, first_date, last_date, sort_date, report_count, updated_at)
         select 'i_' || substr(md5('inc' || (i / 2)::text), 1, 16), 'Incident ' || (i / 2), '{}'::jsonb, array[($3::text[])[1 + i % 4]], '{}', '{}', '{}',
                date '2021-01-01' + (i % 1800), date '2021-01-01' + (i % 1800), date '2021-01-01' + (i % 1800), 2, now()
         from generate_series($1::int, $2::int) i where i % 2 = 0 on conflict do nothing`, [from, to, types]);
      await tx.query(
        `insert into incident_reports (report_id, incident_id, reason)
         select 'r_' || substr(md5(i::text), 1, 16), 'i_' || substr(md5('inc' || (i / 2)::text), 1, 16), '{"rule":"generated"}'
         from generate_series($1::int, $2::int) i where exists (select 1 from incidents where id = 'i_' || substr(md5('inc' || (i / 2)::text), 1, 16))`, [from, to]);
    });
  }
}

const SENTENCES: Record<string, string[]> = {
  da: ["Roskilde Kommune blev natten til mandag ramt af et ransomware-angreb.", "Kriminelle hackere krypterede filer på kommunens servere.", "Kommunen har anmeldt angrebet til politiet og orienteret Datatilsynet.", "Ifølge kommunen kan navne og adresser på omkring 3.000 borgere være stjålet.", "Der er ikke stjålet cpr-numre eller betalingsoplysninger.", "Borgerne opfordres til at være opmærksomme på mistænkelige mails fra kundeservice@roskilde-kommune.dk."],
  de: ["Derzeit kursieren gefälschte E-Mails, die vorgeben, von der Schnellpaket GmbH zu stammen.", "Der Link hxxps://schnellpaket-zoll[.]com/bezahlen führt zu einer Phishing-Seite.", "Die russischen Hacker erbeuteten Namen und Anschriften von über 500.000 Kunden.", "Bankdaten sind nach Angaben des Unternehmens nicht betroffen.", "Klicken Sie nicht auf den Link und löschen Sie die E-Mail.", "Am 6. Oktober 2023 wurde der Server verschlüsselt."],
  en: ["Northfield Clinic said on Tuesday that an unauthorized third party accessed its patient portal between 2 May and 19 May 2025.", "The attackers stole names, dates of birth and medical records of about 48,000 patients.", "No payment card data was accessed, the company said in a statement to Reuters.", "The clinic took the portal offline, notified the FBI and hired forensic experts.", "Researchers linked the IP address 185.220.101.4 and CVE-2023-4966 to the campaign.", "Affected patients are advised to monitor their accounts and change their passwords."],
  it: ["Un dipendente aveva rubato i dati di ben 68 mila clienti e li aveva venduti ai truffatori.", "Tra i dati rubati, contenenti nomi e indirizzi e-mail, non vi fossero informazioni relative ai pagamenti.", "All'inizio di agosto 2019 l'azienda era venuta a conoscenza delle telefonate truffaldine.", "Il portavoce ha dichiarato che tutti i clienti interessati sono già stati contattati.", "Gli utenti devono segnalare immediatamente l'incidente al supporto."],
  sv: ["Natten mellan fredag och lördag den 6-7 oktober upptäckte företaget ett dataintrång.", "Kriminella hackare planterade ett datavirus som krypterade filer på våra servrar.", "Personuppgifter i form av namn, adresser och personnummer kan ha stulits.", "Vi har upprättat en anmälan till Polisen och Integritetsskyddsmyndigheten.", "Frågor besvaras på 076 306 1243 eller support@exempel.se."],
};

/** Documents of about targetBytes each, drawn from realistic sentences in five languages. */
export function realisticDocs(n: number, targetBytes: number): string[] {
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

