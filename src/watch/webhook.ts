// Alert delivery to a webhook: each alert is POSTed as JSON, signed with HMAC-SHA256, and
// retried with exponential backoff until it is accepted (2xx) or the attempts run out. The
// alerts table is the outbox, so delivery survives restarts and never repeats a delivered alert.
import { createHmac } from "node:crypto";
import type { Alert, Store } from "../store/store.ts";

export interface WebhookConfig {
  url: string;
  /** HMAC key; without one the body is sent unsigned. */
  secret: string | null;
  maxAttempts: number;
  /** First retry after this many ms, doubling each time (capped at an hour). */
  backoffMs: number;
  timeoutMs: number;
}

export function webhookFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookConfig | null {
  const url = env.INCIDEX_WEBHOOK_URL?.trim();
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) throw new Error(`INCIDEX_WEBHOOK_URL must be an http(s) URL, not "${url}"`);
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
  return {
    url, secret: env.INCIDEX_WEBHOOK_SECRET?.trim() || null,
    maxAttempts: num(env.INCIDEX_WEBHOOK_MAX_ATTEMPTS, 8), backoffMs: num(env.INCIDEX_WEBHOOK_BACKOFF_MS, 5000), timeoutMs: num(env.INCIDEX_WEBHOOK_TIMEOUT_MS, 10_000),
  };
}

/** `sha256=` + hex HMAC of "timestamp.body": a receiver recomputes it and rejects old timestamps. */
export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function alertPayload(alert: Alert, incident: { title: string; types: string[]; victims: string[]; countries: string[]; firstDate: string | null; lastDate: string | null; reportCount: number } | null) {
  return {
    type: "incidex.alert",
    id: alert.id,
    createdAt: alert.createdAt,
    watch: alert.watch,
    match: { role: alert.role, name: alert.orgName, existing: alert.existing },
    incident: { id: alert.incidentId, ...(incident ?? { title: alert.incidentTitle }) },
    reportId: alert.reportId,
  };
}

const retryDelay = (config: WebhookConfig, attempt: number) => Math.min(config.backoffMs * 2 ** (attempt - 1), 3_600_000);

/** Sends every alert that is due now, once each. */
export async function deliverDue(store: Store, config: WebhookConfig): Promise<{ delivered: number; failed: number }> {
  let delivered = 0, failed = 0;
  for (;;) {
    const due = await store.dueAlerts(20, config.maxAttempts, config.timeoutMs * 20 + 30_000);
    if (!due.length) return { delivered, failed };
    for (const alert of due) {
      // The incident's list row says all a receiver needs; its whole record is not loaded.
      const summary = (await store.listIncidents({ ids: [alert.incidentId], limit: 1 })).items[0];
      const body = JSON.stringify(alertPayload(alert, summary ? {
        title: summary.title, types: summary.types, victims: summary.victims, countries: summary.countries,
        firstDate: summary.firstDate, lastDate: summary.lastDate, reportCount: summary.reportCount,
      } : null));
      const timestamp = String(Math.floor(Date.now() / 1000));
      const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "incidex-webhook/1", "x-incidex-delivery": String(alert.id), "x-incidex-timestamp": timestamp };
      if (config.secret) headers["x-incidex-signature"] = signature(config.secret, timestamp, body);
      let error: string | null = null;
      try {
        const res = await fetch(config.url, { method: "POST", headers, body, signal: AbortSignal.timeout(config.timeoutMs), redirect: "manual" });
        await res.arrayBuffer().catch(() => undefined);
        if (res.status < 200 || res.status >= 300) error = `HTTP ${res.status}`;
      } catch (err) {
        error = (err as Error).name === "TimeoutError" ? `no answer within ${config.timeoutMs} ms` : ((err as { cause?: Error }).cause?.message ?? (err as Error).message);
      }
      if (error === null) { await store.recordDelivery(alert.id, { ok: true }); delivered++; }
      else { await store.recordDelivery(alert.id, { ok: false, error, retryInMs: retryDelay(config, alert.attempts + 1) }); failed++; }
    }
  }
}

/**
 * Delivers until nothing is pending or the deadline passes, waiting out backoffs in between:
 * what a command does before it exits. Alerts still pending stay in the outbox for next time.
 */
export async function deliverPending(store: Store, config: WebhookConfig, deadlineMs: number): Promise<{ delivered: number; failed: number; pending: boolean }> {
  const end = Date.now() + deadlineMs;
  let delivered = 0, failed = 0;
  for (;;) {
    const r = await deliverDue(store, config);
    delivered += r.delivered;
    failed += r.failed;
    const next = await store.nextAlertDue(config.maxAttempts);
    if (!next) return { delivered, failed, pending: false };
    const wait = Date.parse(next) - Date.now();
    if (Date.now() + Math.max(wait, 0) > end) return { delivered, failed, pending: true };
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
