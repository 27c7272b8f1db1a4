import { describe, expect, it } from 'vitest';
import { appositiveNoun } from './context-cues';
import { tokenize } from './tokens';

const headAfter = (sentence: string, name: string) => {
  const tokens = tokenize(sentence);
  const last = tokens.findIndex((t) => t.text === name);
  return appositiveNoun(sentence, tokens, last);
};

describe('appositiveNoun', () => {
  it('reads the plural after "one of the"', () => {
    expect(headAfter("Ferrocarril, one of the country's oldest clubs, won.", 'Ferrocarril')).toBe('clubs');
    // Look-alike: "one" with no "of the" is no apposition.
    expect(headAfter('Ferrocarril, one day, won.', 'Ferrocarril')).toBeUndefined();
  });

  it('reads past a known place or a possessive name qualifying the head', () => {
    expect(headAfter('He bought Tranvia, the Rio de Janeiro club that won.', 'Tranvia')).toBe('club');
    expect(headAfter("It came from Filmfond, the Nordic Council's fund for films.", 'Filmfond')).toBe('fund');
    expect(headAfter('It was built by Hallberg, a family-owned coachbuilder that closed.', 'Hallberg')).toBe('coachbuilder');
    // Look-alike: an unknown name with no possessive stops the phrase.
    expect(headAfter('He bought Tranvia, the Ferro Norte club that won.', 'Tranvia')).toBeUndefined();
  });
});
