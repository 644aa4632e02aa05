import assert from "node:assert/strict";
import { test } from "node:test";
import { extractReport } from "../pipeline/extract-report.ts";

const responses = (text: string, lang: string) => extractReport({ text, lang }).response.map((r) => r.value).sort();

test("restoring from backups is a response; backups named in advice or in a product's bug are not", () => {
  assert.deepEqual(responses("Ransomware hits Norvik Port\n\nNorvik Port was hit by ransomware on Sunday. The port restored its systems from backups within two days.", "en"), ["restored_backups"]);
  assert.deepEqual(responses("Ransomware on the rise\n\nRansomware attacks keep growing. Experts advise companies to keep offline backups and to test them.", "en"), []);
  assert.deepEqual(responses("Kommune ramt af ransomware\n\nKommunen blev ramt af ransomware i weekenden. Data blev hentet fra en sikkerhedskopi, og systemerne kører igen.", "da"), ["restored_backups"]);
  assert.deepEqual(responses("Ransomware nimmt zu\n\nImmer mehr Firmen werden erpresst. Fachleute raten zu regelmäßigen Backups und Sicherungskopien auf getrennten Datenträgern.", "de"), []);
  assert.deepEqual(responses("Attacco ransomware al comune\n\nIl comune è stato colpito da un ransomware. I tecnici hanno ripristinato i servizi dai backup.", "it"), ["restored_backups"]);
});

test("a security firm quoted, a password-reset feature or an isolation feature is no response of a victim", () => {
  assert.deepEqual(responses("Windows flaw found\n\nThe flaw affects Windows 10, said Alex Ionescu, a researcher at CrowdStrike. The password reset function is not affected. The sandbox isolates applications inside virtual machines.", "en"), []);
  assert.deepEqual(responses("Norvik Port breached\n\nNorvik Port was breached last week. It hired CrowdStrike to investigate and isolated the affected servers.", "en"), ["engaged_experts", "isolated_systems"]);
});

test("one report to two authorities is two responses, though their cues start at one word", () => {
  assert.deepEqual(responses("Angrebet er anmeldt til politiet og Datatilsynet, oplyser Vestfjord Havn, som blev ramt af ransomware.", "da"), ["notified_dpa", "notified_police"]);
  assert.deepEqual(responses("Kestrel Books was hit by ransomware. The company reported the attack to the police and the Information Commissioner's Office.", "en"), ["notified_dpa", "notified_police"]);
});
