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
