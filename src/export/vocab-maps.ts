// Our closed vocabularies mapped onto the exchange formats' own: STIX industry sectors, VERIS
// NAICS codes, data varieties and actions, country names.
import type { DataCategory, IncidentType, Sector } from "../model/vocab.ts";

/** STIX 2.1 industry-sector-ov. */
export const STIX_SECTORS: Record<Sector, string | undefined> = {
  government: "government", healthcare: "healthcare", finance: "financial-services", education: "education", retail: "retail",
  transport: "transportation", energy: "energy", telecom: "telecommunications", technology: "technology", media: "communications",
  manufacturing: "manufacturing", entertainment: "entertainment", professional_services: "commercial",
  public_services: "government-public-services", other: undefined,
};

/** VERIS victim.industry: two- or three-digit NAICS codes. */
export const NAICS: Record<Sector, string> = {
  government: "92", healthcare: "62", finance: "52", education: "61", retail: "44", transport: "48", energy: "22", telecom: "517",
  technology: "5415", media: "51", manufacturing: "31", entertainment: "71", professional_services: "54", public_services: "92", other: "000",
};

/** VERIS attribute.confidentiality.data[].variety. */
export const VERIS_DATA: Record<DataCategory, string> = {
  name: "Personal", address: "Personal", email: "Personal", phone: "Personal", national_id: "Personal", date_of_birth: "Personal",
  bank_account: "Bank", payment: "Payment", credentials: "Credentials", health: "Medical", financial: "Bank",
  support_records: "Internal", location: "Personal", biometric: "Sensitive Personal", personal_data: "Personal", other: "Other",
};

/** VERIS actions per incident type: [action category, variety, vector]. */
export const VERIS_ACTIONS: Partial<Record<IncidentType, [string, string, string]>> = {
  phishing: ["social", "Phishing", "Email"],
  scam: ["social", "Pretexting", "Unknown"],
  ransomware: ["malware", "Ransomware", "Unknown"],
  malware: ["malware", "Unknown", "Unknown"],
  ddos: ["hacking", "DoS", "Web application"],
  account_compromise: ["hacking", "Use of stolen creds", "Unknown"],
  vulnerability_exploitation: ["hacking", "Exploit vuln", "Unknown"],
  supply_chain: ["hacking", "Unknown", "Partner"],
  insider: ["misuse", "Privilege abuse", "Unknown"],
  misconfiguration: ["error", "Misconfiguration", "Unknown"],
  defacement: ["hacking", "Unknown", "Web application"],
  espionage: ["hacking", "Unknown", "Unknown"],
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(cc: string): string {
  try { return regionNames.of(cc.toUpperCase()) ?? cc; } catch { return cc; }
}
