import { describe, expect, it } from 'vitest';
import { nameKey } from '../known-names';
import { GIVEN_NAMES } from './given-names';
import { CLUBS_NAMED_LIKE_PLACES, KNOWN_CLUBS } from './sports-clubs';

const forms = KNOWN_CLUBS.flatMap((c) => [c.name, ...c.aliases]);

describe('sports clubs', () => {
  it('list at least 300 clubs', () => {
    expect(KNOWN_CLUBS.length).toBeGreaterThanOrEqual(300);
  });

  it('name no club twice, nor give two clubs one form', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of KNOWN_CLUBS) {
      for (const form of [c.name, ...c.aliases]) {
        const key = nameKey(form);
        const first = owner.get(key);
        if (first !== undefined) clashes.push(`${form} (${c.name} / ${first})`);
        else owner.set(key, c.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('hold no one-word given name, unless it is a place the club is named after', () => {
    const given = new Set([...GIVEN_NAMES].map(nameKey));
    const single = forms.filter((f) => !/\s/.test(f) && !CLUBS_NAMED_LIKE_PLACES.has(f));
    expect(single.filter((f) => given.has(nameKey(f)))).toEqual([]);
  });

  it('list as named like places only names or aliases of a club', () => {
    const known = new Set(forms);
    expect([...CLUBS_NAMED_LIKE_PLACES].filter((p) => !known.has(p))).toEqual([]);
  });

  it('know clubs named after their city as named like places', () => {
    for (const place of ['Barcelona', 'Liverpool', 'Porto', 'Napoli', 'Toulouse']) {
      expect(CLUBS_NAMED_LIKE_PLACES.has(place), place).toBe(true);
    }
  });
});
