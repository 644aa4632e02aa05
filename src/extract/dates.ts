// Dates: published, occurred, discovered, disclosed, to the precision the text supports.
// A day and month without a year take their year from an adjacent weekday (bounded by the
// publication date or today), from the nearest dated mention in the same text, or from the
// publication date; otherwise they are dropped rather than guessed.
import type { CompiledPack } from "../lang/compile.ts";
import { termSource, type Hit } from "../lang/terms.ts";
import type { DateRole } from "../lang/types.ts";
import type { DateFinding } from "../model/record.ts";
import { evidence, hitsIn, hitsOf, sentenceAt, type Context } from "./context.ts";

/** A calendar value at year, month or day precision. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

interface Mention {
  start: number;
  end: number;
  from: Partial<PartialDate>;
  to?: Partial<PartialDate>;
  /** 0 = Monday, when a weekday is written with the date or alone. */
  weekday?: number;
  /** "last Monday": never the publication day itself. */
  pastWeekday?: boolean;
  relative?: string;
  reason: string;
}

export function formatDate(d: PartialDate): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return d.day && d.month ? `${d.year}-${p(d.month)}-${p(d.day)}` : d.month ? `${d.year}-${p(d.month)}` : `${d.year}`;
}

export function parseIsoDate(s: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (!m) return null;
  return { year: +m[1]!, month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
}

const weekdayOf = (y: number, m: number, d: number) => (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
const validDay = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const key = (d: Partial<PartialDate>) => (d.year ?? 0) * 10000 + (d.month ?? 0) * 100 + (d.day ?? 0);
/** The day n days after (or, negative, before) a day. */
const addDays = (y: number, m: number, d: number, n: number): PartialDate => {
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** The reason a date carries when only the attack named in its sentence gives it its role. */
export const ATTACK_SENTENCE_ROLE = "date.role.attack-sentence";

interface DatePatterns {
  iso: RegExp;
  numeric: RegExp;
  dayRange: RegExp;
  monthDayRange: RegExp;
  yearFirst: RegExp;
  dayMonth: RegExp;
  monthDay: RegExp;
  monthYear: RegExp;
  bareMonth: RegExp;
  monthIndex: (word: string) => number;
  /** "early March", "Anfang März", "maaliskuun alussa": the part words right before or after a month, by part. */
  parts: { part: "early" | "late"; before: RegExp; after: RegExp }[];
  capitalMonths: boolean;
  weekdayPast: ReadonlySet<string>;
}

const patternCache = new WeakMap<CompiledPack, DatePatterns>();

function patternsFor(pack: CompiledPack): DatePatterns {
  const cached = patternCache.get(pack);
  if (cached) return cached;
  const monthTerms = pack.source.months.flat().sort((a, b) => b.length - a.length).map(termSource).join("|");
  const M = `(${monthTerms})`;
  const B = "(?<![\\p{L}\\p{N}])", A = "(?![\\p{L}\\p{N}])";
  const ofWord = `(?:(?:de|di|del|of|du|w|im|van${(pack.source.dateOf ?? []).map((w) => `|${termSource(w)}`).join("")})\\s+)?`;
  // Days are joined by a dash or a slash, or by the pack's own range words ("6 og 7", "z 4 na 5 maja", "vom 4. auf den 5. Mai").
  const packJoins = pack.source.ranges.join.map(termSource).join("|");
  // ("bejn it-3 u s-6 ta' Marzu": a range word may end in an article hyphened to the day.)
  const joinDays = `\\s*(?:-|–|—|/|&${packJoins ? `|\\s(?:${packJoins})(?:\\s|(?<=-))` : ""})\\s*`;
  const Y = "(?:,?\\s+" + ofWord + "(\\d{4}))?";
  const yearMarkers = (pack.source.yearMarkers ?? []).map(termSource).join("|");
  const monthRes = pack.source.months.map((terms) => new RegExp(`^(?:${terms.map(termSource).join("|")})$`, "iu"));
  const p: DatePatterns = {
    iso: /(?<![\p{L}\p{N}-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/gu,
    numeric: /(?<![\p{L}\p{N}.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\p{N}])/gu,
    dayRange: new RegExp(`${B}(\\d{1,2})\\.?${joinDays}(\\d{1,2})\\.?\\s+${ofWord}${M}${A}${Y}`, "giu"),
    dayMonth: new RegExp(`${B}(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s+${ofWord}${M}${A}${Y}`, "giu"),
    // These three begin with a month name, so they are tried sticky where the pack's month cues
    // start, not at every position of the text.
    // "March 3–6, 2024", "március 3. és 6. között": the month first, then the two days.
    monthDayRange: new RegExp(`${B}${M}\\s+(\\d{1,2})\\.?(?:st|nd|rd|th)?${joinDays}(\\d{1,2})\\.?(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?\\s+(\\d{4}))?`, "iuy"),
    // "2024. március 5-én", "2024. márciusában", "2024 m. kovo 5 d.": the year first, with its dot or
    // the pack's word for year, then the month and maybe the day; "2024. gada 5. martā": the day before the month.
    yearFirst: new RegExp(`${B}(\\d{4})(?:\\.${yearMarkers ? `|\\s*(?:${yearMarkers})` : ""})\\s+(?:(\\d{1,2})\\.\\s+)?${M}${A}(?:\\s+(\\d{1,2})\\.?(?!\\p{N})(?:${joinDays}(\\d{1,2})\\.?(?![\\p{L}\\p{N}]))?)?`, "giu"),
    monthDay: new RegExp(`${B}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?${A}(?!\\s*\\d{3})(?:,?\\s+(\\d{4}))?`, "iuy"),
    monthYear: new RegExp(`${B}${M}${A},?\\s+${ofWord}(\\d{4})${A}`, "iuy"),
    bareMonth: new RegExp(`${B}${M}${A}`, "iuy"),
    monthIndex: (word) => monthRes.findIndex((re) => re.test(word)) + 1,
    parts: (["early", "late"] as const).filter((part) => pack.source.monthParts[part].length).map((part) => {
      const words = pack.source.monthParts[part].map(termSource).join("|");
      return { part, before: new RegExp(`${B}(?:${words})\\s+$`, "iu"), after: new RegExp(`^\\s+(?:${words})${A}`, "iu") };
    }),
    capitalMonths: pack.source.months.every((terms) => /^\p{Lu}/u.test(terms[0] ?? "")),
    weekdayPast: new Set(pack.source.weekdayPast.map((w) => w.toLowerCase())),
  };
  patternCache.set(pack, p);
  return p;
}

/** Every date mention in the text, with the most specific reading at each place. */
function findMentions(ctx: Context): Mention[] {
  const { text, pack } = ctx;
  const p = patternsFor(pack);
  const out: Mention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const take = (m: RegExpExecArray, reason: string, read: (m: RegExpExecArray) => Omit<Mention, "start" | "end" | "reason"> | null) => {
    const start = m.index, end = start + m[0].length;
    if (!free(start, end)) return;
    const r = read(m);
    if (!r) return;
    taken.push([start, end]);
    out.push({ start, end, reason, ...r });
  };
  const run = (re: RegExp, reason: string, read: (m: RegExpExecArray) => Omit<Mention, "start" | "end" | "reason"> | null) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) take(m, reason, read);
  };
  // A sticky pattern that begins with a month name, tried where a month cue starts: the same
  // matches in the same order, as a match there cannot hold another month's start.
  const monthStarts = hitsOf(ctx, pack.months).map((h) => h.start);
  const runAtMonths = (re: RegExp, reason: string, read: (m: RegExpExecArray) => Omit<Mention, "start" | "end" | "reason"> | null) => {
    let after = 0;
    for (const start of monthStarts) {
      if (start < after) continue;
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      after = start + m[0].length;
      take(m, reason, read);
    }
  };
  const year = (s: string | undefined) => (s ? +s : undefined);
  const okYear = (y: number | undefined) => y === undefined || (y >= 1990 && y <= 2100);
  run(p.iso, "date.iso", (m) => {
    const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
    return okYear(y) && validDay(y, mo, d) ? { from: { year: y, month: mo, day: d } } : null;
  });
  run(p.numeric, "date.numeric", (m) => {
    let d = +m[1]!, mo = +m[2]!;
    const y = +m[3]!;
    if (pack.code === "en" && text[m.index + m[1]!.length] === "/" && d <= 12) [d, mo] = [mo, d];
    return okYear(y) && validDay(y, mo, d) ? { from: { year: y, month: mo, day: d } } : null;
  });
  run(p.yearFirst, "date.year-first", (m) => {
    const y = +m[1]!, mo = p.monthIndex(m[3]!), d = m[2] ? +m[2] : m[4] ? +m[4] : undefined;
    if (!mo || !okYear(y) || (d !== undefined && !validDay(y, mo, d))) return null;
    // "2024 m. kovo 3 ir 6 d.": two days of the month.
    const d2 = m[5] ? +m[5] : undefined;
    if (d !== undefined && d2 !== undefined && d2 > d && validDay(y, mo, d2)) return { from: { year: y, month: mo, day: d }, to: { year: y, month: mo, day: d2 } };
    return { from: d === undefined ? { year: y, month: mo } : { year: y, month: mo, day: d } };
  });
  runAtMonths(p.monthDayRange, "date.month-day-range", (m) => {
    if (p.capitalMonths && !/^\p{Lu}/u.test(m[1]!)) return null;
    const mo = p.monthIndex(m[1]!), d1 = +m[2]!, d2 = +m[3]!, y = year(m[4]);
    if (!mo || d1 < 1 || d2 > 31 || d2 <= d1 || !okYear(y)) return null;
    return { from: { year: y, month: mo, day: d1 }, to: { year: y, month: mo, day: d2 } };
  });
  run(p.dayRange, "date.day-range", (m) => {
    const mo = p.monthIndex(m[3]!), d1 = +m[1]!, d2 = +m[2]!, y = year(m[4]);
    if (!mo || d1 > 31 || d2 > 31 || d2 < d1 || !okYear(y)) return null;
    return { from: { year: y, month: mo, day: d1 }, to: { year: y, month: mo, day: d2 } };
  });
  run(p.dayMonth, "date.day-month", (m) => {
    const mo = p.monthIndex(m[2]!), d = +m[1]!, y = year(m[3]);
    return mo && d >= 1 && d <= 31 && okYear(y) ? { from: { year: y, month: mo, day: d } } : null;
  });
  runAtMonths(p.monthDay, "date.month-day", (m) => {
    if (p.capitalMonths && !/^\p{Lu}/u.test(m[1]!)) return null;
    const mo = p.monthIndex(m[1]!), d = +m[2]!, y = year(m[3]);
    return mo && d >= 1 && d <= 31 && okYear(y) ? { from: { year: y, month: mo, day: d } } : null;
  });
  runAtMonths(p.monthYear, "date.month-year", (m) => {
    const mo = p.monthIndex(m[1]!), y = +m[2]!;
    return mo && okYear(y) ? { from: { year: y, month: mo } } : null;
  });
  runAtMonths(p.bareMonth, "date.month", (m) => {
    // "may" and "march" are verbs too: where months are capitalised, only a capital counts.
    if (p.capitalMonths && !/^\p{Lu}/u.test(m[1]!)) return null;
    const mo = p.monthIndex(m[1]!);
    return mo ? { from: { month: mo } } : null;
  });
  for (const h of hitsOf(ctx, pack.weekdays)) {
    if (!free(h.start, h.end)) continue;
    const weekday = +h.value - 1;
    // A weekday written just before a dated mention belongs to it ("fredag den 6. oktober"):
    // up to four short words (articles, "and", "the night of") or "d." may stand between them.
    const next = out.find((o) => o.start >= h.end && o.start - h.end <= 40 && o.from.day !== undefined
      && /^[\s,]*(?:(?:d\.|\p{L}{1,8})[\s,]+){0,4}$/iu.test(text.slice(h.end, o.start)));
    if (next) { if (next.weekday === undefined) next.weekday = weekday; continue; }
    const around = (text.slice(Math.max(0, h.start - 14), h.start).match(/(\p{L}+)\s+$/u)?.[1] ?? "") + " " + (text.slice(h.end, h.end + 14).match(/^\s+(\p{L}+)/u)?.[1] ?? "");
    const pastWeekday = around.toLowerCase().split(" ").some((w) => w && p.weekdayPast.has(w));
    out.push({ start: h.start, end: h.end, from: {}, weekday, pastWeekday, reason: `date.weekday:${h.reason}` });
  }
  for (const h of hitsOf(ctx, pack.relative)) {
    if (free(h.start, h.end)) out.push({ start: h.start, end: h.end, from: {}, relative: h.value, reason: `date.relative:${h.reason}` });
  }
  // Ranges: "between February and 23 June 2018", "from X to Y".
  out.sort((a, b) => a.start - b.start);
  const merged: Mention[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!, b = out[i + 1];
    if (b && a.from.month && b.from.month && !a.to) {
      const gap = text.slice(a.end, b.start);
      const before = text.slice(Math.max(0, a.start - 20), a.start);
      const joined = hitsIn(ctx, pack.rangeJoin, a.end, b.start).length > 0 || /^\s*[-–—]\s*$/.test(gap);
      if (gap.length <= 12 && joined && (hitsIn(ctx, pack.rangeOpen, a.start - before.length, a.start).length > 0 || /^\s*[-–—]\s*$/.test(gap))) {
        merged.push({ start: a.start, end: b.end, from: a.from, to: b.from, weekday: a.weekday, reason: "date.range" });
        i++;
        continue;
      }
    }
    merged.push(a);
  }
  return merged;
}

interface Resolved {
  mention: Mention;
  from: PartialDate;
  to?: PartialDate;
}

function shift(pub: PartialDate, code: string): PartialDate | null {
  const m = /^([dwmy])(-?\d+)$/.exec(code);
  if (!m) return null;
  const unit = m[1]!, n = +m[2]!;
  if (unit === "y") return { year: pub.year + n };
  if (!pub.month) return null;
  if (unit === "m") {
    const t = new Date(Date.UTC(pub.year, pub.month - 1 + n, 1));
    return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1 };
  }
  if (!pub.day) return { year: pub.year, month: pub.month };
  const d = addDays(pub.year, pub.month, pub.day, unit === "w" ? 7 * n : n);
  return unit === "w" ? { year: d.year, month: d.month } : d;
}

function resolve(mentions: Mention[], pub: PartialDate | null, today: PartialDate): Resolved[] {
  const bound = pub?.day ? pub : pub?.month ? { ...pub, day: 31 } : pub ? { year: pub.year, month: 12, day: 31 } : today;
  const out: Resolved[] = [];
  // Pass 1: explicit years, and years fixed by a weekday.
  for (const m of mentions) {
    const f = m.from;
    if (f.year !== undefined) { out.push({ mention: m, from: f as PartialDate, to: m.to?.year ? m.to as PartialDate : m.to ? { ...m.to, year: m.to.year ?? f.year } as PartialDate : undefined }); continue; }
    if (m.to?.year !== undefined && f.month) {
      const y = f.month > (m.to.month ?? 12) ? m.to.year - 1 : m.to.year;
      out.push({ mention: m, from: { ...f, year: y } as PartialDate, to: m.to as PartialDate });
      continue;
    }
    if (f.day && f.month && m.weekday !== undefined) {
      for (let y = bound.year; y > bound.year - 30; y--) {
        if (!validDay(y, f.month, f.day) || key({ year: y, month: f.month, day: f.day }) > key(bound)) continue;
        if (weekdayOf(y, f.month, f.day) === m.weekday) {
          out.push({ mention: m, from: { year: y, month: f.month, day: f.day }, to: m.to ? { ...m.to, year: y } as PartialDate : undefined });
          break;
        }
      }
    }
  }
  const dated = () => out.filter((r) => r.mention.from.year !== undefined || r.mention.weekday !== undefined);
  // Pass 2: a day or month without a year takes the year of the nearest dated mention, then the publication's.
  for (const m of mentions) {
    if (out.some((r) => r.mention === m)) continue;
    const f = m.from;
    if (f.month) {
      const anchors = dated();
      let y: number | undefined;
      if (anchors.length) {
        const near = anchors.reduce((a, b) => (Math.abs(b.mention.start - m.start) < Math.abs(a.mention.start - m.start) ? b : a));
        y = near.from.year;
      } else if (pub) {
        y = key({ year: pub.year, month: f.month, day: f.day ?? 1 }) <= key(bound) ? pub.year : pub.year - 1;
      }
      if (y === undefined) continue;
      out.push({ mention: m, from: { year: y, month: f.month, day: f.day }, to: m.to ? { ...m.to, year: y } as PartialDate : undefined });
      continue;
    }
    // "Angriff in der Nacht zum Samstag, 14. September … am Montag entdeckt": a weekday soon after
    // a dated day is the first such day from it on, not the one before publication.
    const anchor = m.weekday !== undefined && !m.pastWeekday
      ? out.filter((r) => r.from.day && r.from.month && !r.to && r.mention.end <= m.start && m.start - r.mention.end <= 300).at(-1) : undefined;
    if (anchor && m.weekday !== undefined) {
      const { year, month, day } = anchor.from as Required<PartialDate>;
      const d = addDays(year, month, day, (m.weekday - weekdayOf(year, month, day) + 7) % 7);
      if (!pub?.day || key(d) <= key(pub)) {
        out.push({ mention: m, from: d });
        continue;
      }
    }
    if (m.weekday !== undefined && pub?.month) {
      if (pub.day) {
        const back = (weekdayOf(pub.year, pub.month, pub.day) - m.weekday + 7) % 7 || (m.pastWeekday ? 7 : 0);
        out.push({ mention: m, from: addDays(pub.year, pub.month, pub.day, -back) });
        continue;
      }
      // Publication known to the month: a dated day of that weekday in the same month is meant.
      const fits = (d?: PartialDate): d is PartialDate => !!d && d.year === pub.year && d.month === pub.month && !!d.day && weekdayOf(d.year, pub.month!, d.day) === m.weekday;
      const same = out.find((r) => fits(r.to) || fits(r.from));
      if (same) {
        const d = fits(same.to) ? same.to : same.from;
        out.push({ mention: m, from: { year: d.year, month: d.month, day: d.day } });
      } else out.push({ mention: m, from: { year: pub.year, month: pub.month } });
      continue;
    }
    if (m.relative && pub) {
      const d = shift(pub, m.relative);
      if (d) out.push({ mention: m, from: d });
    }
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** The published date written at the head of the text: a ` date YYYY-MM ` line or a dateline. */
function publishedFromText(ctx: Context, resolved: Resolved[]): { date: PartialDate; start: number; end: number; reason: string } | null {
  const lead = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)/.exec(ctx.text);
  if (lead) {
    const start = lead[0].length - lead[1]!.length;
    return { date: parseIsoDate(lead[1]!)!, start, end: lead[0].length, reason: "published.date-line" };
  }
  for (const r of resolved) {
    if (r.mention.start > 300) break;
    if (r.from.day === undefined || r.to) continue;
    const lineStart = ctx.text.lastIndexOf("\n", r.mention.start - 1) + 1;
    const before = ctx.text.slice(lineStart, r.mention.start);
    const after = ctx.text.slice(r.mention.end, r.mention.end + 4);
    if (/^\s*(?:\p{L}+[:\s]+){0,2}$/u.test(before) && /^\s*(?:[-–—|:]|$|\n)/.test(after)) {
      return { date: r.from, start: r.mention.start, end: r.mention.end, reason: "published.dateline" };
    }
  }
  return null;
}

export interface DatesResult {
  published: DateFinding | null;
  occurred: DateFinding | null;
  discovered: DateFinding | null;
  disclosed: DateFinding | null;
}

/** Extracts the four dates of the record. `published` from options wins over the text. */
export function extractDates(ctx: Context, options: { published?: string | null; now?: Date }): DatesResult {
  const now = options.now ?? new Date();
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  const mentions = findMentions(ctx);
  const given = options.published ? parseIsoDate(options.published) : null;
  let pubFinding: DateFinding | null = null;
  let pubSpan: [number, number] | null = null;
  let pub: PartialDate | null = given;
  if (given) pubFinding = { value: formatDate(given), end: null, evidence: [], reasons: ["published.option"] };
  // A first pass with no publication date finds a dateline; then resolve again with it as bound.
  const head = publishedFromText(ctx, resolve(mentions, given, today));
  if (head && !given) {
    pub = head.date;
    pubSpan = [head.start, head.end];
    pubFinding = { value: formatDate(head.date), end: null, evidence: [evidence(ctx, head.start, head.end)], reasons: [head.reason] };
  }
  const resolved = resolve(mentions, pub, today).filter((r) => !pubSpan || r.mention.end <= pubSpan[0] || r.mention.start >= pubSpan[1]);
  const best: Partial<Record<DateRole, { r: Resolved; reason: string }>> = {};
  for (const r of resolved) {
    const role = roleOf(ctx, r.mention);
    if (!role) continue;
    // A date after the publication is a deadline or a plan, not when the incident happened.
    if (pub && key(r.from) > key(pub.day ? pub : { ...pub, month: pub.month ?? 12, day: 31 })) continue;
    if (key(r.from) > key(today)) continue;
    const prev = best[role.role];
    if (!prev || key(r.from) < key(prev.r.from)) best[role.role] = { r, reason: role.reason };
  }
  const finding = (role: DateRole): DateFinding | null => {
    const b = best[role];
    if (!b) return null;
    const found: DateFinding = { value: formatDate(b.r.from), end: b.r.to ? formatDate(b.r.to) : null,
      evidence: [evidence(ctx, b.r.mention.start, b.r.mention.end)], reasons: [b.r.mention.reason, b.reason] };
    // A month, not a day: the text may say which part of it ("early March", "marta sākumā").
    const part = b.r.from.day === undefined && b.r.from.month !== undefined && !b.r.to ? monthPart(ctx, b.r.mention) : null;
    if (part) {
      found.part = part.part;
      found.evidence.push(evidence(ctx, part.start, part.end));
      found.reasons!.push(`date.part.${part.part}`);
    }
    return found;
  };
  return { published: pubFinding, occurred: finding("occurred"), discovered: finding("discovered"), disclosed: finding("disclosed") };
}

/** The part of the month a month mention is said to be in, by the pack's words right before or after it, with their span. */
function monthPart(ctx: Context, m: Mention): { part: "early" | "late"; start: number; end: number } | null {
  const { text } = ctx;
  const before = text.slice(Math.max(0, m.start - 32), m.start), after = text.slice(m.end, m.end + 32);
  for (const p of patternsFor(ctx.pack).parts) {
    const b = p.before.exec(before);
    if (b) return { part: p.part, start: m.start - before.length + b.index, end: m.start - before.length + b.index + b[0].trimEnd().length };
    const a = p.after.exec(after);
    if (a) return { part: p.part, start: m.end + a[0].length - a[0].trimStart().length, end: m.end + a[0].length };
  }
  return null;
}

/** Whether text[from, to) holds nothing but spaces and at most one article or function word ("the", "den", "l'"). */
function onlyArticlesBetween(ctx: Context, from: number, to: number): boolean {
  const gap = ctx.text.slice(from, to);
  if (gap.length > 12 || /[^\p{L}\s'’-]/u.test(gap)) return false;
  const words = gap.split(/[^\p{L}]+/u).filter(Boolean);
  const article = (w: string) => ctx.pack.articleWords.has(w.toLowerCase()) || ctx.pack.functionWords.has(w.toLowerCase());
  // "Aimsíodh an t-ionsaí", "skoprew l-attakk": an article may be hyphened to the noun.
  return words.length === 0 || (words.length === 1 && article(words[0]!)) || (words.length === 2 && gap.endsWith("-") && words.every(article));
}

/** How much farther, in characters, a role cue in another clause counts as standing. */
const CLAUSE_PENALTY = 40;

/** The role of a date from the nearest role cue in its sentence; a range opener means "occurred". */
function roleOf(ctx: Context, m: Mention): { role: DateRole; reason: string } | null {
  const s = sentenceAt(ctx, m.start);
  const cues = hitsIn(ctx, ctx.pack.dateRoles, s.start, s.end);
  if (m.reason === "date.range" && !cues.some((c) => c.value === "discovered" && Math.abs(c.start - m.start) < 25)) {
    return { role: "occurred", reason: "date.role.range-is-exposure" };
  }
  // With no date word, a date in a sentence that names the attack is when it happened
  // ("victime d'une cyberattaque dans la nuit du 3 au 4 mars").
  if (!cues.length) {
    const attack = hitsIn(ctx, ctx.pack.types, s.start, s.end)[0];
    return attack ? { role: "occurred", reason: `${ATTACK_SENTENCE_ROLE}:${attack.reason}` } : null;
  }
  // A cue across a comma or a coordinator belongs to the next clause: "se produjo el 3 de mayo y
  // fue detectado dos días después" dates the attack, not its discovery.
  const across = (from: number, to: number) => {
    const gap = ctx.text.slice(from, to);
    return /[,;]/.test(gap) || gap.split(/[^\p{L}]+/u).some((w) => ctx.pack.coordinatorWords.has(w.toLowerCase()));
  };
  const dist = (c: { start: number; end: number }) => {
    const d = c.end <= m.start ? m.start - c.end : c.start >= m.end ? c.start - m.end : 0;
    return d && across(Math.min(c.end, m.end), Math.max(c.start, m.start)) ? d + CLAUSE_PENALTY : d;
  };
  // "discovered the attack on Monday", "wykrył atak w poniedziałek": the attack named right after
  // a discovery or disclosure verb is what was found or told, and the verb dates it.
  const objectOfVerb = (c: Hit<DateRole>) => c.value === "occurred" && cues.some((v) => v.value !== "occurred" && v.end <= c.start && onlyArticlesBetween(ctx, v.end, c.start));
  const roleCues = cues.filter((c) => !objectOfVerb(c));
  let nearest = roleCues[0]!, nearestDist = dist(nearest);
  for (let k = 1; k < roleCues.length; k++) {
    const d = dist(roleCues[k]!);
    if (d < nearestDist) { nearest = roleCues[k]!; nearestDist = d; }
  }
  return { role: nearest.value, reason: nearest.reason };
}
