// Bytes → text for a document file: UTF-8 (with or without BOM), UTF-16 with BOM, or
// Windows-1252 when the bytes hold no UTF-8 at all. Refuses empty, binary and mixed-up input
// with an AppError that says what is wrong.
import { AppError } from "../errors/app-error.ts";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new AppError("FILE_EMPTY", "the file is empty");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 9) || (b > 13 && b < 32 && b !== 27)) control++;
  if (control > 0 && (head.includes(0) || control / head.length > 0.05)) {
    throw new AppError("FILE_BINARY", "the file is binary, not text");
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // Valid multi-byte UTF-8 sequences next to invalid bytes mean damaged UTF-8, not a legacy encoding.
    const text = new TextDecoder("utf-8").decode(bytes);
    const validMultibyte = /[\u0080-\uFFFC]/u.test(text.replace(/\uFFFD/g, ""));
    if (validMultibyte) {
      const bad = text.indexOf("\uFFFD");
      throw new AppError("INVALID_UTF8", `the file is not valid UTF-8 (first bad byte near character ${bad})`);
    }
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
