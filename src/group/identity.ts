// What makes two reports one incident, declared as data. The grouper reads these rules in
// order; the first rule a candidate incident satisfies is the reason recorded on the link.
import type { IncidentType } from "../model/vocab.ts";

/** Families of types that one event can be reported as: a ransomware attack is often called a breach. */
export type TypeFamily = "intrusion" | "fraud" | "disruption";

export const TYPE_FAMILY: Record<IncidentType, TypeFamily> = {
  ransomware: "intrusion", malware: "intrusion", data_breach: "intrusion", supply_chain: "intrusion",
  insider: "intrusion", account_compromise: "intrusion", vulnerability_exploitation: "intrusion",
  espionage: "intrusion", misconfiguration: "intrusion", defacement: "disruption", ddos: "disruption",
  phishing: "fraud", scam: "fraud", other: "intrusion",
};

export type KeyKind = "victim" | "party" | "indicator" | "brand";

export interface IdentityRule {
  id: string;
  /** The key kind both sides must share. */
  key: KeyKind;
  /** The report and the incident must share a type family (a report without types shares any). */
  sameFamily: boolean;
  /** Only for reports whose family is one of these. */
  families?: TypeFamily[];
  /** Their dates may lie at most this many days apart (unknown dates never block). */
  windowDays: number;
}

export const IDENTITY_RULES: readonly IdentityRule[] = [
  // The same victim hit by the same kind of attack within two months: follow-ups, translations.
  { id: "same-victim-family-window", key: "victim", sameFamily: true, windowDays: 60 },
  // A supplier attack: one report names the supplier as victim, another as its customers' third party.
  { id: "same-party-family-window", key: "party", sameFamily: true, windowDays: 30 },
  // A complete malicious indicator (URL, domain, IP, hash, sender address) seen in both.
  { id: "shared-malicious-indicator", key: "indicator", sameFamily: false, windowDays: 180 },
  // Phishing or scam waves that pretend to be the same brand in the same fortnight.
  { id: "same-impersonated-brand-campaign", key: "brand", sameFamily: true, families: ["fraud"], windowDays: 14 },
];

/**
 * Words too common in organisation names to find candidates by ("kommune", "hospital"): a name is
 * looked up by its other words, and still compared whole. Folded: lower case, no accents.
 */
export const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(`
kommune kommun kommunen municipality city town council county region regione comune gemeente gmina urzad miasto stadt gemeinde
landkreis kunta kaupunki hospital hospitals sjukhus sykehus hospitalet ospedale szpital krankenhaus klinikum clinic klinik clinica
university universitet universitat universita uniwersytet yliopisto school skole skola schule scuola bank banca banco
hotel group gruppe gruppo groupe grupa konsernet logistics logistik logistica energy energie energia services service
systems solutions technologies international holding holdings the and of for
`.split(/\s+/).filter(Boolean));

/** Organisation names folded for identity: case, accents, legal forms and punctuation removed. */
export { normaliseOrgName as normaliseOrg } from "../extract/orgs.ts";
