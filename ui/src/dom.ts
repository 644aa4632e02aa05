// Building DOM without HTML strings: every piece of document text becomes a text node, so an
// article holding "<script>" or "onerror=" is shown, never run.
export type Child = Node | string | number | null | undefined | false | Child[];
type AttrValue = string | number | boolean | null | undefined | ((e: Event) => void);

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, AttrValue> | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children.flat(Infinity as 1) as Child[]) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Only web links become anchors: a "javascript:" URI in a source stays text. */
export function sourceLink(uri: string, label: Child = uri): Node {
  return /^https?:\/\//i.test(uri) ? h("a", { href: uri, rel: "noopener noreferrer nofollow", target: "_blank", class: "source-link" }, label) : h("span", { class: "source-path" }, label);
}

export const LANGUAGE_NAMES: Record<string, string> = {
  da: "Danish", de: "German", en: "English", es: "Spanish", fi: "Finnish", fr: "French", it: "Italian", nl: "Dutch",
  no: "Norwegian", pl: "Polish", sv: "Swedish", und: "Undetermined",
};

export function langBadge(lang: string): HTMLElement {
  return h("span", { class: "badge lang", title: LANGUAGE_NAMES[lang] ?? lang, "aria-label": `language: ${LANGUAGE_NAMES[lang] ?? lang}` }, lang.toUpperCase());
}

export const label = (s: string) => s.replace(/_/g, " ");
