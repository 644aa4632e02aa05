// Whether any of a set of spans overlaps or contains a range, answered in constant time after
// one pass over the text: the extractors ask this for every token of a document.

export interface SpanLike { start: number; end: number }

export class SpanReach {
  /** reach[p]: the furthest end of the spans starting at or before p, -1 when none does. */
  private readonly reach: Int32Array;

  constructor(spans: readonly SpanLike[], private readonly length: number) {
    const reach = new Int32Array(length + 1).fill(-1);
    for (const s of spans) {
      const at = Math.min(Math.max(s.start, 0), length);
      if (s.end > reach[at]!) reach[at] = s.end;
    }
    for (let p = 1; p <= length; p++) if (reach[p - 1]! > reach[p]!) reach[p] = reach[p - 1]!;
    this.reach = reach;
  }

  /** Some span has start < end and end > start. */
  overlaps(start: number, end: number): boolean {
    if (end <= 0) return false;
    return this.reach[Math.min(end - 1, this.length)]! > start;
  }

  /** Some span has start <= start and end >= end. */
  contains(start: number, end: number): boolean {
    return this.reach[Math.min(Math.max(start, 0), this.length)]! >= end;
  }
}
