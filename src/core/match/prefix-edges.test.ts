import { describe, expect, it } from 'vitest';
import { NO_PREFIX, PrefixEdges, UNKNOWN_EDGE } from './prefix-edges';

describe('PrefixEdges', () => {
  it('answers UNKNOWN_EDGE until an edge is stored, then what was stored, NO_PREFIX included', () => {
    const edges = new PrefixEdges();
    expect(edges.get(0, 0x61)).toBe(UNKNOWN_EDGE);
    edges.set(0, 0x61, 1);
    edges.set(0, 0x62, NO_PREFIX);
    expect(edges.get(0, 0x61)).toBe(1);
    expect(edges.get(0, 0x62)).toBe(NO_PREFIX);
    // Same unit under another parent, same parent with another unit: other edges.
    expect(edges.get(1, 0x61)).toBe(UNKNOWN_EDGE);
    expect(edges.get(0, 0x63)).toBe(UNKNOWN_EDGE);
    expect(edges.size).toBe(2);
  });

  it('keeps every edge as it grows past its first table', () => {
    const edges = new PrefixEdges();
    const stored: [number, number, number][] = [];
    for (let parent = 0; parent < 200; parent++) {
      for (const unit of [0x20, 0x61, 0x7a, 0xe9, 0xffff]) stored.push([parent, unit, stored.length % 7 === 0 ? NO_PREFIX : stored.length]);
    }
    for (const [p, u, c] of stored) edges.set(p, u, c);
    expect(edges.size).toBe(1_000);
    for (const [p, u, c] of stored) expect(edges.get(p, u)).toBe(c);
    expect(edges.get(200, 0x61)).toBe(UNKNOWN_EDGE);
  });
});
