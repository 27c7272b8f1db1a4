import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';
import { companyCue } from './company-cues';
import { saysInitialWordIsName } from './initial-word-cues';
import { tokenize } from './tokens';

const says = (sentence: string, n: number) => {
  const tokens = tokenize(sentence);
  return saysInitialWordIsName(tokens.slice(0, n), tokens, sentence);
};

describe('a possessive before a post on a body\'s staff', () => {
  it('keeps a common word opening the sentence as a party\'s name, typed a body', () => {
    const sentence = "Labour's transport spokesperson, Mere Paewai, called the situation bad.";
    expect(says(sentence, 1)).toBe(true);
    expect(names(sentence)).toContain('Labour');
    expect(typeOf(sentence, 'Labour')).toBe('organization');
    expect(companyCue("Officials said Labour's spokesperson was away.", tokenize("Officials said Labour's spokesperson was away.").slice(2, 3))).toBe(2);
  });

  it('drops the word before other nouns, or a post after more than two words', () => {
    // Look-alikes: a day's possessive before a post; a possessive before a thing; too long a gap.
    expect(names("Yesterday's leader was absent.")).toEqual([]);
    expect(says("Labour's new transport policy spokesperson spoke.", 1)).toBe(false);
    expect(says("Labour's policy was clear.", 1)).toBe(false);
  });
});

describe('a preposition opening a sentence before a Spanish article', () => {
  it('is no given name before a surname\'s particle', () => {
    expect(names('In La Libertad, the party is seeking to hold the region.')).toEqual(['La Libertad']);
    // Look-alike: a given name before the particle opens the name ("Marine Le Pen").
    expect(names('Marine Le Pen spoke.')).toEqual(['Marine Le Pen']);
  });
});
