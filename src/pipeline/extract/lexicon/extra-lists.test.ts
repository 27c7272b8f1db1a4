import { describe, expect, it } from 'vitest';
import { nameKey } from '../known-names';
import { EXTRA_EVENTS, EXTRA_ORGANIZATIONS, EXTRA_OTHER_NAMES, EXTRA_PERSON_NAMES, EXTRA_PLACE_NAMES } from './extra-lists';
import { GIVEN_NAMES } from './given-names';
import { KNOWN_PLACES } from './countries';
import { CAPITALS, CITIES, FIRST_LEVEL_REGIONS, KNOWN_REGIONS, MORE_COUNTRIES } from './regions';
import { MORE_CITIES } from './more-cities';

const forms = (rows: readonly { name: string; aliases: string[] }[]) => rows.flatMap((r) => [r.name, ...r.aliases]);

describe('the wider lexicons (extra-*.ts)', () => {
  it('hold no given name, in any list', () => {
    const given = new Set([...GIVEN_NAMES].map(nameKey));
    expect(forms([...EXTRA_ORGANIZATIONS, ...EXTRA_OTHER_NAMES, ...EXTRA_PLACE_NAMES, ...EXTRA_EVENTS]).filter((f) => given.has(nameKey(f)))).toEqual([]);
  });

  it('hold no country, region or city among the bodies and things', () => {
    const places = [...KNOWN_PLACES, ...MORE_COUNTRIES, ...KNOWN_REGIONS, ...FIRST_LEVEL_REGIONS, ...CAPITALS, ...CITIES, ...MORE_CITIES, ...EXTRA_PLACE_NAMES];
    const placeKeys = new Set(forms(places).map(nameKey));
    expect(forms([...EXTRA_ORGANIZATIONS, ...EXTRA_OTHER_NAMES, ...EXTRA_EVENTS, ...EXTRA_PERSON_NAMES]).filter((f) => placeKeys.has(nameKey(f)))).toEqual([]);
  });

  it('name nothing twice across the three types', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [type, rows] of [['organization', EXTRA_ORGANIZATIONS], ['other', EXTRA_OTHER_NAMES], ['place', EXTRA_PLACE_NAMES], ['event', EXTRA_EVENTS], ['person', EXTRA_PERSON_NAMES]] as const) {
      for (const key of new Set(forms(rows).map(nameKey))) {
        if (owner.has(key) && owner.get(key) !== type) clashes.push(`${key}: ${owner.get(key)} / ${type}`);
        owner.set(key, type);
      }
    }
    expect(clashes).toEqual([]);
  });
});
