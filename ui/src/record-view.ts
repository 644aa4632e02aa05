// One report: its fields as buttons beside its original text, each field's evidence marked in the
// text. Pressing a field scrolls to its span and marks it; pressing a mark shows its fields.
import type { Evidence, ReportRecord } from "../../src/model/record.ts";
import { h, label, langBadge } from "./dom.ts";

export interface FieldItem {
  id: number;
  /** The field group the value belongs to, e.g. "victim"; the merged incident uses the same names. */
  field: FieldName;
  value: string;
  detail: string | null;
  evidence: Evidence[];
  reasons: string[];
}

export type FieldName = "type" | "victim" | "impersonated" | "third party" | "actor" | "country" | "sector" | "date"
  | "affected" | "data stolen" | "data not stolen" | "response" | "advice" | "indicator";

const GROUPS: { field: FieldName; title: string }[] = [
  { field: "type", title: "Incident types" }, { field: "victim", title: "Victims" }, { field: "impersonated", title: "Impersonated" },
  { field: "third party", title: "Third parties" }, { field: "actor", title: "Actors" }, { field: "date", title: "Dates" },
  { field: "affected", title: "Affected" }, { field: "data stolen", title: "Data compromised" },
  { field: "data not stolen", title: "Data explicitly not compromised" }, { field: "response", title: "Response" },
  { field: "advice", title: "Advice to the public" }, { field: "country", title: "Countries" }, { field: "sector", title: "Sectors" },
  { field: "indicator", title: "Indicators" },
];

