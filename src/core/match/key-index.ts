import { KEY_SEPARATOR, TARGET_DIGITS, type CompiledAliases } from './compiled-aliases';
import { partStarts, sentStarts } from './part-starts';
import { NO_PREFIX, PrefixEdges, UNKNOWN_EDGE } from './prefix-edges';

export { NO_PREFIX } from './prefix-edges';

/** The empty prefix: every key. */
export const ROOT_PREFIX = 0;
/** Edges kept before they are all forgotten: 2^17 fill 2.5 MB of tables (a long article needs some 10,000). */
const MAX_EDGES = 1 << 17;

/**
 * The compiled keys kept as one string with start offsets, searched as a trie: each unit read
 * narrows the range of keys sharing the prefix. Each prefix's range is found once, by binary
 * search in its parent's range, and then kept (PrefixEdges): a page's names are read again on
 * every scan of it, and loading 50,000 keys in a tab is one pass to find where each key starts.
 */
export class KeyIndex {
  readonly size: number;

  /** The sorted keys, KEY_SEPARATOR after each (read directly by the matcher's inner loop). */
  readonly keys: string;

  /** Start of key i in `keys`; starts[size] is one past the end. */
  readonly starts: Int32Array;

  /** Prefix ids by parent and unit; the empty prefix, every key, is ROOT_PREFIX. */
  private edges = new PrefixEdges();

  /** Each prefix's range of keys, [lo, hi), by prefix id (the matcher reads them in place). */
  prefixLo: number[] = [0];

  prefixHi: number[];

  constructor(
    compiled: CompiledAliases,
    private readonly maxEdges = MAX_EDGES,
  ) {
    this.keys = compiled.keys;
    // One target per key: the count is known, so the starts go straight into a typed array.
    this.size = this.keys === '' ? 0 : compiled.targets.length / TARGET_DIGITS;
    const sent = compiled.starts ? sentStarts(compiled.starts, this.size, this.keys.length) : undefined;
    // A table no background prepared (tests, `detect`) is addressed here.
    this.starts = sent ?? (this.size === 0 ? new Int32Array(1) : partStarts(this.keys, KEY_SEPARATOR, this.size, 'targets'));
    this.prefixHi = [this.size];
  }

  /**
   * Forgets the prefixes found, if there are many by now: called between scans (ids held during a
   * scan stay valid), so a tab open for days on pages of unknown capitalised words stays bounded.
   */
  limitPrefixes(): void {
    if (this.edges.size >= this.maxEdges) this.forgetPrefixes();
  }

  private forgetPrefixes(): void {
    this.edges = new PrefixEdges();
    this.prefixLo = [0];
    this.prefixHi = [this.size];
  }

  /** The unit of key k at `depth`, or -1 past its end (shorter keys sort before longer ones). */
  unitAt(k: number, depth: number): number {
    const at = this.starts[k]! + depth;
    return at < this.starts[k + 1]! - 1 ? this.keys.charCodeAt(at) : -1;
  }

  /**
   * The id of the prefix that goes on from `parent` (`depth` units long) with `unit`, or
   * NO_PREFIX if no key does.
   */
  child(parent: number, depth: number, unit: number): number {
    const known = this.edges.get(parent, unit);
    if (known !== UNKNOWN_EDGE) return known;
    const from = this.bound(this.prefixLo[parent]!, this.prefixHi[parent]!, depth, unit, false);
    const to = this.bound(from, this.prefixHi[parent]!, depth, unit, true);
    let id = NO_PREFIX;
    if (from < to) {
      id = this.prefixLo.length;
      this.prefixLo.push(from);
      this.prefixHi.push(to);
    }
    this.edges.set(parent, unit, id);
    return id;
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
