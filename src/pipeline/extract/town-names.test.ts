import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';
import { isQualifiedPlace, isSpaTownName } from './town-names';

describe('town names', () => {
  it('reads "Bad" before a word no English list has as a spa town', () => {
    expect(isSpaTownName(['Bad', 'Aussee'])).toBe(true);
    expect(typeOf('Hospitals in Murau and Bad Ischl may close.', 'Bad Ischl')).toBe('place');
    // Look-alikes: "Bad" before an English word, and a longer name.
    expect(isSpaTownName(['Bad', 'Bunny'])).toBe(false);
    expect(isSpaTownName(['Bad', 'Blood', 'Records'])).toBe(false);
  });

  it('reads a land qualifier before a known place as part of it', () => {
    expect(isQualifiedPlace(['Peninsular', 'Malaysia'])).toBe(true);
    expect(typeOf('Floods hit the east coast of Mainland China.', 'Mainland China')).toBe('place');
    // Look-alike: the qualifier before a name no lexicon knows as a place.
    expect(isQualifiedPlace(['Continental', 'Airlines'])).toBe(false);
  });

  it('types Malay towns by their opening word and places ending in "Plain"', () => {
    expect(typeOf('Trains stopped between Tumpat and Gua Kelam.', 'Gua Kelam')).toBe('place');
    expect(typeOf('Residents of Kestrel Plain commute far.', 'Kestrel Plain')).toBe('place');
  });
});
