// HTML pages → article text, title and published date: Readability finds the article, our own
// walk turns it into text with paragraph breaks (Readability's textContent runs paragraphs together).
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "../errors/app-error.ts";

const BLOCK = new Set(["p", "div", "section", "article", "header", "footer", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "main", "aside", "address", "hr"]);
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "head"]);

interface DomNode { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> }

/** Text of an element tree with a blank line between blocks and a newline for <br>. */
export function nodeText(root: DomNode): string {
  const out: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) { out.push((n.textContent ?? "").replace(/\s+/g, " ")); return; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = n.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === "br") { out.push("\n"); return; }
    const block = BLOCK.has(tag);
    if (block) out.push("\n\n");
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) out.push("\n\n");
  };
  walk(root);
  return out.join("").split("\n").map((l) => l.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeText(document.body as unknown as DomNode);
}

export interface Article {
  title: string | null;
  text: string;
  published: string | null;
  author: string | null;
  lang: string | null;
}

/** "2023-10-07T09:12:00+02:00", "Sat, 07 Oct 2023 …" → "2023-10-07"; null when unreadable. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

const META_DATES = [
  'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
  'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]',
  'meta[property="og:published_time"]', 'meta[name="parsely-pub-date"]',
];

function metaPublished(document: { querySelector: (s: string) => { getAttribute: (a: string) => string | null; textContent: string | null } | null; querySelectorAll: (s: string) => ArrayLike<{ textContent: string | null }> }): string | null {
  for (const sel of META_DATES) {
    const d = isoDay(document.querySelector(sel)?.getAttribute("content"));
    if (d) return d;
  }
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]!.textContent ?? "");
    const d = isoDay(m?.[1]);
    if (d) return d;
  }
  return isoDay(document.querySelector("time[datetime]")?.getAttribute("datetime"));
}

export function extractArticle(html: string): Article {
  const { document } = parseHTML(html);
  const doc = document as unknown as Parameters<typeof metaPublished>[0] & { documentElement: { getAttribute: (a: string) => string | null }; title: string };
  const published = metaPublished(doc);
  const lang = doc.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase() || null;
  const ogTitle = doc.querySelector('meta[property="og:title"]')?.getAttribute("content") ?? null;
  let parsed: { title?: string | null; content?: string | null; byline?: string | null; publishedTime?: string | null } | null = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    parsed = null;
  }
  const title = (parsed?.title || ogTitle || doc.title || "").trim() || null;
  let body = parsed?.content ? htmlToText(parsed.content) : "";
  if (letters(body) < 80) {
    // Short pages (a notice, an advisory) are not "articles" to Readability but still documents.
    const { document: again } = parseHTML(html);
    const main = again.querySelector("main, article, [role=main]") ?? again.body;
    body = main ? nodeText(main as unknown as DomNode) : "";
  }
  if (letters(body) < 80) throw new AppError("HTML_NO_ARTICLE", "the page has no article text (under 80 letters outside scripts, styles and navigation)", 422);
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { title, text, published: isoDay(parsed?.publishedTime) ?? published, author: parsed?.byline?.trim() || null, lang };
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
