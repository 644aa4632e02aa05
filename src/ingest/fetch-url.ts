// Fetching a URL for ingest: bounded in time, size and redirects, and refusing private,
// loopback and link-local addresses (checked on the address actually connected to, so a DNS
// name that resolves to 127.0.0.1 is refused too) unless the caller allows them.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { AppError } from "../errors/app-error.ts";
import { MAX_DOCUMENT_BYTES } from "./read-inputs.ts";

export interface FetchOptions {
  allowPrivate?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
}

/** True for addresses a public fetch must never reach. */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) {
    const [a, b] = address.split(".").map(Number) as [number, number];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
      || (a === 100 && b >= 64 && b <= 127) || a >= 224;
  }
  if (v === 6) {
    const x = address.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(x);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return x === "::" || x === "::1" || /^f[cd]/.test(x) || /^fe[89ab]/.test(x) || /^ff/.test(x);
  }
  return true;
}

function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: object, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "");
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        const e = new Error(`${hostname} resolves to the private address ${bad.address}`) as NodeJS.ErrnoException;
        e.code = "EPRIVATE";
        return callback(e, "");
      }
      if ((options as { all?: boolean }).all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  }) as LookupFunction;
}

export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const { allowPrivate = false, timeoutMs = 15000, maxBytes = MAX_DOCUMENT_BYTES, maxRedirects = 5 } = options;
  const deadline = Date.now() + timeoutMs;
  let current = url;
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(current, { allowPrivate, deadline, maxBytes, timeoutMs });
    if (res.status >= 300 && res.status < 400 && res.location) {
      if (hop >= maxRedirects) throw new AppError("URL_TOO_MANY_REDIRECTS", `more than ${maxRedirects} redirects`, 502);
      current = new URL(res.location, current).toString();
      continue;
    }
    if (res.status >= 400) throw new AppError("URL_HTTP_ERROR", `the server answered HTTP ${res.status}`, 502);
    return { url: current, status: res.status, contentType: res.contentType, body: res.body };
  }
}

function requestOnce(url: string, o: { allowPrivate: boolean; deadline: number; maxBytes: number; timeoutMs: number }): Promise<{ status: number; location?: string; contentType: string; body: Buffer }> {
  let parsed: URL;
  try { parsed = new URL(url); } catch { return Promise.reject(new AppError("BAD_ARGUMENT", `not a URL: ${url}`)); }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return Promise.reject(new AppError("URL_REFUSED", `only http and https are fetched, not ${parsed.protocol}`, 400));
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && isPrivateAddress(host) && !o.allowPrivate) {
    return Promise.reject(new AppError("URL_REFUSED", `refusing the private address ${host} (use --allow-private to fetch it)`, 403));
  }
  const lib = parsed.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = Math.max(1, o.deadline - Date.now());
    const req = lib.get(parsed, {
      lookup: guardedLookup(o.allowPrivate),
      headers: { "user-agent": "incidex/0.1 (+https://github.com/incidex)", accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5", "accept-encoding": "gzip, deflate, br" },
      timeout: remaining,
    }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) { res.resume(); return resolve({ status, location: res.headers.location, contentType: "", body: Buffer.alloc(0) }); }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > o.maxBytes) { res.destroy(); return reject(new AppError("URL_TOO_LARGE", `the response is ${declared} bytes, over the ${o.maxBytes}-byte limit`, 413)); }
      const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
      const stream = enc === "gzip" ? res.pipe(createGunzip()) : enc === "deflate" ? res.pipe(createInflate()) : enc === "br" ? res.pipe(createBrotliDecompress()) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      let over = false;
      stream.on("data", (c: Buffer) => {
        if (over) return;
        size += c.length;
        if (size > o.maxBytes) {
          over = true;
          reject(new AppError("URL_TOO_LARGE", `the response is over the ${o.maxBytes}-byte limit`, 413));
          res.destroy();
          return;
        }
        chunks.push(c);
      });
      stream.on("end", () => over || resolve({ status, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks) }));
      stream.on("error", (err) => reject(err instanceof AppError ? err : new AppError("URL_UNREACHABLE", `reading the response failed: ${err.message}`, 502)));
    });
    req.on("timeout", () => req.destroy(new AppError("URL_TIMEOUT", `no complete answer within ${o.timeoutMs} ms`, 504)));
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (err instanceof AppError) return reject(err);
      if (err.code === "EPRIVATE") return reject(new AppError("URL_REFUSED", `${err.message} (use --allow-private to fetch it)`, 403));
      reject(new AppError("URL_UNREACHABLE", `${parsed.host}: ${err.code ?? err.message}`, 502, { cause: err }));
    });
  });
}
