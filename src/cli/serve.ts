// incidex serve: the HTTP API and the web UI over the store, optionally after ingesting inputs.
import { existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import { LOOPBACK } from "../server/loopback.ts";
import { deliverDue, webhookFromEnv } from "../watch/webhook.ts";
import { openStore } from "./store-commands.ts";

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export async function runServe(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" }, db: { type: "string" },
      ingest: { type: "string", multiple: true }, "allow-private": { type: "boolean" }, ui: { type: "string" },
      "max-body": { type: "string" }, workers: { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new AppError("BAD_ARGUMENT", `--port must be a port number, not "${values.port}"`);
  const maxBody = values["max-body"] ? Number(values["max-body"]) : undefined;
  if (maxBody !== undefined && (!Number.isInteger(maxBody) || maxBody < 1)) throw new AppError("BAD_ARGUMENT", `--max-body must be a number of bytes, not "${values["max-body"]}"`);
  const token = process.env.INCIDEX_TOKEN?.trim() || null;
  const host = values.host!;
  if (!token && !LOOPBACK.has(host)) {
    throw new AppError("BAD_ARGUMENT", `without INCIDEX_TOKEN the write endpoints are open, so the server listens on loopback only; set INCIDEX_TOKEN to listen on ${host}`);
  }
  const uiDir = values.ui ? resolve(values.ui) : join(PACKAGE_ROOT, "dist/ui");
  const haveUi = existsSync(join(uiDir, "index.html"));
  if (!haveUi) process.stderr.write(`incidex serve: no web UI in ${uiDir} (run npm run build:ui); serving the API only\n`);

  const [{ createApp }, { serve }, { createExtractor, defaultWorkerCount }] = await Promise.all([
    import("../server/app.ts"), import("@hono/node-server"), import("../pipeline/extract-pool.ts"),
  ]);
  const store = await openStore(values.db);
  const extractor = createExtractor(0);
  try {
    if (values.ingest?.length) {
      const { ingestInputs } = await import("../pipeline/ingest.ts");
      const bulk = createExtractor(values.workers ? Number(values.workers) : defaultWorkerCount());
      const s = await ingestInputs(store, values.ingest, { extractor: bulk, load: { allowPrivate: values["allow-private"] } });
      await bulk.close();
      process.stdout.write(`ingested ${values.ingest.join(", ")}: read ${s.read}, new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed.length}\n`);
      for (const f of s.failed) process.stderr.write(`  failed ${f.uri}: ${f.reason} [${f.code}]\n`);
    }
  } catch (err) {
    await store.close();
    throw err;
  }
  const version = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version as string;
  const webhook = webhookFromEnv();
  // One delivery pass at a time: a tick every few seconds, and one as soon as alerts may be new.
  let delivering: Promise<unknown> | null = null;
  const deliver = () => {
    if (!webhook || delivering) return;
    delivering = deliverDue(store, webhook).catch((err) => process.stderr.write(`incidex serve: webhook: ${(err as Error).message}\n`)).finally(() => { delivering = null; });
  };
  const ticker = webhook ? setInterval(deliver, 2000) : null;
  ticker?.unref();
  const app = createApp({ store, extractor, token, uiDir: haveUi ? uiDir : null, maxBodyBytes: maxBody, version, fetch: { allowPrivate: values["allow-private"] }, onAlerts: deliver });

  return new Promise<number>((resolveExit, rejectExit) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
      process.stdout.write(`Incidex is serving http://${shown}:${info.port}/ (${store.backend === "postgres" ? "PostgreSQL" : "embedded store"})\n`);
      if (!token) process.stdout.write("no INCIDEX_TOKEN is set: write endpoints need no token, so the server listens on loopback only\n");
      if (webhook) process.stdout.write(`alerts for watched organisations are POSTed to ${webhook.url}${webhook.secret ? " (signed)" : ""}\n`);
    });
    server.on("error", (err: NodeJS.ErrnoException) => {
      void store.close().finally(() => rejectExit(err.code === "EADDRINUSE" ? new AppError("BAD_ARGUMENT", `port ${port} on ${host} is in use; pick another with --port`) : err));
    });
    const stop = () => {
      if (ticker) clearInterval(ticker);
      server.close();
      void Promise.resolve(delivering).then(() => Promise.all([extractor.close(), store.close()])).finally(() => resolveExit(0));
      // Keep-alive connections would hold close() open; a second signal means now.
      setTimeout(() => resolveExit(0), 2000).unref();
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
