import { describe, expect, it } from 'vitest';
import { isDemonymOf, resolveDemonyms } from './demonyms';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'] = 'other', strength = 0): Observation => ({ text, type, strength, articleId: 'a' });

describe('demonyms by spelling', () => {
  it('pairs an adjective with its place', () => {
    expect(isDemonymOf('Catalan', 'Catalonia')).toBe(true);
    expect(isDemonymOf('Tigrayan', 'Tigray')).toBe(true);
    expect(isDemonymOf('Kosovar', 'Kosovo')).toBe(true);
    expect(isDemonymOf('Moreno', 'Morena')).toBe(false);
    expect(isDemonymOf('Catalonia', 'Catalan')).toBe(false);
  });

  it('drops the adjective and types the place it names', () => {
    const out = resolveDemonyms([o('Sindhi'), o('Sindh'), o('Karachi', 'place', 3)]);
    expect(out.map((x) => [x.text, x.type])).toEqual([
      ['Sindh', 'place'],
      ['Karachi', 'place'],
    ]);
  });
});
