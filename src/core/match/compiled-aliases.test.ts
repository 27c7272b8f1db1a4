import { describe, expect, it } from 'vitest';
import { AliasMatcher } from './alias-matcher';
import { BLOCKED, compileAliases, encodeTargets, foldedKey, KEY_SEPARATOR, MAX_ENTITIES, targetAt } from './compiled-aliases';

const ENTRIES = [
  { text: 'Mexico', target: 0 },
  { text: 'New Mexico', target: BLOCKED },
  { text: 'Nicolás  Maduro', target: 1 },
  { text: 'Maduro', target: 1, ambiguous: true },
  { text: 'Turkey', target: 2 },
  { text: 'turkey', target: BLOCKED },
];

describe('compileAliases', () => {
  it('folds keys as the scan folds text: no accents, lower case, one space', () => {
    expect(foldedKey(' Nicola\u0301s \n Maduro')).toBe(' nicolas maduro');
    expect(compileAliases(ENTRIES).keys.split(KEY_SEPARATOR)).toEqual(['maduro', 'mexico', 'new mexico', 'nicolas maduro', 'turkey', 'turkey']);
  });

  it('puts a blocker before an alias with the same key', () => {
    const compiled = compileAliases(ENTRIES);
    expect([4, 5].map((k) => targetAt(compiled.targets, k))).toEqual([BLOCKED, 2]);
    expect(compiled.ambiguous).toEqual([0]);
  });

  it('stores targets as base-32 digits a JSON parser reads as one plain string', () => {
    const targets = [BLOCKED, 0, 31, 32, 1023, MAX_ENTITIES - 1];
    const encoded = encodeTargets(targets);
    expect(encoded).toBe(['0000', '0001', '0010', '0011', '0100', 'vvvv'].join(''));
    expect(JSON.stringify(encoded)).toBe(`"${encoded}"`);
    expect(targets.map((_, k) => targetAt(encoded, k))).toEqual(targets);
    expect(() => encodeTargets([MAX_ENTITIES])).toThrow(RangeError);
    expect(() => encodeTargets([-2])).toThrow(RangeError);
  });

  it('joins keys with a separator JSON writes as itself, so the parser stays on its fast path', () => {
    expect(JSON.stringify(compileAliases(ENTRIES).keys)).not.toContain('\\');
  });

  it('matches the same from its JSON form as from the entries', () => {
    const text = 'In New Mexico, Nicolás Maduro met Maduro; Turkey, not turkey. MEXICO!';
    const direct = new AliasMatcher(ENTRIES).scan(text);
    const stored = new AliasMatcher(JSON.parse(JSON.stringify(compileAliases(ENTRIES)))).scan(text);
    expect(stored).toEqual(direct);
    // The blocker "turkey" has the same key as "Turkey" and goes first: both spellings stay blocked.
    expect(direct.map((m) => text.slice(m.start, m.end))).toEqual(['Nicolás Maduro', 'Maduro', 'MEXICO']);
  });

  it('stores case patterns only for aliases not capitalised word by word', () => {
    const compiled = compileAliases([
      { text: 'Sergei Lavrov', target: 0 },
      { text: 'US', target: 1 },
      { text: 'Crimean peninsula', target: 2 },
      { text: 'al-Assad', target: 3 },
    ]);
    const keys = compiled.keys.split(KEY_SEPARATOR);
    const excepted = compiled.caseExceptions.filter((_, i) => i % 2 === 0).map((k) => keys[k]);
    expect(excepted.sort()).toEqual(['al-assad', 'crimean peninsula', 'us']);
    const text = 'us and US; Crimean Peninsula, crimean peninsula; Al-Assad and al-Assad; sergei lavrov, Sergei Lavrov';
    expect(new AliasMatcher(compiled).scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['US', 'Crimean Peninsula', 'Al-Assad', 'al-Assad', 'Sergei Lavrov']);
  });

  it('handles an empty alias list', () => {
    expect(new AliasMatcher([]).scan('Mexico')).toEqual([]);
  });
});
