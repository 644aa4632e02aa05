import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";
import { allMatches, DOMAIN_PATTERN, domainMatches, EMAIL_PATTERN, emailMatches } from "./indicators.ts";

const ind = (text: string, lang = "en") => extractReport({ text, lang }).indicators.map((i) => `${i.type}:${i.value}${i.partial ? ":partial" : ""}${i.defanged ? ":defanged" : ""}`);

test("defanged forms are refanged and flagged", () => {
  const got = ind("The payload came from hxxps://evil[.]example[.]com/a.exe, and mail from bad[at]phish[dot]com. C2 at 185[.]220[.]101[.]4.");
  assert.ok(got.includes("url:https://evil.example.com/a.exe:defanged"), got.join(" "));
  assert.ok(got.includes("email:bad@phish.com:defanged"), got.join(" "));
  assert.ok(got.includes("ipv4:185.220.101.4:defanged"), got.join(" "));
});

test("redacted indicators are kept as partial", () => {
  const got = ind("Die IP-Adresse lautet 193.3.XX.XX und die Hauptdomain lautet bo........net.", "de");
  assert.ok(got.includes("ipv4:193.3.XX.XX:partial"));
  assert.ok(got.includes("domain:bo........net:partial"));
});

test("file names are not domains, versions are not IPs, CVEs are not phone numbers", () => {
  const got = ind("Open faktura.pdf or run script.ps1. Update to version 10.2.3.4 to fix CVE-2023-4966; call +45 72 10 83 71.", "da");
  assert.ok(!got.some((g) => g.includes("faktura.pdf") || g.includes("script.ps1")), got.join(" "));
  assert.ok(!got.some((g) => g.startsWith("ipv4:")), got.join(" "));
  assert.ok(got.includes("cve:CVE-2023-4966"));
  assert.deepEqual(got.filter((g) => g.startsWith("phone:")), ["phone:+4572108371"]);
});

test("URLs lose trailing punctuation; IDN domains stay whole; hashes and bech32 addresses are found", () => {
  const got = ind("See https://example.org/path). Shop at bücher.de now. SHA256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 and wallet bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.");
  assert.ok(got.includes("url:https://example.org/path"), got.join(" "));
  assert.ok(got.includes("domain:bücher.de"), got.join(" "));
  assert.ok(got.includes("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
  assert.ok(got.includes("btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
});

test("no input backtracks without bound: a 1 MB line of one character or of a.a.a. is read quickly", () => {
  for (const text of ["a".repeat(1 << 20), "a.".repeat(1 << 19), "1.".repeat(1 << 19), "x@".repeat(1 << 19)]) {
    const t0 = performance.now();
    extractReport({ text });
    // Generous bound for a slow CI machine; the bench prints the real figure. Quadratic work would take minutes.
    assert.ok(performance.now() - t0 < 5000, `took ${performance.now() - t0} ms`);
  }
});

test("domains found around separators only are the ones the pattern finds scanning the whole text", () => {
  const pieces = ["evil.example.com", "evil[.]example[.]com", "bad(.)site(dot)org", "evil[dot]example(dot)com", "x{.}co", "mail@corp.example", "_under.score.net",
    "a.b", "Ends here.", "e.g. this", "sub-domain.xn--bcher-kva.ch", "münchen.de", "𝐀𝐁.example.com", "😀.example.com", "(evil.example.com)", "[evil.example.com]",
    "foo.bar.baz.qux.quux.corge.grault.garply.waldo.com", "[dot]", "(.)", "-lead.example.com", "x.y.", "...", "v1.2.3", "a(b.example.org", "x]y.example.net"];
  const seps = [" ", "\n", ", ", "@", "_", "(", ")", "[", "]", "«", "😀", ".", "-", ""];
  for (const text of generatedTexts(pieces, seps, 600, 12, 7)) {
    const whole = [...allMatches(DOMAIN_PATTERN, text)].map((m) => [m.index, m[0]]);
    assert.deepEqual([...domainMatches(text)].map((m) => [m.index, m[0]]), whole, JSON.stringify(text));
  }
});

test("e-mail addresses tried only where the run before an at sign begins are the ones the pattern finds over the whole text", () => {
  const pieces = ["info@corp.example", "a.b+c@sub.example.org", "x[at]evil[.]com", "y(at)bad(dot)net", "z{at}q.example", "w[@]v.example", "@", "@@", "a@b", "a@b.c", "_x@y.example",
    "very.long.local.part.that.goes.on.and.on.and.on.and.on.past.sixty.four.chars@x.example", "ü@münchen.de", "𝐀@𝐁.example.com", "mail@", "@example.com", "x@y.example.com.", "a@b@c.example"];
  const seps = [" ", "\n", ", ", "<", ">", "(", ")", "[", "]", ".", "-", "_", "", "😀"];
  for (const text of generatedTexts(pieces, seps, 800, 10, 5)) {
    assert.deepEqual([...emailMatches(text)].map((m) => [m.index, m[0]]), [...allMatches(EMAIL_PATTERN, text)].map((m) => [m.index, m[0]]), JSON.stringify(text));
  }
});

/** Texts of `words` pieces, each followed by a separator, drawn by a seeded generator so a failure repeats. */
function* generatedTexts(pieces: string[], seps: string[], count: number, words: number, seed: number): Generator<string> {
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let k = 0; k < count; k++) {
    let text = "";
    for (let w = 0; w < words; w++) text += pieces[rand(pieces.length)]! + seps[rand(seps.length)]!;
    yield text;
  }
}
