// Runs in a worker thread: document in, report record out.
import { parentPort } from "node:worker_threads";
import { extractReport, type DocumentInput } from "./extract-report.ts";

// Loading this module loads the language model; saying so lets the pool start sending work.
parentPort?.postMessage({ ready: true });

parentPort?.on("message", (msg: { id: number; doc: DocumentInput; now: string }) => {
  try {
    parentPort!.postMessage({ id: msg.id, record: extractReport(msg.doc, { now: new Date(msg.now) }) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).message });
  }
});
