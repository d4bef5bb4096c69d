/**
 * Keeps the best K of a stream of (score, index) pairs in a binary min-heap: O(n log K)
 * instead of sorting all n. Ties are broken by a caller-given order (the candidate id), so
 * the result never depends on the order candidates arrive in.
 */
export class TopKSelector {
  private readonly scores: Float64Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(
    private readonly k: number,
    /** Negative when item a should rank before item b at equal score. */
    private readonly tieBreak: (a: number, b: number) => number,
  ) {
    this.scores = new Float64Array(Math.max(k, 0));
    this.items = new Int32Array(Math.max(k, 0));
  }

  /** True when (sa, a) ranks below (sb, b): the heap keeps the lowest at its root. */
  private isWorse(sa: number, a: number, sb: number, b: number): boolean {
    return sa < sb || (sa === sb && this.tieBreak(a, b) > 0);
  }

  offer(score: number, item: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.isWorse(score, item, this.scores[parent] as number, this.items[parent] as number)) break;
        this.scores[i] = this.scores[parent] as number;
        this.items[i] = this.items[parent] as number;
        i = parent;
      }
      this.scores[i] = score;
      this.items[i] = item;
      return;
    }
    // Full: a newcomer enters only if it beats the worst kept (the root).
    if (!this.isWorse(this.scores[0] as number, this.items[0] as number, score, item)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (
        right < this.size &&
        this.isWorse(this.scores[right] as number, this.items[right] as number, this.scores[left] as number, this.items[left] as number)
      ) {
        child = right;
      }
      if (!this.isWorse(this.scores[child] as number, this.items[child] as number, score, item)) break;
      this.scores[i] = this.scores[child] as number;
      this.items[i] = this.items[child] as number;
      i = child;
    }
    this.scores[i] = score;
    this.items[i] = item;
  }

  /** Lowest score kept, or -Infinity until K items are kept: a cheap pre-filter for callers. */
  threshold(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : (this.scores[0] as number);
  }

  /** The kept items, best first. */
  drain(): Array<{ item: number; score: number }> {
    const out: Array<{ item: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ item: this.items[i] as number, score: this.scores[i] as number });
    out.sort((a, b) => (b.score - a.score) || this.tieBreak(a.item, b.item));
    return out;
  }
}
