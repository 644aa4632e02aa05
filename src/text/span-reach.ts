// Whether any of a set of spans overlaps or contains a range: the extractors ask this for every
// token of a document. The spans are few (a document's cue hits), so they are kept sorted by
// start with the furthest end reached so far, and each question is a binary search; a table
// over every position of the text cost more to fill than all the questions together.

export interface SpanLike { start: number; end: number }

export class SpanReach {
  /** The spans' starts, clamped to the text, ascending. */
  private readonly starts: Int32Array;
  /** reach[i]: the furthest end of the spans starts[0..i]. */
  private readonly reach: Int32Array;

  constructor(spans: readonly SpanLike[], private readonly length: number) {
    const sorted = spans.map((s) => ({ start: Math.min(Math.max(s.start, 0), length), end: s.end })).sort((a, b) => a.start - b.start);
    this.starts = new Int32Array(sorted.length);
    this.reach = new Int32Array(sorted.length);
    let furthest = -1;
    sorted.forEach((s, i) => {
      this.starts[i] = s.start;
      this.reach[i] = furthest = Math.max(furthest, s.end);
    });
  }

  /** The furthest end of the spans starting at or before p, -1 when none does. */
  private reachAt(p: number): number {
    let lo = 0, hi = this.starts.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= p) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found < 0 ? -1 : this.reach[found]!;
  }

  /** Some span has start < end and end > start. */
  overlaps(start: number, end: number): boolean {
    if (end <= 0) return false;
    return this.reachAt(Math.min(end - 1, this.length)) > start;
  }

  /** Some span has start <= start and end >= end. */
  contains(start: number, end: number): boolean {
    return this.reachAt(Math.min(Math.max(start, 0), this.length)) >= end;
  }
}
