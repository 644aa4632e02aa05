// Extraction on all cores: a fixed pool of worker threads, or inline when one is enough.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReportRecord } from "../model/record.ts";
import type { DocumentInput } from "./extract-report.ts";

export interface Extractor {
  extract(doc: DocumentInput): Promise<ReportRecord>;
  close(): Promise<void>;
  readonly size: number;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/** size ≤ 1 extracts on the calling thread; more starts that many worker threads. */
export function createExtractor(size: number, now = new Date()): Extractor {
  if (size <= 1) {
    const loaded = import("./extract-report.ts");
    return { size: 1, extract: async (doc) => (await loaded).extractReport(doc, { now }), close: async () => {} };
  }
  const entry = new URL("./extract-worker-entry.mjs", import.meta.url);
  const workers = Array.from({ length: size }, () => new Worker(entry));
  const pending = new Map<number, { resolve: (r: ReportRecord) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const w of workers) {
    w.unref();
    w.on("message", (m: { id: number; record?: ReportRecord; error?: string }) => {
      load.set(w, (load.get(w) ?? 1) - 1);
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if (m.record) p.resolve(m.record);
      else p.reject(new Error(m.error ?? "extraction failed"));
    });
    w.on("error", (err) => { for (const p of pending.values()) p.reject(err); pending.clear(); });
  }
  return {
    size,
    extract(doc) {
      const id = next++;
      // The least busy worker takes the document, so one long text does not stall the rest.
      const w = [...load.entries()].sort((a, b) => a[1] - b[1])[0]![0];
      load.set(w, load.get(w)! + 1);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, doc, now: now.toISOString() });
      });
    },
    async close() { await Promise.all(workers.map((w) => w.terminate())); },
  };
}
