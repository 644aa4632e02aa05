// Watched organisations and the alerts raised when an incident names one.
import { api, token } from "./api.ts";
import { errorBox } from "./common.ts";
import { h, label, replace } from "./dom.ts";

interface Watch { id: number; name: string; roles: string[]; createdAt: string }
interface Alert {
  id: number; watch: string; incidentId: string; incidentTitle: string | null; role: string; orgName: string; existing: boolean;
  createdAt: string; deliveredAt: string | null; attempts: number; lastError: string | null;
}

const ROLES: [string, string][] = [["victim", "victim"], ["third_party", "third party"], ["impersonated", "impersonated brand"]];

export async function alertsPage(): Promise<HTMLElement> {
  const page = h("div", { class: "alerts-page" });
  const render = async (notice: Node | null = null) => {
    const [watches, alerts] = await Promise.all([api.get<{ items: Watch[] }>("/api/watchlist"), api.get<{ items: Alert[] }>("/api/alerts", { limit: "200" })]);
    replace(page, h("h1", null, "Watchlist and alerts"), notice, watchPanel(watches.items, render), alertTable(alerts.items));
  };
  await render();
  return page;
}

function watchPanel(watches: Watch[], rerender: (notice?: Node | null) => Promise<void>): HTMLElement {
  const name = h("input", { name: "name", required: true, minlength: "3", placeholder: "your vendor, partner or subsidiary", "aria-label": "Organisation to watch" });
  const boxes = ROLES.map(([value, text]) => h("label", { class: "check" }, h("input", { type: "checkbox", name: "roles", value, checked: true }), text));
  const tokenInput = h("input", { name: "token", type: "password", value: token.get(), placeholder: "only if the server has INCIDEX_TOKEN", autocomplete: "off", "aria-label": "API token" });
  const form = h("form", { class: "watch-form" },
    h("label", { class: "grow" }, "Watch an organisation", name),
    h("fieldset", { class: "roles" }, h("legend", null, "Alert when it is"), boxes),
    h("label", null, "API token", tokenInput),
    h("button", { type: "submit" }, "Watch"));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    token.set(tokenInput.value.trim());
    const roles = boxes.map((b) => b.querySelector("input")!).filter((i) => i.checked).map((i) => i.value);
    try {
      const out = await api.post<{ watch: Watch; existingAlerts: number }>("/api/watchlist", { name: name.value.trim(), roles });
      await rerender(h("p", { class: "notice", role: "status" }, `Watching ${out.watch.name}.`, out.existingAlerts ? ` Stored incidents already name it: ${out.existingAlerts} alert${out.existingAlerts === 1 ? "" : "s"}.` : ""));
    } catch (err) {
      form.after(errorBox(err));
    }
  });
  return h("section", { class: "panel" },
    h("h2", null, "Watched organisations"),
    watches.length ? h("ul", { class: "watch-list" }, watches.map((w) => h("li", null,
      h("span", { class: "watch-name" }, w.name), " ", h("span", { class: "muted" }, w.roles.map(label).join(", ")), " ",
      h("button", { type: "button", class: "link-button", "aria-label": `Stop watching ${w.name}`, onclick: async (e: Event) => {
        try { await api.delete(`/api/watchlist/${w.id}`); await rerender(h("p", { class: "notice", role: "status" }, `No longer watching ${w.name}.`)); }
        catch (err) { (e.target as Element).after(errorBox(err)); }
      } }, "remove"))))
      : h("p", { class: "muted" }, "Nothing is watched yet."),
    form);
}

function alertTable(alerts: Alert[]): HTMLElement {
  if (!alerts.length) return h("section", { class: "panel" }, h("h2", null, "Alerts"), h("p", { class: "muted" }, "No alerts yet."));
  return h("section", { class: "panel" }, h("h2", null, "Alerts"),
    h("div", { class: "table-wrap" }, h("table", { class: "alerts" },
      h("thead", null, h("tr", null, ["When", "Watched", "As", "Named in the report", "Incident", "Webhook"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, alerts.map((a) => h("tr", null,
        h("td", { class: "when" }, a.createdAt.slice(0, 16).replace("T", " ")),
        h("td", null, a.watch),
        h("td", null, label(a.role), a.existing ? h("span", { class: "badge", title: "the incident was stored before the name was watched" }, "earlier") : null),
        h("td", null, a.orgName),
        h("td", null, h("a", { href: `#/incidents/${a.incidentId}` }, a.incidentTitle ?? a.incidentId)),
        h("td", null, a.deliveredAt ? "delivered" : a.attempts ? h("span", { title: a.lastError ?? "" }, `failed ×${a.attempts}`) : "not sent")))))));
}
