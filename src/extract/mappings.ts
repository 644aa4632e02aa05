// Incident types and response actions mapped to MITRE ATT&CK technique ids, VERIS paths and
// the Reference Security Incident Taxonomy (RSIT) classes. Data, not logic.
import type { IncidentType } from "../model/vocab.ts";

export const TYPE_MAPPINGS: Record<IncidentType, { attack: string[]; veris: string[]; rsit: string[] }> = {
  phishing: { attack: ["T1566"], veris: ["action.social.variety.Phishing"], rsit: ["fraud:phishing"] },
  ransomware: { attack: ["T1486"], veris: ["action.malware.variety.Ransomware"], rsit: ["malicious-code:infected-system"] },
  malware: { attack: ["T1204"], veris: ["action.malware.variety.Unknown"], rsit: ["malicious-code:malware-distribution"] },
  data_breach: { attack: ["T1041"], veris: ["attribute.confidentiality.data_disclosure.Yes"], rsit: ["information-content-security:unauthorised-information-access"] },
  supply_chain: { attack: ["T1195"], veris: ["action.hacking.vector.Partner"], rsit: ["intrusions:application-compromise"] },
  insider: { attack: ["T1078"], veris: ["action.misuse.variety.Privilege abuse"], rsit: ["information-content-security:unauthorised-information-access"] },
  scam: { attack: ["T1656"], veris: ["action.social.variety.Pretexting"], rsit: ["fraud:masquerade"] },
  ddos: { attack: ["T1498"], veris: ["action.hacking.variety.DoS"], rsit: ["availability:ddos"] },
  account_compromise: { attack: ["T1078"], veris: ["action.hacking.variety.Use of stolen creds"], rsit: ["intrusions:unprivileged-account-compromise"] },
  vulnerability_exploitation: { attack: ["T1190"], veris: ["action.hacking.variety.Exploit vuln"], rsit: ["intrusion-attempts:exploit"] },
  espionage: { attack: ["T1005"], veris: ["actor.external.motive.Espionage"], rsit: ["information-gathering:sniffing"] },
  defacement: { attack: ["T1491"], veris: ["attribute.integrity.variety.Defacement"], rsit: ["intrusions:application-compromise"] },
  misconfiguration: { attack: [], veris: ["action.error.variety.Misconfiguration"], rsit: ["vulnerable:vulnerable-system"] },
  other: { attack: [], veris: [], rsit: ["other:other"] },
};

export function mapTypes(types: IncidentType[]) {
  const uniq = (xs: string[]) => [...new Set(xs)];
  return {
    attack: uniq(types.flatMap((t) => TYPE_MAPPINGS[t].attack)),
    veris: uniq(types.flatMap((t) => TYPE_MAPPINGS[t].veris)),
    rsit: uniq(types.flatMap((t) => TYPE_MAPPINGS[t].rsit)),
  };
}

/** Names of the ATT&CK techniques the mappings use (enterprise matrix), for exports that need them. */
export const ATTACK_TECHNIQUE_NAMES: Record<string, string> = {
  T1566: "Phishing", T1486: "Data Encrypted for Impact", T1204: "User Execution", T1041: "Exfiltration Over C2 Channel",
  T1195: "Supply Chain Compromise", T1078: "Valid Accounts", T1656: "Impersonation", T1498: "Network Denial of Service",
  T1190: "Exploit Public-Facing Application", T1005: "Data from Local System", T1491: "Defacement",
};
