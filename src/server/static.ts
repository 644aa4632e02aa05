// The built web UI: files from one directory, index.html for every other path so the UI's
// own routes load on refresh. Paths never leave the directory.
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon", ".json": "application/json", ".woff2": "font/woff2",
  ".map": "application/json", ".txt": "text/plain; charset=utf-8",
};

// Scripts and styles come only from this server; document text can never run as code.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function serveUi(dir: string) {
  const root = resolve(dir);
  return async (c: Context) => {
    let rel: string;
    try { rel = decodeURIComponent(c.req.path); } catch { rel = "/"; }
    let file = resolve(join(root, rel));
    if (file !== root && !file.startsWith(root + sep)) file = join(root, "index.html");
    let isFile = await stat(file).then((s) => s.isFile(), () => false);
    if (!isFile) { file = join(root, "index.html"); isFile = true; }
    let body: Buffer;
    try { body = await readFile(file); } catch {
      return c.text("The web UI is not built: run npm run build:ui.\n", 503);
    }
    const hashed = /\/assets\//.test(file);
    return c.body(new Uint8Array(body), 200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
      "Content-Security-Policy": CSP,
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
    });
  };
}
