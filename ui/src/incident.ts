// One incident: the merged record, then every report in its own language with its evidence
// marked. Pressing a merged value jumps to the span in the report that said it.
import { api } from "./api.ts";
import { dateRange, exportLinks } from "./common.ts";
import { h, label, langBadge, sourceLink } from "./dom.ts";
import { renderReport, type FieldName, type ReportView } from "./record-view.ts";
import type { IncidentDetail, LinkReason, MergedIncident, Sourced } from "./types.ts";

const RULE_TEXT: Record<string, string> = {
  "first-report": "the first report of this incident",
  "same-victim-family-window": "same victim and kind of incident, within the time window",
  "same-party-family-window": "same organisation as victim or supplier, within the time window",
  "shared-malicious-indicator": "shares a malicious indicator",
  "same-impersonated-brand-campaign": "same impersonated brand in a fraud campaign, within the time window",
  "manual-merge": "merged by an analyst",
  "manual-split": "split out by an analyst",
};

export function reasonText(reason: LinkReason | null): string {
  if (!reason) return "no reason recorded";
  const base = RULE_TEXT[reason.rule] ?? label(reason.rule);
  const shared = reason.shared?.length ? `: ${reason.shared.map((s) => `${s.kind} “${s.value}”`).join(", ")}` : "";
  return `${base}${shared}${reason.note ? ` (${reason.note})` : ""}`;
}

export async function incidentPage(id: string): Promise<HTMLElement> {
  const { incident, reports } = await api.get<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}`);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const views = new Map<string, ReportView>();
  const reportSections = reports.map((r, i) => {
    const heading = h("header", { class: "report-head" },
      h("h3", null, langBadge(r.lang), " ", r.title ?? r.record.source.title ?? r.uri),
      h("p", { class: "report-meta" },
        r.published ? `published ${r.published} · ` : "", sourceLink(r.uri), r.version > 1 ? ` · version ${r.version}` : ""),
      h("p", { class: "reason" }, h("strong", null, "Why here: "), reasonText(r.reason)));
    const view = renderReport(r.record, heading, `report-${i + 1}`);
    views.set(r.id, view);
    return view.element;
  });

  const jump = (field: FieldName, value: string, from: string[]) => {
    for (const rid of from) {
      const view = views.get(rid);
      const item = view?.findItem(field, value);
      if (view && item && view.focusItem(item)) return;
    }
  };
  const sourced = (field: FieldName, title: string, values: Sourced<string>[], show: (v: string) => string = label) => values.length
    ? h("div", { class: "merged-field" }, h("dt", null, title), h("dd", null, h("ul", { class: "chips" }, values.map((v) => h("li", null,
      h("button", { type: "button", class: "chip merged", "data-field": field, "data-value": v.value, onclick: () => jump(field, v.value, v.reports),
        title: `said by ${v.reports.length} report${v.reports.length === 1 ? "" : "s"}` },
        h("span", { class: "chip-value" }, show(v.value)),
        h("span", { class: "chip-langs" }, v.reports.map((rid) => byId.get(rid)?.lang ?? "?").filter((l, i, a) => a.indexOf(l) === i).map((l) => l.toUpperCase()).join(" "))))))))
    : null;

  const m: MergedIncident = incident;
  const dates = (["occurred", "discovered", "disclosed", "published"] as const).flatMap((role) => (m.dates[role] ? [{ ...m.dates[role]!, value: m.dates[role]!.value, role }] : []));
  const merged = h("section", { class: "panel merged", "aria-label": "Merged record" },
    h("h2", null, "What the reports say together"),
    h("dl", { class: "merged-grid" },
      sourced("type", "Types", m.types),
      sourced("victim", "Victims", m.victims, (v) => v),
      // Incidents stored before descriptions were kept have none.
      sourced("victim", "Described, not named", m.describedVictims ?? [], (v) => v),
      sourced("impersonated", "Impersonated", m.impersonated, (v) => v),
      sourced("third party", "Third parties", m.thirdParties, (v) => v),
      sourced("actor", "Actors", m.actors, (v) => v),
      dates.length ? h("div", { class: "merged-field" }, h("dt", null, "Dates"), h("dd", null, h("ul", { class: "chips" }, dates.map((d) =>
        h("li", null, h("button", { type: "button", class: "chip merged", "data-field": "date", onclick: () => jump("date", d.value, d.reports) },
          h("span", { class: "chip-detail" }, d.role), " ", h("span", { class: "chip-value" }, d.value))))))) : null,
      m.affected ? h("div", { class: "merged-field" }, h("dt", null, "Affected"), h("dd", null,
        h("button", { type: "button", class: "chip merged", "data-field": "affected", onclick: () => jump("affected", "", m.affected!.reports) },
          `${m.affected.approximate ? "about " : ""}${m.affected.count.toLocaleString("en")} ${m.affected.unit}`))) : null,
      sourced("data stolen", "Data compromised", m.data.compromised),
      sourced("data not stolen", "Explicitly not compromised", m.data.notCompromised),
      sourced("response", "Response", m.response),
      sourced("advice", "Advice", m.advice),
      sourced("country", "Countries", m.countries, (v) => v),
      sourced("sector", "Sectors", m.sectors),
      m.indicators.length ? sourced("indicator", "Indicators", m.indicators.map((i) => ({ value: i.value, reports: i.reports })), (v) => {
        const i = m.indicators.find((x) => x.value === v)!;
        return `${v} (${i.type}, ${i.role.replace(/_/g, " ")}${i.partial ? ", partial" : ""})`;
      }) : null),
    m.mappings.attack.length || m.mappings.rsit.length ? h("p", { class: "mappings muted" },
      m.mappings.attack.length ? `ATT&CK ${m.mappings.attack.join(", ")}` : null,
      m.mappings.veris.length ? ` · VERIS ${m.mappings.veris.join(", ")}` : null,
      m.mappings.rsit.length ? ` · RSIT ${m.mappings.rsit.join(", ")}` : null) : null);

  return h("div", { class: "incident-page" },
    h("p", { class: "crumbs" }, h("a", { href: "#/incidents" }, "← Incidents")),
    h("h1", { class: "incident-h1" }, m.title),
    h("p", { class: "incident-meta" },
      h("span", { class: "when" }, dateRange(m.firstDate, m.lastDate)), " · ",
      `${reports.length} report${reports.length === 1 ? "" : "s"} in `, m.langs.map((l) => [langBadge(l), " "]),
      m.isIncident ? null : h("span", { class: "badge warn" }, "not read as an incident")),
    merged,
    exportLinks({ id: m.id }, "Export this incident: "),
    h("section", { class: "reports", "aria-label": "Reports" },
      h("h2", null, "Reports"),
      h("p", { class: "muted" }, "Each report in its own language. Press a field to see its evidence marked in the text."),
      reportSections));
}

