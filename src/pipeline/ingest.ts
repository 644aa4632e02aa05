// Documents → stored, grouped reports. Extraction runs in parallel; writes are committed one
// document per transaction in input order, so a crash loses at most the documents in flight
// and a re-run finds everything committed unchanged.
import { randomUUID } from "node:crypto";
import type { AppError } from "../errors/app-error.ts";
import { loadInputs, type LoadOptions } from "../ingest/loaders.ts";
import type { IngestStatus, LoadedDocument, Store } from "../store/store.ts";
import type { Extractor } from "./extract-pool.ts";

export interface IngestSummary {
  runId: string;
  read: number;
  new: number;
  updated: number;
  unchanged: number;
  /** Documents placed in the job queue for workers (with `queue`). */
  queued: number;
  failed: { uri: string; code: string; reason: string }[];
  seconds: number;
}

export interface IngestProgress {
  done: number;
  status: IngestStatus | "failed";
  uri: string;
}

export interface IngestOptions {
  load?: LoadOptions;
  extractor: Extractor;
  onProgress?: (p: IngestProgress, summary: IngestSummary) => void;
  /** Documents are placed in the queue for `incidex worker` instead of being extracted here. */
  queue?: boolean;
}

export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { runId: randomUUID(), read: 0, new: 0, updated: 0, unchanged: 0, queued: 0, failed: [], seconds: 0 };
  const started = performance.now();
  const window = Math.max(2, options.extractor.size * 2);
  const inFlight: Promise<() => Promise<void>>[] = [];
  let done = 0;
  const report = (status: IngestStatus | "failed", uri: string) => { done++; options.onProgress?.({ done, status, uri }, summary); };
  const fail = async (uri: string, error: AppError | Error) => {
    const code = (error as AppError).code ?? "ERROR";
    summary.failed.push({ uri, code, reason: error.message });
    await store.logIngest(summary.runId, uri, "failed", `${code}: ${error.message}`, null).catch(() => {});
    report("failed", uri);
  };
  // Each entry resolves to its commit step; commits run in the order documents were read.
  const drainOne = async () => { const commit = await inFlight.shift()!; await commit(); };
  const queued: LoadedDocument[] = [];

  for await (const item of loadInputs(inputs, options.load)) {
    summary.read++;
    if (!item.ok) { inFlight.push(Promise.resolve(() => fail(item.uri, item.error))); }
    else if (options.queue) { queued.push(item.doc); }
    else {
      const doc = item.doc;
      inFlight.push((async () => {
        if (await store.isUnchanged(doc)) {
          return async () => { summary.unchanged++; await store.logIngest(summary.runId, doc.uri, "unchanged", null, null); report("unchanged", doc.uri); };
        }
        try {
          const record = await options.extractor.extract({ text: doc.text, uri: doc.uri, title: doc.title, lang: doc.lang, published: doc.published, fetchedAt: doc.kind === "url" ? new Date().toISOString() : null });
          return async () => {
            try {
              const out = await store.ingest(doc, record);
              summary[out.status]++;
              await store.logIngest(summary.runId, doc.uri, out.status, null, out.reportId);
              report(out.status, doc.uri);
            } catch (err) { await fail(doc.uri, err as Error); }
          };
        } catch (err) {
          return () => fail(doc.uri, err as Error);
        }
      })());
    }
    while (inFlight.length >= window) await drainOne();
  }
  while (inFlight.length) await drainOne();
  if (queued.length) summary.queued = await store.enqueue(summary.runId, queued);
  if (summary.new + summary.updated > 0) await store.analyze();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
