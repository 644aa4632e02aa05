// B-cubed precision and recall of a clustering against gold clusters (Bagga & Baldwin 1998):
// for each item, the share of its predicted cluster that is in its gold cluster, and back.
export interface BCubed { precision: number; recall: number; f1: number; items: number }

/** Both maps give each item a cluster label; items missing from `predicted` are singletons. */
export function bcubed(gold: Map<string, string>, predicted: Map<string, string>): BCubed {
  const items = [...gold.keys()];
  if (!items.length) return { precision: 0, recall: 0, f1: 0, items: 0 };
  const label = (m: Map<string, string>, item: string) => m.get(item) ?? `singleton:${item}`;
  const members = (m: Map<string, string>) => {
    const out = new Map<string, Set<string>>();
    for (const it of items) {
      const l = label(m, it);
      if (!out.has(l)) out.set(l, new Set());
      out.get(l)!.add(it);
    }
    return out;
  };
  const g = members(gold), p = members(predicted);
  let precision = 0, recall = 0;
  for (const it of items) {
    const gc = g.get(label(gold, it))!, pc = p.get(label(predicted, it))!;
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    precision += both / pc.size;
    recall += both / gc.size;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, items: items.length };
}
