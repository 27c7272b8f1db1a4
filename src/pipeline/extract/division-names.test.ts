import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import { divisionShortForm } from './division-names';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 3, articleId: 'a', ...extra });
const names = (observations: Observation[]) => clusterObservations(observations).map((e) => e.aliases.join(' | '));

describe('a subdivision or a town named without its word', () => {
  it('gives the short form of a province or a town of two words', () => {
    expect(divisionShortForm(['Kestrel', 'Province'])).toBe('Kestrel');
    expect(divisionShortForm(['Orange', 'Walk', 'Town'])).toBe('Orange Walk');
    // Look-alikes: a town of one word before "Town", a country, a county.
    expect(divisionShortForm(['Cape', 'Town'])).toBeUndefined();
    expect(divisionShortForm(['Kuwait', 'State'])).toBeUndefined();
    expect(divisionShortForm(['Kestrel', 'County'])).toBeUndefined();
  });

  it('gives the short form of a county named with its word first', () => {
    expect(divisionShortForm(['County', 'Kestrel'])).toBe('Kestrel');
    // Look-alike: where the rest is a town a lexicon knows, the county is not that town.
    expect(divisionShortForm(['County', 'Limerick'])).toBeUndefined();
  });

  it('joins the town to its short form in one article', () => {
    expect(names([o('Orange Walk Town', 'place'), o('Orange Walk', 'place', { strength: 2 })])).toEqual(['Orange Walk Town | Orange Walk']);
  });
});
