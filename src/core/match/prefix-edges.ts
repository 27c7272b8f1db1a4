/**
 * Edges of a trie found on first use: (parent prefix id, next unit) → child prefix id, or NO_PREFIX
 * when no key goes on with that unit. An open-addressing hash table in typed arrays, so a lookup
 * allocates nothing and costs a few array reads: the scan of a page asks for one edge per unit of
 * every capitalised word, and binary-searching the sorted keys for each of them again on every
 * scan was most of the matching time (some 100 key reads per name with 50,000 aliases).
 */
export const NO_PREFIX = -1;
/** What `get` answers for an edge not stored yet. */
export const UNKNOWN_EDGE = -2;

const EMPTY = -1;
// A 20k-word page with 50,000 aliases stores some 3,200 edges: room for them without growing.
const INITIAL_SLOTS = 1 << 13;

export class PrefixEdges {
  private parents = new Int32Array(INITIAL_SLOTS).fill(EMPTY);

  private units = new Uint16Array(INITIAL_SLOTS);

  private children = new Int32Array(INITIAL_SLOTS);

  private mask = INITIAL_SLOTS - 1;

  /** Edges stored. */
  size = 0;

  /** The child of `parent` by `unit`: a prefix id, NO_PREFIX, or UNKNOWN_EDGE if never stored. */
  get(parent: number, unit: number): number {
    const { parents, mask } = this;
    for (let slot = slotOf(parent, unit) & mask; ; slot = (slot + 1) & mask) {
      const p = parents[slot]!;
      if (p === EMPTY) return UNKNOWN_EDGE;
      if (p === parent && this.units[slot] === unit) return this.children[slot]!;
    }
  }

  /** Stores an edge not stored yet (`child` a prefix id or NO_PREFIX). */
  set(parent: number, unit: number, child: number): void {
    // Kept at most half full, so a miss ends at an empty slot after a probe or two.
    if ((this.size + 1) * 2 > this.parents.length) this.grow();
    this.place(parent, unit, child);
    this.size++;
  }

  private place(parent: number, unit: number, child: number): void {
    const { parents, mask } = this;
    let slot = slotOf(parent, unit) & mask;
    while (parents[slot] !== EMPTY) slot = (slot + 1) & mask;
    parents[slot] = parent;
    this.units[slot] = unit;
    this.children[slot] = child;
  }

  private grow(): void {
    const { parents, units, children } = this;
    const slots = parents.length * 2;
    this.parents = new Int32Array(slots).fill(EMPTY);
    this.units = new Uint16Array(slots);
    this.children = new Int32Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < parents.length; i++) if (parents[i] !== EMPTY) this.place(parents[i]!, units[i]!, children[i]!);
  }
}

/** Mixes both halves of the edge's key, so consecutive ids and units spread over the table. */
function slotOf(parent: number, unit: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ unit;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}
