// TAXII 2.1 read endpoints, so OpenCTI, MISP or any TAXII client can pull Incidex's STIX:
// discovery, one API root, one collection of incidents, its objects (added_after, limit, next,
// match[type], match[id]), its manifest, and single objects. Objects are the STIX export's; an
// incident's objects are "added" when the incident last changed.
import type { Context } from "hono";
import { Hono } from "hono";
import type { Store } from "../store/store.ts";
import { uuidv5 } from "../export/ids.ts";
import { incidentToStix, PRODUCER, TLP_WHITE, type StixObject } from "../export/stix.ts";

export const TAXII_MEDIA = "application/taxii+json;version=2.1";
const STIX_MEDIA = "application/stix+json;version=2.1";
export const COLLECTION_ID = uuidv5("taxii-collection|incidents");
const MAX_PAGE = 1000;
const DEFAULT_PAGE = 100;
/** The shared objects every incident refers to, "added" once, before any incident. */
const BASE_ADDED = "2024-01-01T00:00:00.000Z";

interface Added { object: StixObject; added: string }
interface Position { time: string; id: string; offset: number }

const taxiiError = (c: Context, status: number, title: string, description: string) =>
  c.body(JSON.stringify({ title, description, http_status: String(status) }), status as 400, { "Content-Type": TAXII_MEDIA });

const taxiiJson = (c: Context, body: unknown, headers: Record<string, string> = {}) =>
  c.body(JSON.stringify(body), 200, { "Content-Type": TAXII_MEDIA, ...headers });

function acceptable(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(",").some((part) => {
    const type = part.split(";")[0]!.trim().toLowerCase();
    return type === "*/*" || type === "application/*" || type === "application/json" || type === "application/taxii+json";
  });
}

const encodeNext = (p: Position) => Buffer.from(JSON.stringify([p.time, p.id, p.offset])).toString("base64url");
function decodeNext(s: string): Position | null {
  try {
    const [time, id, offset] = JSON.parse(Buffer.from(s, "base64url").toString("utf8")) as [string, string, number];
    return typeof time === "string" && typeof id === "string" && Number.isInteger(offset) && !Number.isNaN(Date.parse(time)) ? { time, id, offset } : null;
  } catch { return null; }
}

