// The incident list: filters and full-text search, kept in the URL so a view can be shared.
import { api } from "./api.ts";
import { errorBox, exportLinks, incidentCard } from "./common.ts";
import { h, label, LANGUAGE_NAMES } from "./dom.ts";
import { INCIDENT_TYPES, SECTORS, type IncidentPage } from "./types.ts";

const FILTERS = ["q", "type", "country", "lang", "sector", "victim", "since", "until"] as const;

export async function incidentsPage(params: URLSearchParams): Promise<HTMLElement> {
  const current = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ""])) as Record<(typeof FILTERS)[number], string>;
  const select = (name: string, text: string, options: string[], names: Record<string, string> = {}) =>
    h("label", null, text, h("select", { name },
      h("option", { value: "" }, "any"),
      options.map((o) => h("option", { value: o, selected: current[name as keyof typeof current] === o }, names[o] ? `${names[o]} (${o})` : label(o)))));
  const input = (name: string, text: string, attrs: Record<string, string> = {}) =>
    h("label", null, text, h("input", { name, value: current[name as keyof typeof current], ...attrs }));

  const form = h("form", { class: "filters", role: "search", "aria-label": "Filter incidents" },
    h("label", { class: "q" }, "Search", h("input", { name: "q", type: "search", value: current.q, placeholder: "e.g. ransomware kommune, Datenleck, Ticketmaster", autocomplete: "off" })),
    select("type", "Type", [...INCIDENT_TYPES]),
    input("country", "Country", { placeholder: "DK", maxlength: "2", size: "3", pattern: "[A-Za-z]{2}" }),
    select("lang", "Language", Object.keys(LANGUAGE_NAMES).filter((l) => l !== "und"), LANGUAGE_NAMES),
    select("sector", "Sector", [...SECTORS]),
    input("victim", "Victim", { placeholder: "organisation" }),
    input("since", "Since", { type: "date" }),
    input("until", "Until", { type: "date" }),
    h("div", { class: "form-actions" }, h("button", { type: "submit" }, "Apply"), h("a", { href: "#/incidents", class: "button-link" }, "Clear")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) q.set(k, v.trim());
    location.hash = `#/incidents${q.size ? `?${q}` : ""}`;
  });

  const list = h("ul", { class: "incident-list", "aria-live": "polite" });
  const status = h("p", { class: "muted", role: "status" });
  const more = h("button", { type: "button", class: "more", hidden: true }, "Load more");
  const query: Record<string, string> = Object.fromEntries(Object.entries(current).filter(([, v]) => v));
  let cursor: string | null = null;
  let shown = 0;
  const load = async () => {
    more.disabled = true;
    try {
      const page = await api.get<IncidentPage>("/api/incidents", { ...query, limit: "25", cursor: cursor ?? undefined });
      list.append(...page.items.map(incidentCard));
      shown += page.items.length;
      cursor = page.nextCursor;
      more.hidden = !cursor;
      status.textContent = shown ? `${shown}${cursor ? "+" : ""} incident${shown === 1 ? "" : "s"}` : "No incidents match these filters.";
    } catch (err) {
      list.after(errorBox(err));
    } finally {
      more.disabled = false;
    }
  };
  more.addEventListener("click", () => void load());
  await load();
  return h("div", { class: "incidents" }, h("h1", null, "Incidents"), form, exportLinks(query), status, list, more);
}
