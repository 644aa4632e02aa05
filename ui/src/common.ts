// Pieces several pages share: incident cards, facet bars, loading and error states.
import { ApiError } from "./api.ts";
import { h, label, langBadge } from "./dom.ts";
import type { Facet, IncidentSummary } from "./types.ts";

export function dateRange(first: string | null, last: string | null): string {
  if (!first && !last) return "date unknown";
  if (!last || first === last) return first ?? last!;
  return `${first} – ${last}`;
}

export function incidentCard(i: IncidentSummary): HTMLElement {
  return h("li", { class: "incident-card" },
    h("a", { href: `#/incidents/${i.id}`, class: "incident-title" }, i.title),
    h("div", { class: "incident-meta" },
      h("span", { class: "when" }, dateRange(i.firstDate, i.lastDate)),
      i.types.map((t) => h("span", { class: `badge type t-${t}` }, label(t))),
      i.langs.map(langBadge),
      i.countries.map((c) => h("span", { class: "badge country", title: `country ${c}`, "aria-label": `country: ${c}` }, c)),
      h("span", { class: "muted" }, `${i.reportCount} report${i.reportCount === 1 ? "" : "s"}`)),
    i.victims.length ? h("div", { class: "victims" }, "Victim: ", i.victims.join("; ")) : null);
}

export function facetBars(title: string, facets: Facet[], link: (key: string) => string, max = 8): HTMLElement {
  const top = facets.slice(0, max);
  const peak = Math.max(1, ...top.map((f) => f.count));
  return h("section", { class: "panel facet", "aria-label": title },
    h("h3", null, title),
    top.length ? h("ol", { class: "bars" }, top.map((f) => {
      const bar = h("span", { class: "bar" });
      bar.style.width = `${Math.max(4, (100 * f.count) / peak)}%`;
      return h("li", null, h("a", { href: link(f.key) }, h("span", { class: "bar-label" }, label(f.key)), h("span", { class: "bar-track" }, bar), h("span", { class: "bar-count" }, String(f.count))));
    })) : h("p", { class: "muted" }, "Nothing yet."));
}

export const loading = () => h("p", { class: "loading", role: "status" }, "Loading…");

export function errorBox(err: unknown): HTMLElement {
  const e = err instanceof ApiError ? err : null;
  return h("div", { class: "error", role: "alert" }, h("strong", null, e ? `${e.code}: ` : "Error: "), e ? e.message : String((err as Error)?.message ?? err));
}

const FORMATS: [string, string][] = [["stix", "STIX 2.1"], ["misp", "MISP"], ["veris", "VERIS"], ["csv", "CSV"], ["jsonl", "JSONL"]];

/** Download links for the incidents the given filters select, in every export format. */
export function exportLinks(filters: Record<string, string>, lead = "Export these incidents: "): HTMLElement {
  return h("p", { class: "exports" }, lead, FORMATS.map(([f, name], i) => {
    const q = new URLSearchParams({ ...filters, format: f });
    return [i ? " · " : "", h("a", { href: `/api/export?${q}`, download: "", "data-format": f }, name)];
  }), " · ", h("a", { href: "/taxii2/", title: "TAXII 2.1 discovery, for OpenCTI or MISP" }, "TAXII"));
}
