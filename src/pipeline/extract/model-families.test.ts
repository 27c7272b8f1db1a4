import { describe, expect, it } from 'vitest';
import { typeModelFamilies } from './model-families';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], strength: number, articleId = 'a'): Observation => ({ text, type, strength, articleId });

describe('typeModelFamilies', () => {
  it('types a product family named without its number like the numbered product', () => {
    const found = typeModelFamilies([o('Kestrel2', 'other', 3), o('Kestrel', 'place', 0)]);
    expect(found.map((x) => x.type)).toEqual(['other', 'other']);
  });

  it('leaves a surely typed name, a weak numbered one and another article alone', () => {
    expect(typeModelFamilies([o('Kestrel2', 'other', 3), o('Kestrel', 'organization', 4)])[1]!.type).toBe('organization');
    expect(typeModelFamilies([o('Kestrel2', 'organization', 0), o('Kestrel', 'place', 0)])[1]!.type).toBe('place');
    expect(typeModelFamilies([o('Kestrel2', 'other', 3), o('Kestrel', 'place', 0, 'b')])[1]!.type).toBe('place');
  });
});
