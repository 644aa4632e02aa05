import assert from "node:assert/strict";
import { test } from "node:test";
import { isAllCapitals, isCamelCase, isCapitalised } from "./letter-case.ts";

// The fast tests must answer as the regular expressions they replace, on words of every kind.
const WORDS = ["Roskilde", "roskilde", "IONOS", "PayPal", "iPhone", "eBay", "3M", "1Password", "123", "Øresund", "øresund", "ÆØÅ", "Æbler", "ÅF",
  "McDonald", "A", "a", "AB", "A/S", "S.p.A.", "GmbH", "ŁÓDŹ", "Łódź", "ßtraße", "İstanbul", "Ελλάδα", "ΕΛΛΑΔΑ", "北京", "x-Y", "Ab", "aB", "ABc",
  "Straße", "STRASSE", "ǅemal", "𝐀bc", "a𝐀", "Ⅻ", "٣M", "", "-", "O'Neill", "D'ARCY", "ÉCOLE", "ÉcoLe", "éTé"];

test("capitals, all-capitals and camel case agree with the Unicode regular expressions", () => {
  for (const w of WORDS) {
    assert.equal(isCapitalised(w), /^\p{Lu}/u.test(w) || /^\p{N}+\p{L}/u.test(w), `isCapitalised(${w})`);
    assert.equal(isAllCapitals(w), /\p{Lu}.*\p{Lu}/u.test(w) && w === w.toUpperCase(), `isAllCapitals(${w})`);
    assert.equal(isCamelCase(w), /^\p{L}\p{Ll}+\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w), `isCamelCase(${w})`);
  }
});
