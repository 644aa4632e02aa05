// Indicators of compromise: IPs, domains, URLs, e-mails, hashes, CVEs, phone numbers, BTC
// addresses, written plainly, defanged ("hxxp", "[.]", "(dot)", "[at]") or redacted ("193.3.XX.XX").
// Every quantifier is bounded so that no input line, however long or repetitive, backtracks
// without limit.
import { isIPv6 } from "node:net";
import { domainToASCII } from "node:url";
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { parse as parseDomain } from "tldts";
import type { Indicator } from "../model/record.ts";
import type { IndicatorRole, IndicatorType } from "../model/vocab.ts";
import { isLetterOrDigitAt } from "../text/letter-case.ts";
import { evidence, hitsIn, isMasked, sentenceAt, type Context } from "./context.ts";

const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[\.|\.\])`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const TLD = String.raw`(?:\p{L}{2,24}|xn--[a-z0-9-]{1,59})`;
const DOMAIN = String.raw`(?:${LABEL}${DOT}){1,8}${TLD}`;
const AT = String.raw`(?:@|\[at\]|\(at\)|\[@\]|\{at\})`;

export const DOMAIN_PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}@._-])${DOMAIN}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`, "giu");
const DOMAIN_AT = new RegExp(DOMAIN_PATTERN.source, "iuy");
export const EMAIL_PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}${AT}${DOMAIN}(?![\p{L}\p{N}-])`, "giu");
const EMAIL_AT = new RegExp(EMAIL_PATTERN.source, "iuy");

/**
 * Each pattern with a hint: a cheap test for something every match must contain, so a text
 * without it is not scanned by the pattern at all (most texts hold no hash, IPv6 or BTC address).
 */
const PATTERNS: { type: IndicatorType | "partial_ip" | "partial_domain"; hint: RegExp | { hexRun: number }; re: RegExp;
  /** The pattern's matches found another way than by scanning the whole text, the same ones. */
  find?: (text: string) => Iterable<RegExpExecArray> }[] = [
  { type: "url", hint: /\/\//, re: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:h(?:tt|xx|XX|TT)ps?|ftp|fxp)(?::|\[:\])//[^\s<>"'«»]{1,2048}`, "giu") },
  { type: "email", hint: /@|\[at\]|\(at\)|\{at\}/i, re: EMAIL_PATTERN, find: (text) => emailMatches(text) },
  { type: "cve", hint: /cve-/i, re: /(?<![\p{L}\p{N}])CVE-\d{4}-\d{4,7}(?!\d)/giu },
  { type: "sha256", hint: { hexRun: 64 }, re: /(?<![\p{L}\p{N}])[a-f0-9]{64}(?![\p{L}\p{N}])/giu },
  { type: "sha1", hint: { hexRun: 40 }, re: /(?<![\p{L}\p{N}])[a-f0-9]{40}(?![\p{L}\p{N}])/giu },
  { type: "md5", hint: { hexRun: 32 }, re: /(?<![\p{L}\p{N}])[a-f0-9]{32}(?![\p{L}\p{N}])/giu },
  { type: "partial_ip", hint: /\.[xX*]/, re: /(?<![\p{L}\p{N}.])\d{1,3}\.(?:\d{1,3}|[xX*]{1,3})\.(?:\d{1,3}|[xX*]{1,3})\.(?:\d{1,3}|[xX*]{1,3})(?![\p{L}\p{N}])/gu },
  { type: "ipv4", hint: /\d[.[({]/, re: new RegExp(String.raw`(?<![\p{N}.])(?:\d{1,3}${DOT}){3}\d{1,3}(?!\p{N}|\.\p{N})`, "gu") },
  { type: "ipv6", hint: /:[0-9a-f]{0,4}:/i, re: /(?<![\p{L}\p{N}:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\p{L}\p{N}:])/giu },
  { type: "btc", hint: /bc1|[13][a-km-zA-HJ-NP-Z1-9]{25}/, re: /(?<![\p{L}\p{N}])(?:bc1[ac-hj-np-z02-9]{11,71}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})(?![\p{L}\p{N}])/gu },
  { type: "partial_domain", hint: /\.\.\.|\*\*|\[\.\.\.\]/, re: new RegExp(String.raw`(?<![\p{L}\p{N}.])${LABEL}(?:\.{3,24}|\*{2,24}|\[\.\.\.\])(?:${LABEL}\.){0,3}${TLD}(?![\p{L}\p{N}])`, "giu") },
  { type: "domain", hint: /[.\]()]/, re: DOMAIN_PATTERN, find: (text) => domainMatches(text) },
];

