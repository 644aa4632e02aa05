// .eml messages → documents: the text part (or the HTML part as text), with Subject, From and
// Date carried into the source.
import PostalMime from "postal-mime";
import { AppError } from "../errors/app-error.ts";
import { htmlToText, isoDay } from "./html.ts";

export interface EmailDocument {
  title: string | null;
  text: string;
  published: string | null;
  author: string | null;
  meta: Record<string, unknown>;
}

export async function parseEmail(bytes: Uint8Array): Promise<EmailDocument> {
  let mail;
  try {
    mail = await PostalMime.parse(bytes);
  } catch (err) {
    throw new AppError("UNSUPPORTED_TYPE", `not a readable MIME message: ${(err as Error).message}`, 422);
  }
  const body = (mail.text?.trim() ? mail.text : mail.html ? htmlToText(mail.html) : "").replace(/\r\n/g, "\n").trim();
  if (!body) {
    const n = mail.attachments?.length ?? 0;
    throw new AppError("EML_NO_TEXT", n ? `the message holds only attachments (${n}), no text or HTML part` : "the message has no text or HTML part", 422);
  }
  const subject = mail.subject?.trim() || null;
  const from = mail.from ? (mail.from.name ? `${mail.from.name} <${mail.from.address ?? ""}>` : mail.from.address ?? null) : null;
  return {
    title: subject,
    text: subject ? `${subject}\n\n${body}` : body,
    published: isoDay(mail.date),
    author: from,
    meta: { from, to: mail.to?.map((t) => t.address) ?? [], messageId: mail.messageId ?? null, date: mail.date ?? null, attachments: (mail.attachments ?? []).map((a) => a.filename ?? a.mimeType) },
  };
}
