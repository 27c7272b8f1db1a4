import { describe, expect, it } from 'vitest';
import { typeOf } from '../candidate-type.test-helper';
import { nameKey } from '../known-names';
import { GIVEN_NAMES } from './given-names';
import { CLUBS_NAMED_LIKE_PLACES, KNOWN_CLUBS, SUBURB_CLUB_NICKNAMES } from './sports-clubs';

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

  it('hold no one-word given name, unless it is a place or a carmaker the club is named after', () => {
    const given = new Set([...GIVEN_NAMES].map(nameKey));
    // "Mercedes" alone in the news is the carmaker or its team far more often than a woman's name.
    const carmakers = new Set(['Mercedes']);
    const single = forms.filter((f) => !/\s/.test(f) && !CLUBS_NAMED_LIKE_PLACES.has(f) && !carmakers.has(f));
    expect(single.filter((f) => given.has(nameKey(f)))).toEqual([]);
  });

  it('list as named like places only names or aliases of a club, or suburbs whose clubs have nicknames listed', () => {
    const known = new Set([...forms, ...Object.keys(SUBURB_CLUB_NICKNAMES)]);
    expect([...CLUBS_NAMED_LIKE_PLACES].filter((p) => !known.has(p))).toEqual([]);
  });

  it('know clubs named after their city as named like places', () => {
    for (const place of ['Barcelona', 'Liverpool', 'Porto', 'Napoli', 'Toulouse']) {
      expect(CLUBS_NAMED_LIKE_PLACES.has(place), place).toBe(true);
    }
  });
});

describe('motor racing', () => {
  it('knows the teams, and the drivers by their given names', () => {
    expect(typeOf('Russell, starting from pole for Mercedes, won the race.', 'Mercedes')).toBe('organization');
    expect(typeOf('Piastri was fourth in the second McLaren on Saturday.', 'McLaren')).toBe('organization');
    expect(typeOf('Charles Leclerc was fifth, while Lewis Hamilton retired on lap 31.', 'Lewis Hamilton')).toBe('person');
    // Look-alike: a singer named Mercedes is still a person.
    expect(typeOf('The album by Mercedes Sosa was reissued.', 'Mercedes Sosa')).toBe('person');
  });
});
