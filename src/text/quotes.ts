// Quotation marks that open a quoted name across European typography: „Low-high“ (Baltic,
// Slavic, German), “English”, «guillemets», ‚single low‘, ”Nordic” and the typewriter's ".
export const OPENING_QUOTE_CHARS = "\"„“«‚”";
export const CLOSING_QUOTE_CHARS = "\"“”»‘’";

const opening = new Set(OPENING_QUOTE_CHARS), closing = new Set(CLOSING_QUOTE_CHARS);
export const isOpeningQuote = (ch: string | undefined): boolean => !!ch && opening.has(ch);
export const isClosingQuote = (ch: string | undefined): boolean => !!ch && closing.has(ch);
