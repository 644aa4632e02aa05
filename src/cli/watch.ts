// incidex watch add|list|remove NAME, and incidex watch alerts: the organisations a team follows
// (vendors, partners, subsidiaries) and the alerts raised when an incident names one.
import { parseArgs } from "node:util";
import { AppError } from "../errors/app-error.ts";
import { WATCH_ROLES, type WatchRole } from "../store/store.ts";
import { webhookFromEnv, deliverPending } from "../watch/webhook.ts";
import { openStore } from "./store-commands.ts";

const out = (s: string) => process.stdout.write(s);

export async function runWatch(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: { db: { type: "string" }, roles: { type: "string" }, json: { type: "boolean" }, limit: { type: "string" } },
  });
  const name = positionals.join(" ").trim();
  if (!sub || !["add", "list", "remove", "alerts"].includes(sub)) {
    throw new AppError("BAD_ARGUMENT", "usage: incidex watch add NAME [--roles victim,third_party,impersonated] | watch list | watch remove NAME | watch alerts");
  }
  if ((sub === "add" || sub === "remove") && !name) throw new AppError("BAD_ARGUMENT", `incidex watch ${sub} needs the organisation's name`);
  const store = await openStore(values.db);
  try {
    if (sub === "add") {
      const roles = values.roles ? (values.roles.split(",").map((r) => r.trim().replace(/-/g, "_")) as WatchRole[]) : [...WATCH_ROLES];
      const { watch, existingAlerts } = await store.addWatch(name, roles);
      if (values.json) out(`${JSON.stringify({ watch, existingAlerts })}\n`);
      else out(`watching ${watch.name} as ${watch.roles.join(", ")}${existingAlerts ? `; stored incidents already name it: ${existingAlerts} alert${existingAlerts === 1 ? "" : "s"} (see incidex watch alerts)` : ""}\n`);
      const hook = webhookFromEnv();
      if (hook && existingAlerts) {
        const r = await deliverPending(store, hook, 30_000);
        out(`webhook: ${r.delivered} delivered${r.pending ? ", some pending (retried by the next ingest or incidex serve)" : ""}\n`);
      }
    } else if (sub === "remove") {
      const watch = await store.removeWatch(name);
      out(values.json ? `${JSON.stringify(watch)}\n` : `no longer watching ${watch.name}\n`);
    } else if (sub === "list") {
      const watches = await store.listWatches();
      if (values.json) out(`${JSON.stringify(watches)}\n`);
      else out(watches.length ? watches.map((w) => `${w.name}\t${w.roles.join(",")}\tsince ${w.createdAt.slice(0, 10)}\n`).join("") : "nothing is watched; add a name with incidex watch add NAME\n");
    } else {
      const { items } = await store.listAlerts({ limit: values.limit ? Number(values.limit) : 50 });
      if (values.json) out(`${JSON.stringify(items)}\n`);
      else out(items.length ? items.map((a) => `${a.createdAt.slice(0, 16).replace("T", " ")}  ${a.watch} as ${a.role.replace("_", " ")} (“${a.orgName}”)${a.existing ? " [already stored]" : ""}  ${a.incidentId}  ${a.incidentTitle ?? ""}  ${a.deliveredAt ? "delivered" : a.attempts ? `not delivered: ${a.lastError}` : "not sent"}\n`).join("") : "no alerts\n");
    }
    return 0;
  } finally {
    await store.close();
  }
}
