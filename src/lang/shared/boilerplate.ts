// Lines that point to other articles ("» Read also: …", "Leggi anche: …"): their names belong to
// those articles, not to this one. Lead-ins in the supported languages, hand-kept.
const LEAD_INS = [
  "read more", "read also", "see also", "related", "also read", "more on this",
  "leggi", "leggi anche", "vedi anche", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant",
  "læs også", "læs mere", "les også", "les mer", "läs också", "läs även", "läs mer",
  "lire aussi", "à lire aussi", "voir aussi", "lea también", "leer más", "ver también", "lees ook", "lees meer",
  "lue myös", "lue lisää", "czytaj też", "czytaj także", "zobacz też", "zobacz także",
];

const escaped = LEAD_INS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length);
/** A whole line that is a link to another article: a bullet like "»", or a lead-in and a colon. */
export const TEASER_LINE = new RegExp(`^[ \\t]*(?:[»›►▶→][^\\n]*|(?:${escaped.join("|")})[ \\t]*[:»›–-][^\\n]*)$`, "gimu");
