// The report record: the JSON shape fixed by ../shared/spec/report-format.md. Fields beyond the
// contract (`reason`, `confidence` on findings, `provenance`) are additions the contract allows.
import type {
  ActorKind, Advice, DataCategory, IncidentType, IndicatorRole, IndicatorType, Motive, ResponseAction,
  Sector, ThirdPartyRole, Unit,
} from "./vocab.ts";

/** A span of `report.text`: `text === report.text.slice(start, end)`. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

/** A value with the spans that support it and the ids of the rules that found it. */
export interface Finding<T> {
  value: T;
  evidence: Evidence[];
  reasons?: string[];
}

export interface Org {
  /** The name as written, or for a victim described without a name, the description ("an Indiana hospital"). */
  name: string;
  /** False for a victim described without a name: not an identity to group, watch or export as one. */
  named?: false;
  country: string | null;
  sector: Sector | null;
  evidence: Evidence[];
  reasons?: string[];
}

export interface ThirdParty extends Org {
  role: ThirdPartyRole;
}

export interface Actor {
  kind: ActorKind;
  name: string | null;
  country: string | null;
  motive: Motive | null;
  evidence: Evidence[];
  reasons?: string[];
}

export interface DateFinding {
  value: string;
  end: string | null;
  /** Which part of the month a month-precision value is said to be in ("early March"): its evidence follows the date's. */
  part?: "early" | "late";
  evidence: Evidence[];
  reasons?: string[];
}

export interface Affected {
  count: number;
  unit: Unit;
  approximate: boolean;
  evidence: Evidence[];
  reasons?: string[];
}

export interface Indicator {
  type: IndicatorType;
  value: string;
  role: IndicatorRole;
  defanged: boolean;
  partial: boolean;
  evidence: Evidence[];
  reasons?: string[];
}

export interface ReportRecord {
  id: string;
  source: { uri: string | null; title: string | null; fetchedAt: string | null };
  lang: string;
  text: string;
  isIncident: boolean;
  confidence: number;
  types: Finding<IncidentType>[];
  victims: Org[];
  impersonated: Org[];
  thirdParties: ThirdParty[];
  actors: Actor[];
  countries: Finding<string>[];
  sectors: Finding<Sector>[];
  dates: {
    published: DateFinding | null;
    occurred: DateFinding | null;
    discovered: DateFinding | null;
    disclosed: DateFinding | null;
  };
  affected: Affected | null;
  data: { compromised: Finding<DataCategory>[]; notCompromised: Finding<DataCategory>[] };
  response: Finding<ResponseAction>[];
  advice: Finding<Advice>[];
  indicators: Indicator[];
  mappings: { attack: string[]; veris: string[]; rsit: string[] };
}
