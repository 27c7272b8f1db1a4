import { describe, expect, it } from 'vitest';
import { isFamilyFirstName, isVietnameseName } from './east-asian-names';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe('a Korean name, family name first', () => {
  it('keeps a common word opening the sentence before a hyphenated given name', () => {
    expect(isFamilyFirstName(['Park', 'Seon-hee'])).toBe(true);
    // Syllables of five letters: "young", "myung", "hyeon".
    expect(isFamilyFirstName(['An', 'Se-young'])).toBe(true);
    expect(isFamilyFirstName(['Lee', 'Jae-myung'])).toBe(true);
    expect(names('Park Seon-hee, an analyst at Korvo, said output would fall.')).toContain('Park Seon-hee');
    expect(names('Moon Jae-in said the talks would resume.')).toContain('Moon Jae-in');
  });

  it('keeps a Chinese family name opening the sentence before a romanised given name', () => {
    expect(names('Ding Junhui, a former champion, was among the first to call.')).toContain('Ding Junhui');
    // Look-alike: a family name that is also an English word ("Low") does not vouch for "Tide".
    expect(names('Low Tide lifted the boats.')).not.toContain('Low Tide');
  });

  it('does not read an English hyphenated compound or a longer run as a given name', () => {
    // Look-alikes: the same shape made of English words, and a name of three words.
    expect(isFamilyFirstName(['Park', 'Follow-up'])).toBe(false);
    expect(isFamilyFirstName(['Post', 'Post-war'])).toBe(false);
    expect(isFamilyFirstName(['Park', 'Seon-hee', 'Lee'])).toBe(false);
    expect(isFamilyFirstName(['Parkland', 'Seon-hee'])).toBe(false);
  });
});

describe('Taiwan\'s and Hong Kong\'s spellings of family names', () => {
  it('types a name opened by one as a person\'s ("Chung Mong-hong", "Cheung Ka-long")', () => {
    expect(typeOf("It was Chung Mong-hong's quiet drama.", 'Chung Mong-hong')).toBe('person');
    expect(typeOf('Cheung Ka-long won the final.', 'Cheung Ka-long')).toBe('person');
  });
});

describe('Japanese names, in either order', () => {
  it('takes two words, one a common Japanese family name, for a person', () => {
    expect(typeOf('Prints by Kitagawa Utamaro drew the highest bids.', 'Kitagawa Utamaro')).toBe('person');
    expect(typeOf('The album was made with Kenji Yoshida last year.', 'Kenji Yoshida')).toBe('person');
    // Look-alikes: a family name that is also a company's stays one with its company word, and a
    // plain two-word name with no such family name stays unproven.
    expect(typeOf('Shares of Suzuki Motor rose.', 'Suzuki Motor')).toBe('organization');
    expect(typeOf('The album was made with Orland Varsell last year.', 'Orland Varsell')).not.toBe('person');
  });
});

describe('Vietnamese names', () => {
  it('reads a Vietnamese family name and one-syllable given names as a person', () => {
    expect(isVietnameseName(['Le', 'Thi', 'Thu', 'Thuy'])).toBe(true);
    expect(typeOf('The deal was signed by Tran Van Hung in Hanoi.', 'Tran Van Hung')).toBe('person');
    // Look-alikes: words of more than one syllable after "Le", and two words only.
    expect(isVietnameseName(['Le', 'Monde', 'Diplomatique'])).toBe(false);
    expect(isVietnameseName(['Le', 'Pen'])).toBe(false);
  });

  it('takes no cue for a speaker from the last word of the quotation before the name', () => {
    expect(typeOf('"We can compete with anyone in the region," Le Thi Thu Thuy, chairwoman of VinFast, said.', 'Le Thi Thu Thuy')).toBe('person');
  });
});
