// The dashboard: what is happening, at a glance.
import { api } from "./api.ts";
import { exportLinks, facetBars, incidentCard } from "./common.ts";
import { h, svg, LANGUAGE_NAMES } from "./dom.ts";
import type { Facet, IncidentPage, Stats } from "./types.ts";

export async function dashboardPage(): Promise<HTMLElement> {
  const [stats, latest] = await Promise.all([api.get<Stats>("/api/stats"), api.get<IncidentPage>("/api/incidents", { limit: "8" })]);
  return h("div", { class: "dashboard" },
    h("h1", null, "Dashboard"),
    h("div", { class: "totals" },
      h("div", { class: "total" }, h("span", { class: "total-n", "data-total": "incidents" }, String(stats.totals.incidents)), " incidents"),
      h("div", { class: "total" }, h("span", { class: "total-n", "data-total": "reports" }, String(stats.totals.reports)), " reports"),
      h("div", { class: "total" }, h("span", { class: "total-n" }, String(stats.languages.length)), " languages")),
    h("section", { class: "panel months", "aria-label": "Incidents per month" }, h("h3", null, "Incidents per month"), monthChart(stats.months)),
    h("div", { class: "facets" },
      facetBars("By type", stats.types, (k) => `#/incidents?type=${encodeURIComponent(k)}`),
      facetBars("Top countries", stats.countries, (k) => `#/incidents?country=${encodeURIComponent(k)}`),
      facetBars("Top sectors", stats.sectors, (k) => `#/incidents?sector=${encodeURIComponent(k)}`),
      facetBars("Languages", stats.languages.map((l) => ({ ...l, key: LANGUAGE_NAMES[l.key] ? `${l.key} · ${LANGUAGE_NAMES[l.key]}` : l.key })), (k) => `#/incidents?lang=${encodeURIComponent(k.split(" ")[0]!)}`)),
    h("section", { class: "panel latest" },
      h("h3", null, "Latest incidents"),
      latest.items.length ? h("ul", { class: "incident-list" }, latest.items.map(incidentCard)) : h("p", { class: "muted" }, "No incidents yet: ingest some documents with incidex ingest."),
      h("p", null, h("a", { href: "#/incidents" }, "All incidents →"))),
    exportLinks({}));
}

/** Months as SVG bars, gaps included, so a quiet month shows as quiet rather than vanishing. */
function monthChart(months: Facet[]): Element {
  if (!months.length) return h("p", { class: "muted" }, "No dated incidents yet.");
  const all = fillMonths(months);
  const peak = Math.max(...all.map((m) => m.count));
  const w = 1000, ht = 150, top = 16, pad = 8, bw = (w - pad) / all.length;
  const chart = svg("svg", { viewBox: `0 ${-top} ${w} ${ht + top + 24}`, role: "img", "aria-label": `Incidents per month from ${all[0]!.key} to ${all[all.length - 1]!.key}`, class: "month-chart" });
  all.forEach((m, i) => {
    const bh = peak ? (m.count / peak) * ht : 0;
    const x = pad + i * bw;
    const rect = svg("rect", { x: x + 2, y: ht - bh, width: Math.max(1, bw - 4), height: bh, class: "month-bar" }, svg("title", {}, `${m.key}: ${m.count}`));
    chart.append(rect);
    if (m.count) chart.append(svg("text", { x: x + bw / 2, y: ht - bh - 4, "text-anchor": "middle", class: "month-n" }, String(m.count)));
    if (all.length <= 12 || i % Math.ceil(all.length / 12) === 0) chart.append(svg("text", { x: x + bw / 2, y: ht + 16, "text-anchor": "middle", class: "month-label" }, m.key));
  });
  chart.append(svg("line", { x1: pad, x2: w, y1: ht, y2: ht, class: "axis" }));
  return chart;
}

function fillMonths(months: Facet[]): Facet[] {
  const counts = new Map(months.map((m) => [m.key, m.count]));
  const [y0, m0] = months[0]!.key.split("-").map(Number) as [number, number];
  const [y1, m1] = months[months.length - 1]!.key.split("-").map(Number) as [number, number];
  const out: Facet[] = [];
  // Long histories keep their last five years, which is what a dashboard is read for.
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ key, count: counts.get(key) ?? 0 });
  }
  return out.slice(-60);
}

