import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

test("the country of a server named in the text is not the victims' country", () => {
  const r = extractReport({
    text: "Ransomware attack on Danish municipality\n\nHackers attacked the Danish municipality Skovby Kommune with ransomware on 3 March 2025 and encrypted its servers. The attack came from the address 185.220.101.45, which is located in the Netherlands.",
  });
  const countries = r.countries.map((c) => c.value);
  assert.ok(countries.includes("DK"), countries.join(", "));
  assert.ok(!countries.includes("NL"), countries.join(", "));
});

test("the authority informed and the bank one is told to call are not the victim's sector", () => {
  const r = extractReport({
    text: "Card data skimmed at Acme Retail\n\nThe online retailer Acme Retail said criminals skimmed payment card data from its online checkout. Acme Retail has informed the police. Customers should contact their bank if they see unknown payments.",
    lang: "en",
  });
  assert.deepEqual(r.sectors.map((s) => s.value), ["retail"]);
  assert.deepEqual(r.data.compromised.map((d) => d.value), ["payment"]);
});
