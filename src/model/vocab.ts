// The closed vocabularies of the report record (../shared/spec/report-format.md). Kept as
// const arrays so the contract test can check that every language pack covers each value.

export const INCIDENT_TYPES = [
  "phishing", "ransomware", "malware", "data_breach", "supply_chain", "insider", "scam", "ddos",
  "account_compromise", "vulnerability_exploitation", "espionage", "defacement", "misconfiguration", "other",
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const DATA_CATEGORIES = [
  "name", "address", "email", "phone", "national_id", "date_of_birth", "bank_account", "payment",
  "credentials", "health", "financial", "support_records", "location", "biometric", "personal_data", "other",
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const RESPONSE_ACTIONS = [
  "notified_police", "notified_dpa", "notified_cert", "notified_customers", "isolated_systems",
  "restored_backups", "patched_vulnerability", "engaged_experts", "took_down_infrastructure",
  "disabled_service", "revoked_access", "reset_credentials", "dismissed_employee", "strengthened_security",
] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

export const ADVICE = [
  "delete_message", "do_not_click", "do_not_reply", "verify_sender", "change_passwords",
  "run_antivirus", "monitor_accounts", "report_incident", "be_vigilant",
] as const;
export type Advice = (typeof ADVICE)[number];

export const SECTORS = [
  "government", "healthcare", "finance", "education", "retail", "transport", "energy", "telecom",
  "technology", "media", "manufacturing", "entertainment", "professional_services", "public_services", "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const ACTOR_KINDS = ["external", "internal", "partner", "unknown"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MOTIVES = ["financial", "espionage", "ideology", "grudge"] as const;
export type Motive = (typeof MOTIVES)[number];

export const UNITS = ["people", "customers", "records", "accounts", "organisations"] as const;
export type Unit = (typeof UNITS)[number];

export const INDICATOR_TYPES = ["ipv4", "ipv6", "domain", "url", "email", "sha256", "sha1", "md5", "cve", "phone", "btc"] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const INDICATOR_ROLES = ["malicious", "spoofed_sender", "contact", "reference", "unknown"] as const;
export type IndicatorRole = (typeof INDICATOR_ROLES)[number];

export const THIRD_PARTY_ROLES = ["vendor", "processor", "provider", "buyer", "other"] as const;
export type ThirdPartyRole = (typeof THIRD_PARTY_ROLES)[number];
