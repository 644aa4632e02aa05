// A hash router over the four pages; each page is built from API data into fresh DOM.
import "./style.css";
import { alertsPage } from "./alerts.ts";
import { analysePage } from "./analyse.ts";
import { errorBox, loading } from "./common.ts";
import { dashboardPage } from "./dashboard.ts";
import { replace } from "./dom.ts";
import { incidentPage } from "./incident.ts";
import { incidentsPage } from "./incidents.ts";

const main = document.getElementById("main")!;
let generation = 0;

async function route(): Promise<void> {
  const mine = ++generation;
  const [path, query = ""] = location.hash.replace(/^#/, "").split("?");
  const parts = (path || "/").split("/").filter(Boolean);
  const section = parts[0] ?? "dashboard";
  for (const a of document.querySelectorAll("[data-nav]")) {
    if (a.getAttribute("data-nav") === section) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  replace(main, loading());
  try {
    let page: HTMLElement;
    if (section === "dashboard") { page = await dashboardPage(); document.title = "Incidex · Dashboard"; }
    else if (section === "incidents" && parts[1]) { page = await incidentPage(decodeURIComponent(parts[1])); document.title = `Incidex · ${page.querySelector("h1")?.textContent ?? "Incident"}`; }
    else if (section === "incidents") { page = await incidentsPage(new URLSearchParams(query)); document.title = "Incidex · Incidents"; }
    else if (section === "analyse") { page = analysePage(); document.title = "Incidex · Analyse a text"; }
    else if (section === "alerts") { page = await alertsPage(); document.title = "Incidex · Watchlist and alerts"; }
    else throw new Error(`no page ${location.hash}`);
    // A slower earlier navigation must not overwrite a later one.
    if (mine !== generation) return;
    replace(main, page);
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  } catch (err) {
    if (mine === generation) replace(main, errorBox(err));
  }
}

window.addEventListener("hashchange", () => void route());
void route();
