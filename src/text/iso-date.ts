// Dates as users give them: a year, a month or a day, ISO 8601 ("2025", "2025-03", "2025-03-04").
export const PARTIAL_ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A timestamp or date that begins with one ("2025-03-04T10:00:00Z"), as feeds and JSON lines give them. */
export const STARTS_WITH_ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;
