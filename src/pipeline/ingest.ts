// Documents → stored, grouped reports. Extraction runs in parallel; writes are committed a batch
// per transaction in input order, so a crash loses at most the documents in flight and a re-run
// finds everything committed unchanged.
import { randomUUID } from "node:crypto";
import type { AppError } from "../errors/app-error.ts";
import { loadInputs, type LoadOptions } from "../ingest/loaders.ts";
import type { BatchItem, IngestStatus, LoadedDocument, Store } from "../store/store.ts";
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

/**
 * What a document comes to before it is committed: stored unchanged already, a record to store,
 * or a failure. Ingest from files and from the API prepare documents the same way.
 */
export async function prepareDocument(store: Store, extractor: Extractor, doc: LoadedDocument): Promise<BatchItem> {
  try {
    if (await store.isUnchanged(doc)) return { doc, unchanged: true };
    const record = await extractor.extract({ text: doc.text, uri: doc.uri, title: doc.title, lang: doc.lang, published: doc.published, fetchedAt: doc.kind === "url" ? new Date().toISOString() : null });
    return { doc, record };
  } catch (err) {
    return { uri: doc.uri, error: err as Error };
  }
}

/** Documents committed in one transaction at most: fewer commits, and a crash loses at most these. */
const BATCH = 32;

export async function ingestInputs(store: Store, inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { runId: randomUUID(), read: 0, new: 0, updated: 0, unchanged: 0, queued: 0, failed: [], seconds: 0 };
  const started = performance.now();
  // Two batches in flight: one is committed while the next is being extracted.
  const window = Math.max(2 * BATCH, options.extractor.size * 8);
  // Steps are committed in the order documents were read, a batch in one transaction.
  const inFlight: Promise<BatchItem>[] = [];
  let done = 0;
  const report = (status: IngestStatus | "failed", uri: string) => { done++; options.onProgress?.({ done, status, uri }, summary); };
  const drain = async () => {
    // One turn of the event loop first: the unchanged checks of the documents just read reach
    // the store before this commit does, so their extraction overlaps it instead of waiting.
    await new Promise((resolve) => setImmediate(resolve));
    const steps = await Promise.all(inFlight.splice(0, BATCH));
    const outcomes = await store.commitBatch(summary.runId, steps);
    outcomes.forEach((out) => {
      if (out.status === "failed") {
        summary.failed.push({ uri: out.uri, code: out.code, reason: out.reason });
        report("failed", out.uri);
      } else {
        summary[out.status]++;
        report(out.status, out.uri);
      }
    });
  };
  const queued: LoadedDocument[] = [];

  for await (const item of loadInputs(inputs, options.load)) {
    summary.read++;
    if (!item.ok) inFlight.push(Promise.resolve({ uri: item.uri, error: item.error }));
    else if (options.queue) queued.push(item.doc);
    else inFlight.push(prepareDocument(store, options.extractor, item.doc));
    while (inFlight.length >= window) await drain();
  }
  while (inFlight.length) await drain();
  if (queued.length) summary.queued = await store.enqueue(summary.runId, queued);
  if (summary.new + summary.updated > 0) await store.analyze();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
