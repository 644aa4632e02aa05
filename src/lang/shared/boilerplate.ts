// Lines that point to other articles ("» Read also: …", "Leggi anche: …"): their names belong to
// those articles, not to this one. The lead-ins are each pack's (teaserLeadIns); the bullets are
// typography, shared.

/** A whole line that is a link to another article: a bullet like "»", or one of the lead-ins and a colon. */
export function teaserLinePattern(leadIns: readonly string[]): RegExp {
  const escaped = leadIns.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).sort((a, b) => b.length - a.length);
  const lead = escaped.length ? `|(?:${escaped.join("|")})[ \\t]*[:»›–-][^\\n]*` : "";
  return new RegExp(`^[ \\t]*(?:[»›►▶→][^\\n]*${lead})$`, "gimu");
}
