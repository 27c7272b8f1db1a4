import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe('a school named for its country of origin and its city', () => {
  it('keeps "in <city>" in the name of a school named for a country', () => {
    const sentence = 'She is a professor at the American University in Cairo, who was not involved.';
    expect(names(sentence)).toEqual(['American University in Cairo']);
    expect(typeOf(sentence, 'American University in Cairo')).toBe('organization');
  });

  it('leaves "in" outside other schools\' names and before a month', () => {
    // Look-alikes: a school named for no country; "in" before a date.
    expect(names('She studied at Harvard University in Cambridge.')).toEqual(['Harvard University', 'Cambridge']);
    expect(names('Officials met American University in March.')).toEqual(['American University']);
  });
});

describe('a pyramid named with "of" its king', () => {
  it('joins "of" after a pyramid and types it a place', () => {
    const sentence = 'The mission has been digging near the Step Pyramid of Djoser since 2023.';
    expect(names(sentence)).toEqual(['Step Pyramid of Djoser']);
    expect(typeOf(sentence, 'Step Pyramid of Djoser')).toBe('place');
  });

  it('does not join "of" after a plain name', () => {
    // Look-alike: a person from somewhere.
    expect(names('The mission met Ahmed Lotfy of Cairo in 2023.')).not.toContain('Ahmed Lotfy of Cairo');
  });
});
