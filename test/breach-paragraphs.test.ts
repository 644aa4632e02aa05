// One breach notice per pack language, all telling the same story: a logistics company, named with
// its legal form, lost 12,000 customers' names, e-mail addresses and phone numbers, not their
// payment data, told the data protection authority and reset the passwords. Same story, same record.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { PACK_CODES } from "../src/lang/registry.ts";
import { extractReport } from "../src/pipeline/extract-report.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures/breach");
const COMPANY: Record<string, string> = {
  da: "Nordhavn Logistik A/S", no: "Nordhavn Logistikk AS", sv: "Nordhamn Logistik AB", de: "Nordhafen Logistik GmbH",
  en: "Northport Logistics Ltd", nl: "Noordhaven Logistiek B.V.", fr: "Port-Nord Logistique SAS", es: "Puerto Norte Logística S.L.",
  it: "Porto Nord Logistica S.p.A.", pl: "Nordport Logistyka sp. z o.o.", fi: "Pohjoissataman Logistiikka Oy", pt: "Porto Norte Logística, Lda.", ro: "Portul Nord Logistică S.R.L.", cs: "Severoport Logistika s.r.o.", hu: "Északi Kikötő Logisztika Kft.", hr: "Sjeverna Luka Logistika d.o.o.", sl: "Severno Pristanišče Logistika d.o.o.", el: "Βόρειο Λιμάνι Logistics Α.Ε.", is: "Norðurhöfn Flutningar ehf.", et: "Põhjasadama Logistika OÜ", lt: "UAB „Šiaurės uosto logistika“", lv: "SIA „Ziemeļostas loģistika”", bg: "„Северно пристанище Логистика“ ЕООД", mt: "Northport Logistics Malta Ltd", ga: "Calafort Thuaidh Lóistíocht Teo.", sk: "Severný Prístav Logistika s.r.o.",
};

for (const lang of PACK_CODES) {
  test(`${lang}: the breach notice names the company in full, the count, what was and was not taken, and the response`, () => {
    const r = extractReport({ text: readFileSync(join(dir, `${lang}.txt`), "utf8"), published: "2026-11-24" }, { now: new Date("2026-12-01") });
    assert.equal(r.lang, lang);
    assert.equal(r.isIncident, true);
    assert.ok(r.types.some((t) => t.value === "data_breach"));
    // Named once, with its legal form.
    assert.deepEqual(r.victims.filter((v) => v.named !== false).map((v) => v.name), [COMPANY[lang]]);
    assert.deepEqual(r.affected && [r.affected.count, r.affected.unit], [12000, "customers"]);
    const taken: string[] = r.data.compromised.map((d) => d.value);
    for (const c of ["name", "email", "phone"]) assert.ok(taken.includes(c), `${c} not in ${taken.join(", ")}`);
    const safe = r.data.notCompromised.map((d) => d.value);
    assert.ok(safe.some((c) => c === "payment" || c === "bank_account"), safe.join(", "));
    const response: string[] = r.response.map((x) => x.value);
    for (const a of ["notified_dpa", "reset_credentials"]) assert.ok(response.includes(a), `${a} not in ${response.join(", ")}`);
  });
}
