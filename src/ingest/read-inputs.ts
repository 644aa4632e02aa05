// Command-line inputs (files, directories, "-"): paths expanded, bytes read with the size limit,
// and read failures told as errors with stable codes. The loaders make documents of them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../errors/app-error.ts";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** A read failure as an AppError with a stable code. */
export function describeReadError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return new AppError("FILE_NOT_FOUND", "no such file or directory", 404, { cause: err });
  if (code === "EACCES" || code === "EPERM") return new AppError("FILE_UNREADABLE", "permission denied", 403, { cause: err });
  if (code === "EISDIR") return new AppError("NOT_A_FILE", "is a directory", 400, { cause: err });
  return new AppError("FILE_UNREADABLE", `cannot read ${path}: ${(err as Error)?.message ?? String(err)}`, 500, { cause: err });
}

/** Files under a directory, recursively, in name order, skipping hidden entries. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const p = join(dir, name);
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* reported when read */ }
    if (isDir) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Expands directories; keeps the paths as given so `source.uri` is what the user typed. */
export function expandInputs(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (a === "-") { out.push(a); continue; }
    let isDir = false;
    try { isDir = statSync(a).isDirectory(); } catch { /* reported when read */ }
    out.push(...(isDir ? walk(a) : [a]));
  }
  return out;
}

export function readBytes(path: string): Uint8Array {
  if (path === "-") return readFileSync(0);
  const st = statSync(path);
  if (!st.isFile()) throw new AppError("NOT_A_FILE", "not a regular file");
  if (st.size > MAX_DOCUMENT_BYTES) {
    throw new AppError("FILE_TOO_LARGE", `the file is ${(st.size / 1048576).toFixed(1)} MB, over the ${MAX_DOCUMENT_BYTES / 1048576} MB limit for one document`, 413);
  }
  return readFileSync(path);
}
