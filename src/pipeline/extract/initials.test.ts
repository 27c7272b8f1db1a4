import { describe, expect, it } from 'vitest';
import { candidatesIn, typeOf } from './candidate-type.test-helper';

const named = (sentence: string) => candidatesIn(sentence).map((c) => (c.role ? `${c.role}: ${c.text}` : c.text));

describe('a name opened by an initial, and hyphenated titles', () => {
  it('keeps an initial after a title with the surname, and splits the title off', () => {
    expect(named('ISRO Chairman V. Narayanan said the flight went well.')).toEqual(['ISRO', 'ISRO Chairman: V. Narayanan']);
    expect(named('Chairman K. Sivan said so.')).toEqual(['Chairman: K. Sivan']);
  });

  it('keeps an initial that opens a name after a word no sentence ends in, or the sentence\'s start', () => {
    expect(named('Farmers led by S. Velmurugan marched.')).toContain('S. Velmurugan');
    expect(named('S. K. Velmurugan, the convenor, spoke.')).toEqual(['S. K. Velmurugan']);
    expect(typeOf('Farmers led by S. Velmurugan marched.', 'S. Velmurugan')).toBe('person');
    // After a person's noun in lower case too.
    expect(named('"It is gone," said farmer S. Thevarajah, 47, beside the road.')).toEqual(['S. Thevarajah']);
    // Look-alike: a letter after a plain noun ends the sentence.
    expect(named('It needs vitamin C. Officials said so.')).not.toContain('C. Officials');
  });

  it('still ends a sentence at a letter after a plain word', () => {
    expect(named('They chose Plan B. The rest followed.')).toEqual(['Plan B']);
    expect(named('It went to Terminal A. Officials said so.')).toEqual(['Terminal A']);
  });

  it('takes a hyphenated law officer\'s title as a title', () => {
    expect(named('Attorney-General Deb Frecklington said the state would appeal.')).toEqual(['Attorney-General: Deb Frecklington']);
    expect(named('Solicitor-General Ann Byrne spoke.')).toEqual(['Solicitor-General: Ann Byrne']);
  });
});

describe('a title word opening a law\'s name', () => {
  it('keeps it in the name: no person\'s name ends in a law\'s word', () => {
    expect(named('Firms paid fines under the General Data Protection Regulation.')).toEqual(['General Data Protection Regulation']);
    expect(named('On Monday General Ann Byrne spoke.')).toEqual(['General: Ann Byrne']);
  });
});
