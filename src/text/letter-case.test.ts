import assert from "node:assert/strict";
import { test } from "node:test";
import { isAllCapitals, isCamelCase, isCapitalised, isLetterOrDigitAt, isWhitespaceAt } from "./letter-case.ts";

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

test("the character classes agree with their Unicode properties, surrogate pairs read whole", () => {
  const classes = [[isLetterOrDigitAt, /^[\p{L}\p{N}]$/u], [isWhitespaceAt, /^\s$/u]] as const;
  for (let c = 0; c < 0x3100; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const [test, re] of classes) assert.equal(test(ch, 0), re.test(ch), `U+${c.toString(16)}`);
  }
  const astral = "a𝐀b"; // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter in two units
  assert.equal(isLetterOrDigitAt(astral, 1), true);
  assert.equal(isLetterOrDigitAt(astral, 2), true);
  assert.equal(isLetterOrDigitAt("x", 5), false, "past the end is no character");
  // Half a pair is no letter, whatever stands next to it.
  assert.equal(isLetterOrDigitAt("x\udc00y", 1), false);
  assert.equal(isLetterOrDigitAt("x\ud835y", 1), false);
  assert.equal(isLetterOrDigitAt("𝐀\udc00", 2), false);
});
