// Deterministic identifiers: UUIDv5 (RFC 4122, SHA-1) of what an object is, so exporting the
// same incidents twice gives the same ids and platforms update objects instead of duplicating them.
import { createHash } from "node:crypto";

/** The Incidex namespace for UUIDv5 names (a fixed random UUID). */
export const INCIDEX_NAMESPACE = "6f1c2d4e-8a3b-4c5d-9e7f-0a1b2c3d4e5f";

export function uuidv5(name: string, namespace = INCIDEX_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
