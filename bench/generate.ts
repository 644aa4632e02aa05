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
