import { describe, expect, it } from 'vitest';
import { compileAliases } from './compiled-aliases';
import { KeyIndex, NO_PREFIX, ROOT_PREFIX } from './key-index';

const index = (aliases: string[], maxEdges?: number) => new KeyIndex(compileAliases(aliases.map((text, target) => ({ text, target }))), maxEdges);

/** The keys a prefix id stands for, as strings. */
const keysOf = (ix: KeyIndex, id: number) =>
  Array.from({ length: ix.prefixHi[id]! - ix.prefixLo[id]! }, (_, i) => {
    const k = ix.prefixLo[id]! + i;
    return ix.keys.slice(ix.starts[k], ix.starts[k + 1]! - 1);
  });

/** Walks `prefix` unit by unit from the root; NO_PREFIX as soon as no key goes on. */
function walk(ix: KeyIndex, prefix: string): number {
  let id = ROOT_PREFIX;
  for (let depth = 0; depth < prefix.length && id !== NO_PREFIX; depth++) id = ix.child(id, depth, prefix.charCodeAt(depth));
  return id;
}

describe('KeyIndex prefixes', () => {
  const aliases = ['Mexico', 'Mexico City', 'New Mexico', 'Moscow', 'Montevideo Mechanism', 'Mo', 'Lavrov'];

  it('finds the keys sharing each prefix, found by search or remembered alike', () => {
    const ix = index(aliases);
    for (let pass = 0; pass < 2; pass++) {
      expect(keysOf(ix, walk(ix, 'm'))).toEqual(['mexico', 'mexico city', 'mo', 'montevideo mechanism', 'moscow']);
      expect(keysOf(ix, walk(ix, 'mo'))).toEqual(['mo', 'montevideo mechanism', 'moscow']);
      expect(keysOf(ix, walk(ix, 'mexico '))).toEqual(['mexico city']);
      expect(walk(ix, 'mz')).toBe(NO_PREFIX);
      expect(walk(ix, 'x')).toBe(NO_PREFIX);
    }
  });

  it('gives the same id for a prefix asked again', () => {
    const ix = index(aliases);
    expect(walk(ix, 'mon')).toBe(walk(ix, 'mon'));
    expect(walk(ix, 'mon')).not.toBe(walk(ix, 'mos'));
  });

  it('has no prefixes without keys', () => {
    const ix = index([]);
    expect(walk(ix, 'a')).toBe(NO_PREFIX);
  });

  it('forgets its prefixes between scans once it holds too many, and finds them again', () => {
    const ix = index(aliases, 4);
    const moscow = walk(ix, 'mos');
    ix.limitPrefixes();
    // Three edges so far (m, mo, mos): kept.
    expect(walk(ix, 'mos')).toBe(moscow);
    walk(ix, 'lav');
    ix.limitPrefixes();
    expect(ix.prefixLo).toHaveLength(1);
    expect(keysOf(ix, walk(ix, 'lav'))).toEqual(['lavrov']);
  });
});