export function* allMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) yield m;
}

/** Whether the character at i can be written in a domain, defanged ones included. */
function isDomainCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 45 || c === 46 || isBracket(c) || isLetterOrDigitAt(text, i);
}

const isBracket = (c: number) => c === 91 || c === 93 || c === 40 || c === 41 || c === 123 || c === 125;
const SEPARATOR = /[.[(]/g;

/**
 * What DOMAIN_PATTERN finds scanning the whole text, found faster: every domain holds a dot or an
 * opening bracket ("[.]", "(dot)"), and lies in one run of domain characters, where the pattern's
 * look-behind lets it start only at the run's start or after a bracket. So only the runs around
 * a separator are tried, at those places; the rest of the text, most of it words the pattern
 * would fail on one by one, is never tried.
 */
export function* domainMatches(text: string): Generator<RegExpExecArray> {
  SEPARATOR.lastIndex = 0;
  let sep: RegExpExecArray | null;
  while ((sep = SEPARATOR.exec(text)) !== null) {
    let start = sep.index, end = sep.index + 1;
    while (start > 0 && isDomainCharAt(text, start - 1)) start--;
    while (end < text.length && isDomainCharAt(text, end)) end++;
    for (let p = start; p < end;) {
      DOMAIN_AT.lastIndex = p;
      const m = DOMAIN_AT.exec(text);
      if (m) {
        yield m;
        p = m.index + m[0].length;
      } else p++;
      while (p < end && !isBracket(text.charCodeAt(p - 1))) p++;
    }
    SEPARATOR.lastIndex = end;
  }
}

const AT_SIGN = /@|\[at\]|\(at\)|\{at\}/gi;
const isLocalPartCharAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || isLetterOrDigitAt(text, i);
};

/**
 * What EMAIL_PATTERN finds scanning the whole text, found faster: an address can only begin where
 * the run of local-part characters before an at sign ("@", "[at]", "[@]"…) begins, as its
 * look-behind allows no such character before it; so the pattern is tried there alone.
 */
export function* emailMatches(text: string): Generator<RegExpExecArray> {
  AT_SIGN.lastIndex = 0;
  let after = 0, at: RegExpExecArray | null;
  while ((at = AT_SIGN.exec(text)) !== null) {
    let sign = at.index;
    if (text.startsWith("[@]", sign - 1)) sign--;
    let start = sign;
    while (start > 0 && isLocalPartCharAt(text, start - 1)) start--;
    if (start < after) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (!m) continue;
    yield m;
    after = m.index + m[0].length;
    if (AT_SIGN.lastIndex < after) AT_SIGN.lastIndex = after;
  }
}

/** The longest run of hexadecimal digits: the hint of the three hash patterns. */
function longestHexRun(text: string): number {
  let best = 0, run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) { if (++run > best) best = run; } else run = 0;
  }
  return best;
}

// Candidate phone numbers: a digit run with the separators people write, checked by libphonenumber.
const PHONE = /(?<![\p{L}\p{N}+.,/-])(?:\+|00)?\(?\d[\d\u00a0 ().\/-]{5,18}\d(?![\p{L}\p{N}]|[.,]\d)/gu;

const refang = (s: string) => s
  .replace(/^h(?:xx|XX|tt|TT)p/i, "http").replace(/^fxp/i, "ftp").replace(/\[:\]/g, ":")
  .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[\.|\.\]/gi, ".")
  .replace(/\[at\]|\(at\)|\[@\]|\{at\}/gi, "@");

/** A hostname that the public suffix list knows (so "faktura.pdf" and "script.ps1" are not domains). */
export function isPublicHostname(host: string): boolean {
  const ascii = domainToASCII(host.toLowerCase());
  if (!ascii) return false;
  const info = parseDomain(ascii, { allowPrivateDomains: true });
  return info.isIcann === true && !!info.domain && info.domain !== info.publicSuffix;
}

