// "Analyse a text": paste a text or a URL, see the record with its evidence; nothing is stored.
import { api } from "./api.ts";
import { errorBox } from "./common.ts";
import { h, LANGUAGE_NAMES, replace } from "./dom.ts";
import { renderReport } from "./record-view.ts";
import type { ReportRecord } from "./types.ts";

export function analysePage(): HTMLElement {
  const text = h("textarea", { name: "text", rows: 12, placeholder: "Paste an article, advisory or breach notice in any of the supported languages…", "aria-label": "Text to analyse" });
  const url = h("input", { name: "url", type: "url", placeholder: "https://… (used when the text box is empty)", "aria-label": "URL to analyse" });
  const lang = h("select", { name: "lang", "aria-label": "Language" }, h("option", { value: "" }, "detect"),
    Object.entries(LANGUAGE_NAMES).filter(([k]) => k !== "und").map(([k, v]) => h("option", { value: k }, `${v} (${k})`)));
  const published = h("input", { name: "published", type: "date", "aria-label": "Published" });
  const submit = h("button", { type: "submit" }, "Analyse");
  const out = h("div", { class: "analysis", "aria-live": "polite" });
  const form = h("form", { class: "analyse-form" },
    h("label", { class: "block" }, "Text", text),
    h("div", { class: "row" },
      h("label", null, "or URL", url),
      h("label", null, "Language", lang),
      h("label", null, "Published", published),
      submit),
    h("p", { class: "muted" }, "Nothing you analyse here is stored."));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body: Record<string, string> = {};
    if (text.value.trim()) body.text = text.value;
    else if (url.value.trim()) body.url = url.value.trim();
    else { replace(out, errorBox(new Error("paste a text or give a URL"))); return; }
    if (lang.value) body.lang = lang.value;
    if (published.value) body.published = published.value;
    submit.disabled = true;
    replace(out, h("p", { class: "loading", role: "status" }, "Analysing…"));
    try {
      const { record } = await api.post<{ record: ReportRecord }>("/api/extract", body);
      const view = renderReport(record, h("header", { class: "report-head" }, h("h2", null, record.source.title ?? "Result")), "analysis-report");
      replace(out, view.element);
    } catch (err) {
      replace(out, errorBox(err));
    } finally {
      submit.disabled = false;
    }
  });
  return h("div", { class: "analyse" }, h("h1", null, "Analyse a text"), form, out);
}
