// The first line of a document's text, which is its title when it has no other: a leading
// " date YYYY-MM-DD " line (the extractor's business) and Markdown heading marks are skipped.
export function firstLine(text: string): string | null {
  return text.replace(/^\s*date\s+\d{4}(?:-\d{2}){0,2}\s*\n/, "").split("\n").find((l) => l.trim())?.replace(/^#+\s*/, "").trim() || null;
}
