// Ingest inputs (files, directories, URLs, feeds, "-") → documents. Each input or item that
// cannot be read becomes one failure with its reason; the others go on.
import { basename, extname } from "node:path";
import { AppError } from "../errors/app-error.ts";
import type { LoadedDocument } from "../store/store.ts";
import { decodeDocument } from "./decode.ts";
import { parseEmail } from "./email.ts";
import { parseFeed, looksLikeFeed, type FeedItem } from "./feed.ts";
import { fetchUrl, type FetchOptions } from "./fetch-url.ts";
import { firstLine } from "../text/first-line.ts";
import { extractArticle, htmlToText, isoDay } from "./html.ts";
import { describeReadError, expandInputs, readBytes } from "./read-inputs.ts";
import { STARTS_WITH_ISO_DATE } from "../text/iso-date.ts";

export type Loaded = { ok: true; doc: LoadedDocument } | { ok: false; uri: string; error: AppError };

export interface LoadOptions extends FetchOptions {
  /** Fetch each feed item's link for the full article instead of the feed's summary. */
  followLinks?: boolean;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

const asAppError = (err: unknown, where = "input"): AppError => describeReadError(err, where);

export async function* loadInputs(inputs: string[], options: LoadOptions = {}): AsyncGenerator<Loaded> {
  for (const input of inputs) {
    if (isUrl(input)) { yield* loadUrl(input, options); continue; }
    for (const path of expandInputs([input])) {
      try {
        yield* loadFile(path, options);
      } catch (err) {
        yield { ok: false, uri: path, error: asAppError(err) };
      }
    }
  }
}

async function* loadUrl(url: string, options: LoadOptions): AsyncGenerator<Loaded> {
  let fetched;
  try {
    fetched = await fetchUrl(url, options);
  } catch (err) {
    yield { ok: false, uri: url, error: asAppError(err) };
    return;
  }
  try {
    const decoded = decodeDocument(fetched.body);
    const ct = fetched.contentType.toLowerCase();
    if (/xml|rss|atom/.test(ct) || looksLikeFeed(decoded.text)) { yield* feedDocs(url, decoded.text, options); return; }
    if (/html/.test(ct) || /^\s*(<!doctype html|<html)/i.test(decoded.text)) { yield { ok: true, doc: htmlDoc(url, decoded.text, "url") }; return; }
    yield { ok: true, doc: textDoc(url, decoded.text, "url") };
  } catch (err) {
    yield { ok: false, uri: url, error: asAppError(err) };
  }
}

async function* loadFile(path: string, options: LoadOptions): AsyncGenerator<Loaded> {
  const bytes = readBytes(path);
  const ext = extname(path).toLowerCase();
  if (ext === ".eml") {
    const mail = await parseEmail(bytes);
    yield { ok: true, doc: { uri: path, kind: "eml", text: mail.text, title: mail.title, published: mail.published, lang: null, author: mail.author, meta: mail.meta } };
    return;
  }
  const decoded = decodeDocument(bytes);
  const text = decoded.text;
  if (!text.trim()) throw new AppError("FILE_EMPTY", "the file holds only whitespace");
  const encoding = decoded.encoding === "utf-8" ? undefined : decoded.encoding;
  for await (const loaded of decodedFileDocs(path, ext, text, options)) yield loaded.ok && encoding ? { ok: true, doc: { ...loaded.doc, encoding } } : loaded;
}

async function* decodedFileDocs(path: string, ext: string, text: string, options: LoadOptions): AsyncGenerator<Loaded> {
  if (ext === ".jsonl" || ext === ".ndjson") { yield* jsonlDocs(path, text); return; }
  if (ext === ".json") throw new AppError("UNSUPPORTED_TYPE", "a .json file is not read as a document; write one document per line as .jsonl", 415);
  if ([".xml", ".rss", ".atom"].includes(ext) || ((ext === "" || ext === ".txt") && looksLikeFeed(text))) { yield* feedDocs(path, text, options); return; }
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") { yield { ok: true, doc: htmlDoc(path, text, "html") }; return; }
  yield { ok: true, doc: textDoc(path, text, ext === ".md" || ext === ".markdown" ? "markdown" : "text") };
}

function textDoc(uri: string, text: string, kind: string): LoadedDocument {
  const first = firstLine(text);
  return { uri, kind, text, title: first ? first.slice(0, 300) : null, published: null, lang: null };
}

function htmlDoc(uri: string, html: string, kind: string): LoadedDocument {
  const a = extractArticle(html);
  return { uri, kind, text: a.text, title: a.title, published: a.published, lang: a.lang, author: a.author };
}

function* jsonlDocs(path: string, text: string): Generator<Loaded> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    try {
      let o: Record<string, unknown>;
      try { o = JSON.parse(line); } catch (err) { throw new AppError("BAD_JSONL", `line ${i + 1} is not JSON: ${(err as Error).message}`); }
      if (!o || typeof o !== "object" || Array.isArray(o)) throw new AppError("BAD_JSONL", `line ${i + 1} is not a JSON object`);
      yield { ok: true, doc: { ...documentFromFields(o, { fallbackUri: `${path}#L${i + 1}`, idBase: path, fail: (m) => new AppError("BAD_JSONL", `line ${i + 1}${m}`) }), meta: { file: path, line: i + 1 } } };
    } catch (err) {
      yield { ok: false, uri: where, error: asAppError(err) };
    }
  }
}