export function fieldItems(r: ReportRecord): FieldItem[] {
  const items: FieldItem[] = [];
  const add = (field: FieldName, value: string, evidence: Evidence[], reasons: string[] | undefined, detail: string | null = null) =>
    items.push({ id: items.length, field, value, detail, evidence, reasons: reasons ?? [] });
  for (const t of r.types) add("type", t.value, t.evidence, t.reasons);
  for (const o of r.victims) add("victim", o.name, o.evidence, o.reasons, [o.named === false ? "described, not named" : null, o.sector, o.country].filter(Boolean).join(" · ") || null);
  for (const o of r.impersonated) add("impersonated", o.name, o.evidence, o.reasons);
  for (const o of r.thirdParties) add("third party", o.name, o.evidence, o.reasons, o.role);
  for (const a of r.actors) add("actor", a.name ?? (a.country ? `${a.kind} (${a.country})` : a.kind), a.evidence, a.reasons, [a.kind, a.country, a.motive].filter(Boolean).join(" · "));
  for (const role of ["published", "occurred", "discovered", "disclosed"] as const) {
    const d = r.dates[role];
    // "early March": the part of the month the text gives goes with the role.
    if (d) add("date", d.end ? `${d.value} – ${d.end}` : d.value, d.evidence, d.reasons, d.part ? `${role} · ${d.part} in the month` : role);
  }
  if (r.affected) add("affected", `${r.affected.approximate ? "about " : ""}${r.affected.count.toLocaleString("en")} ${r.affected.unit}`, r.affected.evidence, r.affected.reasons);
  for (const d of r.data.compromised) add("data stolen", d.value, d.evidence, d.reasons);
  for (const d of r.data.notCompromised) add("data not stolen", d.value, d.evidence, d.reasons);
  for (const x of r.response) add("response", x.value, x.evidence, x.reasons);
  for (const x of r.advice) add("advice", x.value, x.evidence, x.reasons);
  for (const c of r.countries) add("country", c.value, c.evidence, c.reasons);
  for (const s of r.sectors) add("sector", s.value, s.evidence, s.reasons);
  for (const i of r.indicators) add("indicator", i.value, i.evidence, i.reasons, [i.type, i.role.replace(/_/g, " "), i.partial ? "partial" : "", i.defanged ? "defanged" : ""].filter(Boolean).join(" · "));
  return items;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

export interface ReportView {
  element: HTMLElement;
  items: FieldItem[];
  /** Marks the item's evidence and scrolls to it; false when the item has no span. */
  focusItem(item: FieldItem): boolean;
  /** The item of this report that carries a merged value, if any. */
  findItem(field: FieldName, value: string): FieldItem | null;
}

export function renderReport(record: ReportRecord, heading: HTMLElement | null, idPrefix: string): ReportView {
  const items = fieldItems(record);
  const marksByItem = new Map<number, HTMLElement[]>();
  const buttons = new Map<number, HTMLButtonElement>();
  const textEl = h("div", { class: "doc-text", lang: record.lang, "aria-label": "original text" });
  fillText(textEl, record.text, items, marksByItem);

  let active: number | null = null;
  const clear = () => {
    for (const m of textEl.querySelectorAll("mark.active")) m.classList.remove("active");
    for (const b of buttons.values()) b.setAttribute("aria-pressed", "false");
  };
  const focusItem = (item: FieldItem): boolean => {
    clear();
    const marks = marksByItem.get(item.id) ?? [];
    buttons.get(item.id)?.setAttribute("aria-pressed", "true");
    if (!marks.length) return false;
    for (const m of marks) m.classList.add("active");
    active = item.id;
    marks[0]!.scrollIntoView({ block: "center", behavior: "smooth" });
    marks[0]!.focus({ preventScroll: true });
    return true;
  };
  textEl.addEventListener("click", (e) => {
    const mark = (e.target as Element).closest("mark");
    if (!mark) return;
    const ids = (mark.getAttribute("data-items") ?? "").split(" ").map(Number);
    // Pressing a mark cycles through the fields that share its span.
    const next = ids[(ids.indexOf(active ?? -1) + 1) % ids.length]!;
    const item = items[next];
    if (item) { focusItem(item); buttons.get(item.id)?.scrollIntoView({ block: "nearest" }); }
  });

  const fields = h("div", { class: "fields" });
  for (const g of GROUPS) {
    const mine = items.filter((i) => i.field === g.field);
    if (!mine.length) continue;
    fields.append(h("section", { class: "field-group" },
      h("h4", null, g.title),
      h("ul", { class: "chips" }, mine.map((item) => {
        const b = h("button", {
          type: "button", class: `chip k-${kindClass(item.field)}`, "aria-pressed": "false", "data-field": item.field, "data-value": item.value,
          title: [item.detail, item.reasons.length ? `rule: ${item.reasons.join(", ")}` : null].filter(Boolean).join("\n") || null,
          onclick: () => focusItem(item),
        }, h("span", { class: "chip-value" }, label(item.value)), item.detail ? h("span", { class: "chip-detail" }, item.detail) : null);
        buttons.set(item.id, b);
        return h("li", null, b);
      }))));
  }
  if (!items.length) fields.append(h("p", { class: "muted" }, "Nothing was found in this text."));
  const verdict = h("p", { class: `verdict ${record.isIncident ? "yes" : "no"}` },
    record.isIncident ? "Reports an incident" : "Not read as an incident report", ` · confidence ${Math.round(record.confidence * 100)} %`, " · ", langBadge(record.lang));
  const mappings = record.mappings.attack.length || record.mappings.rsit.length
    ? h("p", { class: "mappings muted" }, [
      record.mappings.attack.length ? `ATT&CK ${record.mappings.attack.join(", ")}` : null,
      record.mappings.veris.length ? ` · VERIS ${record.mappings.veris.join(", ")}` : null,
      record.mappings.rsit.length ? ` · RSIT ${record.mappings.rsit.join(", ")}` : null,
    ]) : null;

  const element = h("article", { class: "report", id: idPrefix },
    heading,
    verdict,
    h("div", { class: "report-body" }, h("div", { class: "fields-col" }, fields, mappings), textEl));
  return {
    element, items, focusItem,
    findItem(field, value) {
      const v = fold(value);
      const same = items.filter((i) => i.field === field);
      return same.find((i) => fold(i.value) === v) ?? same.find((i) => fold(i.value).includes(v) || v.includes(fold(i.value))) ?? null;
    },
  };
}

const kindClass = (f: FieldName) => f.replace(/\s+/g, "-");

/** The text as text nodes, with one <mark> per run of characters covered by the same evidence spans. */
function fillText(el: HTMLElement, text: string, items: FieldItem[], marksByItem: Map<number, HTMLElement[]>): void {
  const spans = items.flatMap((item) => item.evidence
    .filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start)
    .map((e) => ({ start: e.start, end: e.end, item })));
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  // Spans sorted by start let each segment look only at the spans that can cover it.
  spans.sort((a, b) => a.start - b.start);
  let open: typeof spans = [];
  let si = 0;
  for (let c = 0; c < cuts.length - 1; c++) {
    const a = cuts[c]!, b = cuts[c + 1]!;
    while (si < spans.length && spans[si]!.start <= a) open.push(spans[si++]!);
    open = open.filter((s) => s.end > a);
    const covering = open.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { el.append(document.createTextNode(piece)); continue; }
    const ids = [...new Set(covering.map((s) => s.item.id))];
    const first = covering[0]!.item;
    const mark = h("mark", {
      class: `ev k-${kindClass(first.field)}`, "data-items": ids.join(" "), tabindex: "-1",
      title: ids.map((i) => `${items[i]!.field}: ${items[i]!.value}`).join("\n"),
    }, piece);
    for (const id of ids) {
      const list = marksByItem.get(id);
      if (list) list.push(mark); else marksByItem.set(id, [mark]);
    }
    el.append(mark);
  }
}
