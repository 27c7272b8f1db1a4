import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import { countryOfShortForm } from './country-short-forms';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 3, articleId: 'a', ...extra });
const us = { knownName: 'United States', knownAliases: ['U.S.', 'US'], strength: 5 };

describe('a country\'s bare short form', () => {
  it('joins "America" to the United States an article names too', () => {
    expect(countryOfShortForm('America', new Set(['United States']))).toBe('United States');
    const entities = clusterObservations([o('U.S.', 'place', us), o('America', 'place')]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'United States' });
    expect(entities[0]!.aliases).toContain('America');
  });

  it('joins "Korea" to the one Korea an article names, and to neither beside both', () => {
    expect(countryOfShortForm('Korea', new Set(['South Korea', 'Japan']))).toBe('South Korea');
    expect(countryOfShortForm('Korea', new Set(['North Korea']))).toBe('North Korea');
    expect(countryOfShortForm('Korea', new Set(['South Korea', 'North Korea']))).toBeUndefined();
  });

  it('leaves "America" alone where the article does not name the country, or in another article', () => {
    // Look-alikes: no United States in the article; the country named only in another article.
    expect(countryOfShortForm('America', new Set(['Canada']))).toBeUndefined();
    expect(clusterObservations([o('America', 'place'), o('Canada', 'place', { knownName: 'Canada', strength: 5 })])).toHaveLength(2);
    expect(clusterObservations([o('U.S.', 'place', { ...us, articleId: 'b' }), o('America', 'place')])).toHaveLength(2);
  });
});