/**
 * One document given as fields (a JSONL line, an API request): `text` or `html`, with optional
 * `title`, `url`, `id`, `published` and `lang`. The URL, when given, is the document's identity.
 */
export function documentFromFields(
  o: Record<string, unknown>,
  at: { fallbackUri: string; idBase?: string; fail: (message: string) => AppError },
): LoadedDocument {
  const str = (k: string) => (typeof o[k] === "string" && (o[k] as string) ? (o[k] as string) : null);
  const url = str("url"), id = str("id"), title = str("title"), lang = str("lang"), published = str("published");
  const uri = url ?? (id && at.idBase ? `${at.idBase}#${id}` : at.fallbackUri);
  if (published && !STARTS_WITH_ISO_DATE.test(published)) throw at.fail(`: published "${published}" is not an ISO date`);
  let body: string;
  if (str("text")?.trim()) body = str("text")!;
  else if (str("html")?.trim()) body = htmlToText(str("html")!);
  else throw at.fail(` has neither "text" nor "html"`);
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { uri, kind: "jsonl", text, title, published: published ? published.slice(0, 10) : null, lang };
}

async function* feedDocs(feedUri: string, xml: string, options: LoadOptions): AsyncGenerator<Loaded> {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    yield { ok: false, uri: feedUri, error: asAppError(err) };
    return;
  }
  for (let i = 0; i < feed.items.length; i++) {
    const item = feed.items[i]!;
    const uri = item.link ?? (item.id ? `${feedUri}#${item.id}` : `${feedUri}#item-${i + 1}`);
    if (options.followLinks && item.link && isUrl(item.link)) {
      let followed: LoadedDocument | null = null;
      for await (const r of loadUrl(item.link, options)) {
        if (r.ok) followed = r.doc;
        else yield r;
      }
      if (followed) { yield { ok: true, doc: { ...followed, kind: "feed-item", published: followed.published ?? item.published, meta: { feed: feedUri } } }; continue; }
    }
    yield feedItemDoc(feedUri, uri, item, feed.lang);
  }
}

function feedItemDoc(feedUri: string, uri: string, item: FeedItem, lang: string | null): Loaded {
  const body = item.text.trim();
  if (!body && !item.title) return { ok: false, uri, error: new AppError("BAD_FEED", `an item of ${basename(feedUri)} has neither title nor text`, 422) };
  const text = item.title && !body.startsWith(item.title) ? `${item.title}\n\n${body}` : body;
  return { ok: true, doc: { uri, kind: "feed-item", text, title: item.title, published: isoDay(item.published), lang, author: item.author, meta: { feed: feedUri } } };
}
