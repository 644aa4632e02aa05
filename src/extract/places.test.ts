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
