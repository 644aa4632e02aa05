// Language identification. A text made largely of one pack's signature words is in that
// language; otherwise eld's n-gram model decides among the 60 languages it knows. Then the packs'
// marker words tell Danish, Norwegian and Swedish apart, which n-grams alone confuse on short
// headlines. Answers "und" when the text is too short or the model is unsure.
//
// The signature words come first because they read the whole sample at the cost of one map
// lookup a word, while eld reads only its first 350 bytes and took 0.1–0.3 ms a text, the
// largest single cost of extraction when it ran on every text.
// eld's medium model: on the texts that still reach it (short ones, and languages without a
// pack) it answered as the large one did on every local text and test sentence, at half the
// memory (about 190 MB less per process or thread) and less than half the load time.
import { eld } from "eld/medium";
import { isLetterAt, isWhitespaceAt } from "../text/letter-case.ts";
import { PACK_SOURCES } from "./registry.ts";

const NORDIC = ["da", "no", "sv"] as const;
// A marker counts only for the one Nordic language that lists it: shared words cancel out.
const nordicPacks = PACK_SOURCES.filter((p) => (NORDIC as readonly string[]).includes(p.code));
const markerSets = new Map<string, Set<string>>();
for (const p of nordicPacks) {
  const others = new Set(nordicPacks.filter((o) => o !== p).flatMap((o) => o.markers.map((w) => w.toLowerCase())));
  markerSets.set(p.code, new Set(p.markers.map((w) => w.toLowerCase()).filter((w) => !others.has(w))));
}

/** Signature word → the packs that list it (only the Nordic three share any). */
const signatures = new Map<string, string[]>();
for (const p of PACK_SOURCES) for (const w of p.signatureWords) {
  const key = w.toLowerCase();
  signatures.set(key, [...(signatures.get(key) ?? []), p.code]);
}
const groupOf = (code: string) => ((NORDIC as readonly string[]).includes(code) ? "nordic" : code);
// Running text is a fifth to a third function words; a text in another language, or a list of
// names and figures, meets a pack's signature words only now and then.
const MIN_SIGNATURES = 10, MIN_SHARE = 0.08, RIVAL_FACTOR = 4;

// Letters that only Swedish of the three writes (Danish and Norwegian write æ and ø): each one
// weighs as a marker word.
const SWEDISH_LETTERS = /[äö]/g;
// …and words that only one of the three spells so.
const spellingSets = new Map(nordicPacks.map((p) => [p.code, new Set((p.distinctSpellings ?? []).map((w) => w.toLowerCase()))]));

export interface LanguageGuess {
  lang: string;
  reliable: boolean;
  reason: string;
}

/** ISO 639-1 code of the text's language, or "und". Never throws. */
export function detectLanguage(text: string): LanguageGuess {
  // The first 1,500 characters tell the language as well as the whole text, at a fraction of the n-gram cost.
  // Words longer than any word of these languages (hashes, URLs, base64, run-together names)
  // carry no evidence of a language but would outweigh the real words around them.
  const head = text.length > 1500 ? text.slice(0, 1500) : text;
  const sample = hasLongWord(head) ? head.replace(/\S{40,}/g, " ") : head;
  const letters = countLetters(sample, 40);
  if (letters < 8) return { lang: "und", reliable: false, reason: "lang.too-short" };
  const lower = sample.toLowerCase();
  // A word ending in an apostrophe is its own ("ta'" is Maltese, "ta" Slovene); one inside a word ("l'attacco") parts two.
  const words = lower.match(/\p{L}+(?:['’](?!\p{L}))?/gu) ?? [];
  const signed = bySignatureWords(words);
  if (signed && groupOf(signed) !== "nordic") return { lang: signed, reliable: true, reason: "lang.signature-words" };
  if (signed) {
    const score = nordicScores(words, lower, {});
    const [best, second] = [...NORDIC].sort((a, b) => score[b]! - score[a]!);
    if (score[best!]! >= 3 && score[best!]! >= 2 * score[second!]!) return { lang: best!, reliable: true, reason: "lang.signature-words" };
  }
  const r = eld.detect(sample);
  let lang = r.language || "und";
  const scores = r.getScores();
  if ((NORDIC as readonly string[]).includes(lang) || NORDIC.some((n) => (scores[n] ?? 0) >= (scores[lang] ?? 0) * 0.95 && (scores[n] ?? 0) > 0.5)) {
    const score = nordicScores(words, lower, scores);
    const best = NORDIC.reduce((a, b) => (score[b]! > score[a]! ? b : a));
    if (score[best]! > 1) return { lang: best, reliable: true, reason: "lang.nordic-markers" };
  }
  if (lang === "nb" || lang === "nn") lang = "no";
  if (!r.isReliable() && letters < 40) return { lang: "und", reliable: false, reason: "lang.unreliable" };
  return { lang, reliable: r.isReliable(), reason: "lang.eld" };
}

/** The pack whose signature words make up enough of the text, with no rival near; else null. */
function bySignatureWords(words: readonly string[]): string | null {
  const count = new Map<string, number>();
  for (const w of words) for (const code of signatures.get(w) ?? []) count.set(code, (count.get(code) ?? 0) + 1);
  let best: string | null = null, most = 0;
  for (const [code, n] of count) if (n > most) [best, most] = [code, n];
  if (!best || most < MIN_SIGNATURES || most < words.length * MIN_SHARE) return null;
  for (const [code, n] of count) if (groupOf(code) !== groupOf(best) && n * RIVAL_FACTOR > most) return null;
  return best;
}

/** Danish, Norwegian and Swedish scored by their own markers and letters, plus the model's scores when it ran. */
function nordicScores(words: readonly string[], lower: string, modelScores: Record<string, number>): Record<string, number> {
  const score: Record<string, number> = { da: 0, no: 0, sv: 0 };
  for (const w of words) {
    for (const n of NORDIC) {
      if (markerSets.get(n)?.has(w)) score[n]! += 1;
      if (spellingSets.get(n)?.has(w)) score[n]! += 0.5;
    }
  }
  score.sv! += (lower.match(SWEDISH_LETTERS) ?? []).length;
  for (const n of NORDIC) score[n]! += modelScores[n] ?? 0;
  return score;
}

/** Whether some run of 40 or more non-space characters occurs (a plain loop: the regex backtracks on every word). */
function hasLongWord(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWhitespaceAt(text, i)) run = 0;
    else if (++run >= 40) return true;
  }
  return false;
}

/** Letters in the text, counted up to `enough`: only the thresholds below it matter. */
function countLetters(text: string, enough: number): number {
  let n = 0;
  // A character outside the BMP takes two units: it is counted once, at its first.
  for (let i = 0; i < text.length && n < enough; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) if (isLetterAt(text, i)) n++;
  return n;
}
