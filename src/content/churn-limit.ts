/**
 * When Backstory steps back on a page: more than `records` changes (DOM mutation records, our own
 * UI's not counted) within any `windowMs`, a batch counting at most `perBatch` (past that it is a
 * storm, handled by one full rescan whatever its size: page-watcher.ts). So a page steps over the
 * line by changing 800 nodes a second for five seconds on end, or by forcing a full rescan more
 * than four times in five seconds; never by one burst, however big. A news page, even a live blog
 * or an app re-rendering its whole article now and then, stays far below; a ticker wall, a game or
 * an animation written in DOM nodes does not, and following it would cost the reader the page's
 * responsiveness for marks that are stale a moment later.
 */
export const CHURN_LIMIT = { records: 4000, windowMs: 5000, perBatch: 1000 };

/**
 * Counts a page's changes over a sliding window. Batches arrive at most every few tens of
 * milliseconds (page-watcher.ts), so the window holds a few hundred entries at worst.
 */
export class ChurnMeter {
  private readonly batches: { at: number; count: number }[] = [];

  private total = 0;

  constructor(
    private readonly limit = CHURN_LIMIT,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Adds a batch of `count` changes; true once the window holds more than the limit. */
  add(records: number): boolean {
    const count = Math.min(records, this.limit.perBatch);
    const at = this.now();
    this.batches.push({ at, count });
    this.total += count;
    while (this.batches.length > 0 && this.batches[0]!.at <= at - this.limit.windowMs) this.total -= this.batches.shift()!.count;
    return this.total > this.limit.records;
  }
}