const trimUrl = (u: string): string => {
  let s = u.replace(/[.,;:!?'"»”’]+$/u, "");
  while (/[)\]}]$/.test(s)) {
    const close = s.at(-1)!, open = close === ")" ? "(" : close === "]" ? "[" : "{";
    if (s.split(open).length >= s.split(close).length) break;
    s = s.slice(0, -1).replace(/[.,;:!?'"]+$/u, "");
  }
  return s;
};


function roleFor(ctx: Context, type: IndicatorType, start: number, partial: boolean, phishingDoc: boolean, defanged: boolean): { role: IndicatorRole; reason: string } {
  const s = sentenceAt(ctx, start);
  const prev = sentenceAt(ctx, Math.max(0, s.start - 2));
  const cues = new Set(hitsIn(ctx, ctx.pack.indicatorRoles, s.start, s.end).map((h) => h.value));
  const near = new Set(hitsIn(ctx, ctx.pack.indicatorRoles, prev.start, s.end).map((h) => h.value));
  if (type === "cve") return { role: "reference", reason: "indicator.role.cve-is-reference" };
  if (type === "email" || type === "phone") {
    if (type === "email" && cues.has("sender") && phishingDoc) return { role: "spoofed_sender", reason: "indicator.role.sender-cue-in-phishing" };
    if (near.has("contact")) return { role: "contact", reason: "indicator.role.contact-cue" };
    if (cues.has("malicious")) return { role: "malicious", reason: "indicator.role.malicious-cue" };
    if (defanged) return { role: "malicious", reason: "indicator.role.defanged" };
    if (type === "phone") return { role: "contact", reason: "indicator.role.phone-default-contact" };
    return { role: "unknown", reason: "indicator.role.no-cue" };
  }
  if (cues.has("reference") && !cues.has("malicious")) return { role: "reference", reason: "indicator.role.reference-cue" };
  if (near.has("malicious") || partial) return { role: "malicious", reason: "indicator.role.malicious-cue" };
  // Whoever writes "hxxps://" or "evil[.]com" made the link unclickable because it is dangerous.
  if (defanged) return { role: "malicious", reason: "indicator.role.defanged" };
  if (type === "btc" || type === "sha256" || type === "sha1" || type === "md5") return { role: "malicious", reason: "indicator.role.hash-default" };
  return { role: "unknown", reason: "indicator.role.no-cue" };
}

/** Finds every indicator in the text; claims their spans in ctx.masked so names skip them. */
export function extractIndicators(ctx: Context, phishingDoc: boolean): Indicator[] {
  const { text } = ctx;
  const out: Indicator[] = [];
  const taken: { start: number; end: number }[] = [];
  const overlaps = (a: number, b: number) => taken.some((t) => a < t.end && b > t.start);
  const add = (type: IndicatorType, value: string, start: number, end: number, defanged: boolean, partial: boolean, reason: string) => {
    taken.push({ start, end });
    const role = roleFor(ctx, type, start, partial, phishingDoc, defanged);
    out.push({ type, value, role: role.role, defanged, partial, evidence: [evidence(ctx, start, end)], reasons: [reason, role.reason] });
  };

  const hexRun = longestHexRun(text);
  for (const { type, hint, re, find } of PATTERNS) {
    if (hint instanceof RegExp ? !hint.test(text) : hexRun < hint.hexRun) continue;
    for (const m of find ? find(text) : allMatches(re, text)) {
      let raw = m[0];
      const start = m.index;
      if (type === "url") raw = trimUrl(raw);
      const end = start + raw.length;
      if (overlaps(start, end)) continue;
      const value = refang(raw);
      const defanged = value !== raw;
      switch (type) {
        case "url": {
          let host = "";
          try { host = new URL(value).hostname; } catch { continue; }
          if (!isPublicHostname(host) && !/^\d+\.\d+\.\d+\.\d+$/.test(host)) continue;
          add("url", value, start, end, defanged, false, "indicator.url");
          break;
        }
        case "email": {
          const domain = value.split("@")[1] ?? "";
          if (!isPublicHostname(domain)) continue;
          add("email", value.toLowerCase(), start, end, defanged, false, "indicator.email");
          break;
        }
        case "cve": add("cve", value.toUpperCase(), start, end, false, false, "indicator.cve"); break;
        case "sha256": case "sha1": case "md5":
          if (!/\d/.test(raw) || !/[a-f]/i.test(raw)) continue;
          add(type, value.toLowerCase(), start, end, false, false, `indicator.${type}`);
          break;
        case "partial_ip":
          if (!/[xX*]/.test(raw)) continue;
          add("ipv4", raw, start, end, false, true, "indicator.ipv4.redacted");
          break;
        case "ipv4": {
          const octets = value.split(".").map(Number);
          if (octets.some((o) => o > 255)) continue;
          if (ctx.pack.versionBefore.test(text.slice(Math.max(0, start - 12), start))) continue;
          add("ipv4", value, start, end, defanged, false, "indicator.ipv4");
          break;
        }
        case "ipv6":
          if (!raw.includes("::") && raw.split(":").length < 8) continue;
          if (!isIPv6(raw) || !/[0-9a-f]{2}/i.test(raw) || /^[\d:]+$/.test(raw) && raw.split(":").length < 5) continue;
          add("ipv6", raw.toLowerCase(), start, end, false, false, "indicator.ipv6");
          break;
        case "btc": {
          if (!raw.startsWith("bc1")) {
            const around = text.slice(Math.max(0, start - 120), end + 60);
            if (!ctx.pack.ransomContext.test(around)) continue;
            if (!/\d/.test(raw) || !/[A-Z]/.test(raw) || !/[a-z]/.test(raw)) continue;
          }
          add("btc", raw, start, end, false, false, "indicator.btc");
          break;
        }
        case "partial_domain": {
          const tld = raw.split(/[.*\]]+/).at(-1) ?? "";
          if (!isPublicHostname(`x.${tld}`)) continue;
          add("domain", raw.toLowerCase(), start, end, false, true, "indicator.domain.redacted");
          break;
        }
        case "domain": {
          const tld = value.split(".").at(-1) ?? "";
          // "system.Vi" is two words run together, not a domain: a written domain's ending is lower case.
          if (tld !== tld.toLowerCase() && raw !== raw.toUpperCase()) continue;
          if (!isPublicHostname(value)) continue;
          add("domain", value.toLowerCase(), start, end, defanged, false, "indicator.domain");
          break;
        }
      }
    }
  }
  ctx.masked.push(...taken);
  out.push(...extractPhones(ctx, phishingDoc));
  out.sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  return dedupe(out);
}

