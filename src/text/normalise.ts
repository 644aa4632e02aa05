// The one normalisation every offset in a report indexes: NFC, \r\n and \r to \n, no BOM.
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}
