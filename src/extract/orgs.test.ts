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
