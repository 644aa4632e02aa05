// Counts of affected people, customers, records or accounts: "68 mila clienti", "1,2 millioner
// kunder", "über 500.000 Kunden", "rund 3 000". A share ("fem prosent") is not a count.
import type { Affected } from "../model/record.ts";
import type { Unit } from "../model/vocab.ts";
import { evidence, hitsIn, hitsOf, isMasked, sentenceAt, type Context } from "./context.ts";

const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[ \u00a0\u202f.,’']\d{3})+|\d+(?:[.,]\d+)?)(?![\p{N}])/gu;

/** The value of a written number in a language with decimal commas or decimal points. */
export function parseNumber(raw: string, decimalComma: boolean): number | null {
  const s = raw.replace(/[\u00a0\u202f ’']/g, "");
  const thousands = decimalComma ? /^\d{1,3}(?:\.\d{3})+$/ : /^\d{1,3}(?:,\d{3})+$/;
  if (thousands.test(s)) return Number(s.replace(/[.,]/g, ""));
  const decimal = decimalComma ? s.replace(",", ".") : s.replace(/,/g, "");
  const n = Number(decimal);
  return Number.isFinite(n) ? n : null;
}

function joinsClauses(coordinators: Set<string>, gap: string): boolean {
  return gap.trim().split(/\s+/).some((w) => coordinators.has(w.toLowerCase()));
}

interface Candidate extends Affected {
  nearCompromise: boolean;
}

const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:USD|EUR|GBP|SEK|NOK|DKK|PLN|CHF|kr\.?))\s?$/u;
const CURRENCY_AFTER = /^\s?(?:[$€£¥]|(?:euros?|eur|usd|gbp|dollars?|dollari|dólares|pounds|sterling|kr|kronor|kroner|sek|nok|dkk|pln|zł|złotych|chf|franken|francs?)(?![\p{L}]))/iu;

// "Microsoft 365 users", "Windows 11 customers": plain digits right after a capitalised word
// inside a sentence are the product's name, not how many use it.
const WORD_BEFORE_NUMBER = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*) $/u;

function inProductName(ctx: Context, start: number, end: number): boolean {
  if (!/^\d+$/.test(ctx.text.slice(start, end))) return false;
  const word = WORD_BEFORE_NUMBER.exec(ctx.text.slice(Math.max(0, start - 40), start))?.[1];
  if (!word) return false;
  const wordStart = start - 1 - word.length;
  if (sentenceAt(ctx, wordStart).start >= wordStart || /\n\s*$/.test(ctx.text.slice(Math.max(0, wordStart - 4), wordStart))) return false;
  const lower = word.toLowerCase();
  // "in March 2,000 …", "around 500": month names and other function words are not names.
  return !ctx.pack.functionWords.has(lower) && hitsIn(ctx, ctx.pack.approximate, wordStart, start).length === 0;
}

export function extractAffected(ctx: Context): Affected | null {
  const { text, pack } = ctx;
  const candidates: Candidate[] = [];
  const numbers: { start: number; end: number; value: number; reason: string; indefinite?: boolean }[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(text)) !== null) {
    if (isMasked(ctx, m.index, m.index + m[0].length)) continue;
    const v = parseNumber(m[1]!, pack.source.decimalComma);
    if (v !== null) numbers.push({ start: m.index, end: m.index + m[0].length, value: v, reason: "count.digits" });
  }
  const indefinite = new Set(hitsOf(ctx, pack.indefiniteNumbers));
  for (const h of [...hitsOf(ctx, pack.numberWords), ...indefinite].sort((a, b) => a.start - b.start)) {
    numbers.push({ start: h.start, end: h.end, value: +h.value, reason: h.reason, indefinite: indefinite.has(h) });
  }
  const scales = hitsOf(ctx, pack.scales), units = hitsOf(ctx, pack.units), percents = hitsOf(ctx, pack.percent);
  for (const n of numbers) {
    let end = n.end, value = n.value;
    const gap = (a: number, b: number, max: number) => b >= a && b - a <= max && /^[\s-]*$/.test(text.slice(a, b));
    const scale = scales.find((s) => gap(end, s.start, 2));
    if (scale) { value *= +scale.value; end = scale.end; }
    if (percents.some((p) => gap(end, p.start, 2))) continue;
    // Nobody counts 9.2 users: a fraction is a count only with its scale ("1,2 millioner"), and a
    // number after "version" is a version.
    if (!scale && !Number.isInteger(value)) continue;
    if (pack.versionBefore.test(text.slice(Math.max(0, n.start - 12), n.start))) continue;
    if (n.reason === "count.digits" && inProductName(ctx, n.start, n.end)) continue;
    // "$400,000", "480 mila euro", "2 mln zł": a sum of money counts nobody.
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, n.start - 5), n.start)) || CURRENCY_AFTER.test(text.slice(end, end + 12))) continue;
    // Up to two words ("68 mila clienti", "5 million user records") between number and unit,
    // not across "and" ("version 9 and urged users").
    const unit = units.find((u) => u.start >= end && u.start - end <= 40 && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(end, u.start)) && !joinsClauses(pack.coordinatorWords, text.slice(end, u.start)) || u.start === end + 1 && text[end] === " ");
    if (!unit) continue;
    // A bare four-digit number from 1900 to 2100 is a year; "thousands" (2000 in the packs) is none.
    if (value < 2 || (n.reason === "count.digits" && value >= 1900 && value <= 2100 && !scale && !/[.,\s]/.test(text.slice(n.start, n.end)))) continue;
    const approxWord = hitsIn(ctx, pack.approximate, Math.max(0, n.start - 25), n.start).at(-1);
    const approx = approxWord !== undefined || n.indefinite === true;
    const s = sentenceAt(ctx, n.start);
    const near = hitsIn(ctx, pack.compromise, s.start, s.end).length + hitsIn(ctx, pack.incident, s.start, s.end).length > 0;
    const start = approxWord?.start ?? n.start;
    candidates.push({ count: Math.round(value), unit: unit.value as Unit, approximate: approx, nearCompromise: near,
      evidence: [evidence(ctx, start, unit.end)], reasons: [n.reason, unit.reason] });
  }
  if (!candidates.length) return null;
  const pool = candidates.filter((c) => c.nearCompromise && c.unit !== "organisations");
  const pick = (pool.length ? pool : candidates.filter((c) => c.unit !== "organisations"))[0];
  if (!pick) return null;
  const { nearCompromise: _, ...affected } = pick;
  return affected;
}
