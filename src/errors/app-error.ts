// The one error type thrown at boundaries (files, HTTP, database), with a stable code.
export type ErrorCode =
  | "FILE_NOT_FOUND" | "FILE_UNREADABLE" | "FILE_EMPTY" | "FILE_BINARY" | "FILE_TOO_LARGE" | "INVALID_UTF8"
  | "NOT_A_FILE" | "BAD_ARGUMENT" | "BAD_GOLD"
  | "BAD_JSONL" | "BAD_FEED" | "HTML_NO_ARTICLE" | "EML_NO_TEXT" | "UNSUPPORTED_TYPE"
  | "URL_REFUSED" | "URL_UNREACHABLE" | "URL_TIMEOUT" | "URL_TOO_LARGE" | "URL_TOO_MANY_REDIRECTS" | "URL_HTTP_ERROR"
  | "DB_UNAVAILABLE" | "DB_LOCKED" | "NOT_FOUND";

export class AppError extends Error {
  constructor(readonly code: ErrorCode, message: string, readonly status = 400, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AppError";
  }
}
