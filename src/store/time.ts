// Timestamps as the store hands them out: ISO 8601 in UTC, whichever backend produced them.
export function isoTime(d: Date | string): string {
  return (d instanceof Date ? d : new Date(String(d).replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00"))).toISOString();
}
