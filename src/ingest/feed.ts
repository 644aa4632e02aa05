// RSS 2.0 and Atom feeds → one document per item.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "../errors/app-error.ts";
import { htmlToText, isoDay } from "./html.ts";

export interface FeedItem {
  link: string | null;
  id: string | null;
  title: string | null;
  published: string | null;
  author: string | null;
  text: string;
}

export interface Feed {
  title: string | null;
  lang: string | null;
  items: FeedItem[];
}

/** Whether bytes look like a feed, so files and URLs of any name can be routed. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<rss[\s>]/i.test(head) || /<feed[\s>][^]*?xmlns=["']http:\/\/www\.w3\.org\/2005\/Atom/i.test(head) || /<rdf:RDF[\s>]/i.test(head);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", cdataPropName: false, processEntities: true, htmlEntities: true });

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === "object") return str((v as Record<string, unknown>)["#text"]);
  const s = String(v).trim();
  return s || null;
};

export function parseFeed(xml: string): Feed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new AppError("BAD_FEED", `not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`, 422);
  const doc = parser.parse(xml) as Record<string, any>;
  if (doc.rss || doc["rdf:RDF"]) {
    const channel = doc.rss?.channel ?? doc["rdf:RDF"]?.channel ?? {};
    const items = list(doc.rss ? channel.item : doc["rdf:RDF"].item);
    return {
      title: str(channel.title), lang: str(channel.language)?.slice(0, 2).toLowerCase() ?? null,
      items: items.map((it: Record<string, unknown>) => ({
        link: str(it.link), id: str(it.guid), title: str(it.title),
        published: isoDay(str(it.pubDate) ?? str(it["dc:date"])), author: str(it["dc:creator"]) ?? str(it.author),
        text: htmlToText(str(it["content:encoded"]) ?? str(it.description) ?? ""),
      })),
    };
  }
  if (doc.feed) {
    const feed = doc.feed;
    return {
      title: str(feed.title), lang: str(feed["@xml:lang"])?.slice(0, 2).toLowerCase() ?? null,
      items: list(feed.entry).map((e: Record<string, any>) => {
        const links = list(e.link) as Record<string, string>[];
        const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate")?.["@href"] ?? null;
        return {
          link, id: str(e.id), title: str(e.title), published: isoDay(str(e.published) ?? str(e.updated)),
          author: str(e.author?.name), text: htmlToText(str(e.content) ?? str(e.summary) ?? ""),
        };
      }),
    };
  }
  throw new AppError("BAD_FEED", "XML, but neither an RSS nor an Atom feed", 422);
}