export function taxiiApp(store: Store, options: { title: string; basePath: string }): Hono {
  // TAXII URLs end in "/"; clients that drop it are answered too.
  const app = new Hono({ strict: false });
  app.use("*", async (c, next) => {
    if (!acceptable(c.req.header("accept"))) return taxiiError(c, 406, "Not Acceptable", `this server answers with ${TAXII_MEDIA}`);
    await next();
  });

  const collection = {
    id: COLLECTION_ID, title: "Incidex incidents",
    description: "Cyber incidents extracted from news, advisories and breach notices, with their reports, victims, actors and indicators.",
    can_read: true, can_write: false, media_types: [STIX_MEDIA],
  };

  app.get("/", (c) => {
    // Mounting strips the base path from the request URL; the client needs it back.
    const root = `${new URL(c.req.url).origin}${options.basePath}/api/`;
    return taxiiJson(c, { title: options.title, description: "TAXII 2.1 read access to the incidents of this Incidex server.", default: root, api_roots: [root] });
  });
  app.get("/api", (c) => taxiiJson(c, { title: "Incidex", versions: [TAXII_MEDIA], max_content_length: 10 * 1024 * 1024 }));
  app.get("/api/collections", (c) => taxiiJson(c, { collections: [collection] }));
  app.get("/api/collections/:id", (c) => (c.req.param("id") === COLLECTION_ID ? taxiiJson(c, collection) : noCollection(c)));

  const noCollection = (c: Context) => taxiiError(c, 404, "Collection not found", `there is no collection ${c.req.param("id")}; the one collection is ${COLLECTION_ID}`);

  interface Group { time: string; id: string; objects: StixObject[] }

  /**
   * The collection as groups of objects in the order they were added: the shared objects first,
   * then each incident's at the time it last changed. `start` is inclusive (a page's next),
   * `afterTime` exclusive (added_after).
   */
  async function* groups(start: { time: string; id: string } | null, afterTime: string | null, wanted: (o: StixObject) => boolean): AsyncGenerator<Group> {
    const baseFirst = !start || start.id === "";
    if (baseFirst && (!afterTime || afterTime < BASE_ADDED)) yield { time: BASE_ADDED, id: "", objects: [TLP_WHITE, PRODUCER].filter(wanted) };
    let cursor: { time: string; id: string | null } | null = afterTime ? { time: afterTime, id: null } : null;
    if (start && start.id !== "") {
      const detail = await store.getIncident(start.id);
      // An incident that changed since the page was served comes again later, at its new time.
      if (detail && detail.updatedAt === start.time) yield { time: start.time, id: start.id, objects: incidentToStix(detail).filter(wanted) };
      cursor = { time: start.time, id: start.id };
    }
    for (;;) {
      const batch = await store.incidentsChangedAfter(cursor, 50);
      if (!batch.length) return;
      const details = new Map((await store.getIncidents(batch.map((i) => i.id))).map((d) => [d.incident.id, d]));
      for (const inc of batch) {
        cursor = { time: inc.changedAt, id: inc.id };
        const detail = details.get(inc.id);
        if (detail) yield { time: inc.changedAt, id: inc.id, objects: incidentToStix(detail).filter(wanted) };
      }
    }
  }

  /** One page of at most `limit` objects; `next` names the first object of the following page. */
  async function page(c: Context): Promise<Response | { items: Added[]; more: boolean; next: string | null }> {
    const q = c.req.query();
    const limit = q.limit === undefined ? DEFAULT_PAGE : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1) return taxiiError(c, 400, "Bad limit", "limit must be a whole number ≥ 1");
    let from: Position | null = null;
    if (q.next) {
      from = decodeNext(q.next);
      if (!from) return taxiiError(c, 400, "Bad next", "next is not a value this server gave out");
    }
    if (q.added_after !== undefined && Number.isNaN(Date.parse(q.added_after))) return taxiiError(c, 400, "Bad added_after", "added_after must be an RFC 3339 timestamp");
    const afterTime = q.added_after ? new Date(q.added_after).toISOString() : null;
    const types = q["match[type]"]?.split(",").filter(Boolean);
    const ids = q["match[id]"]?.split(",").filter(Boolean);
    const wanted = (o: StixObject) => (!types || types.includes(o.type)) && (!ids || ids.includes(o.id));
    const take = Math.min(limit, MAX_PAGE);
    const items: Added[] = [];
    let offset = from?.offset ?? 0;
    for await (const g of groups(from, afterTime, wanted)) {
      for (let i = offset; i < g.objects.length; i++) {
        if (items.length === take) return { items, more: true, next: encodeNext({ time: g.time, id: g.id, offset: i }) };
        items.push({ object: g.objects[i]!, added: g.time });
      }
      offset = 0;
    }
    return { items, more: false, next: null };
  }

  const dateHeaders = (items: Added[]): Record<string, string> => items.length
    ? { "X-TAXII-Date-Added-First": items[0]!.added, "X-TAXII-Date-Added-Last": items[items.length - 1]!.added }
    : {};

  app.get("/api/collections/:id/objects", async (c) => {
    if (c.req.param("id") !== COLLECTION_ID) return noCollection(c);
    const p = await page(c);
    if (p instanceof Response) return p;
    return taxiiJson(c, { more: p.more, ...(p.next ? { next: p.next } : {}), objects: p.items.map((i) => i.object) }, dateHeaders(p.items));
  });

  app.get("/api/collections/:id/manifest", async (c) => {
    if (c.req.param("id") !== COLLECTION_ID) return noCollection(c);
    const p = await page(c);
    if (p instanceof Response) return p;
    return taxiiJson(c, {
      more: p.more, ...(p.next ? { next: p.next } : {}),
      objects: p.items.map((i) => ({ id: i.object.id, date_added: i.added, version: (i.object.modified as string | undefined) ?? (i.object.created as string), media_type: STIX_MEDIA })),
    }, dateHeaders(p.items));
  });

  app.get("/api/collections/:id/objects/:objectId", async (c) => {
    if (c.req.param("id") !== COLLECTION_ID) return noCollection(c);
    const objectId = c.req.param("objectId");
    if (objectId === TLP_WHITE.id || objectId === PRODUCER.id) return taxiiJson(c, { more: false, objects: [objectId === TLP_WHITE.id ? TLP_WHITE : PRODUCER] });
    // Objects that belong to one incident carry its id; shared ones are found by scanning.
    let cursor: { time: string; id: string } | null = null;
    for (;;) {
      const batch = await store.incidentsChangedAfter(cursor, 200);
      if (!batch.length) break;
      for (const detail of await store.getIncidents(batch.map((i) => i.id))) {
        const hit = incidentToStix(detail).find((o) => o.id === objectId);
        if (hit) return taxiiJson(c, { more: false, objects: [hit] });
      }
      cursor = { time: batch.at(-1)!.changedAt, id: batch.at(-1)!.id };
    }
    return taxiiError(c, 404, "Object not found", `no object ${objectId} in this collection`);
  });

  app.all("*", (c) => taxiiError(c, 404, "Not found", `no TAXII endpoint ${c.req.method} ${c.req.path}`));
  return app;
}
