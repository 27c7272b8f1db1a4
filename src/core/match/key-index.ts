import { KEY_SEPARATOR, TARGET_DIGITS, type CompiledAliases } from './compiled-aliases';
import { partStarts, sentStarts } from './part-starts';

/**
 * The compiled keys kept as one string with start offsets, searched as a trie: each unit read
 * narrows the range of keys sharing the prefix. Ranges for the first one and two units are found
 * once by binary search and then kept in a map (most words that start like a name stop there);
 * deeper ones always by binary search. Found on first use, so loading 50,000 keys in a tab is one
 * pass to find where each key starts. Map keys and ranges stay small integers: no allocation.
 */
export class KeyIndex {
  readonly size: number;

  /** The upper end of the range the last `narrow` found (its lower end is returned). */
  narrowedHi = 0;

  /** The sorted keys, KEY_SEPARATOR after each (read directly by the matcher's inner loop). */
  readonly keys: string;

  /** Start of key i in `keys`; starts[size] is one past the end. */
  readonly starts: Int32Array;

  /** First unit → prefix id; (first unit's prefix id, second unit) → prefix id. */
  private readonly prefixIds = new Map<number, number>();

  private readonly prefixLo: number[] = [];

  private readonly prefixHi: number[] = [];

  constructor(compiled: CompiledAliases) {
    this.keys = compiled.keys;
    // One target per key: the count is known, so the starts go straight into a typed array.
    this.size = this.keys === '' ? 0 : compiled.targets.length / TARGET_DIGITS;
    const sent = compiled.starts ? sentStarts(compiled.starts, this.size, this.keys.length) : undefined;
    // A table no background prepared (tests, `detect`) is addressed here.
    this.starts = sent ?? (this.size === 0 ? new Int32Array(1) : partStarts(this.keys, KEY_SEPARATOR, this.size, 'targets'));
  }

  /** The unit of key k at `depth`, or -1 past its end (shorter keys sort before longer ones). */
  unitAt(k: number, depth: number): number {
    const at = this.starts[k]! + depth;
    return at < this.starts[k + 1]! - 1 ? this.keys.charCodeAt(at) : -1;
  }

  /** The id of the keys starting with `first`, or -1. */
  firstPrefix(first: number): number {
    return this.prefixIds.get(first) ?? this.findPrefix(first, 0, this.size, 0, first);
  }

  /** The id of the keys starting with the prefix `firstId` names and then `second`, or -1. */
  secondPrefix(firstId: number, second: number): number {
    const key = -1 - (firstId * 0x10000 + second); // negative: never a first unit's key
    return this.prefixIds.get(key) ?? this.findPrefix(key, this.prefixLo[firstId]!, this.prefixHi[firstId]!, 1, second);
  }

  /** Finds and remembers the range of keys in [lo, hi) with `unit` at `depth` (-1 if none). */
  private findPrefix(key: number, lo: number, hi: number, depth: number, unit: number): number {
    const from = this.bound(lo, hi, depth, unit, false);
    const to = this.bound(from, hi, depth, unit, true);
    let id = -1;
    if (from < to) {
      id = this.prefixLo.length;
      this.prefixLo.push(from);
      this.prefixHi.push(to);
    }
    this.prefixIds.set(key, id);
    return id;
  }

  prefixRangeLo(id: number): number {
    return this.prefixLo[id]!;
  }

  prefixRangeHi(id: number): number {
    return this.prefixHi[id]!;
  }

  /** Narrows [lo, hi), whose keys share `depth` units, to those with `unit` next: returns the new lo, sets narrowedHi. */
  narrow(lo: number, hi: number, depth: number, unit: number): number {
    // Past the first few units of a name one key is usually left: one comparison, no search.
    if (hi - lo === 1) {
      const kept = this.unitAt(lo, depth) === unit;
      this.narrowedHi = kept ? hi : lo;
      return lo;
    }
    const from = this.bound(lo, hi, depth, unit, false);
    this.narrowedHi = this.bound(from, hi, depth, unit, true);
    return from;
  }

  private bound(lo: number, hi: number, depth: number, unit: number, after: boolean): number {
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const u = this.unitAt(mid, depth);
      if (u < unit || (after && u === unit)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