function extractPhones(ctx: Context, phishingDoc: boolean): Indicator[] {
  const { text } = ctx;
  const country = (ctx.pack.source.defaultCountry ?? undefined) as CountryCode | undefined;
  const out: Indicator[] = [];
  PHONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PHONE.exec(text)) !== null) {
    const raw = m[0].replace(/[\s(./-]+$/u, "");
    const start = m.index, end = start + raw.length;
    if (isMasked(ctx, start, end)) continue;
    const digits = raw.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 15) continue;
    if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw) || /^\d{4}\s*[-–/]\s*\d{4}$/.test(raw)) continue; // counts, year ranges
    if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(raw)) continue; // dates
    const international = raw.startsWith("+") || raw.startsWith("00");
    const s = sentenceAt(ctx, start);
    const cued = hitsIn(ctx, ctx.pack.indicatorRoles, Math.max(0, s.start - 200), s.end).some((h) => h.value === "contact");
    if (!international && !cued && !raw.startsWith("0")) continue;
    if (!international && !country) continue;
    const parsed = parsePhoneNumberFromString(raw.startsWith("00") ? `+${raw.slice(2)}` : raw, country);
    if (!parsed || !parsed.isValid()) continue;
    const role = roleFor(ctx, "phone", start, false, phishingDoc, false);
    ctx.masked.push({ start, end });
    out.push({ type: "phone", value: parsed.number, role: role.role, defanged: false, partial: false,
      evidence: [evidence(ctx, start, end)], reasons: ["indicator.phone", role.reason] });
  }
  return out;
}

function dedupe(list: Indicator[]): Indicator[] {
  const seen = new Map<string, Indicator>();
  for (const i of list) {
    const key = `${i.type}|${i.value}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, i);
    else if (prev.evidence.length < 5) prev.evidence.push(...i.evidence);
  }
  return [...seen.values()];
}
