import { describe, expect, it } from 'vitest';
import { isCaseName } from './case-names';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe('a court case named "X v Y"', () => {
  it('joins the parties of a case in a sentence about a court, and types it other', () => {
    const sentence = 'The Supreme Court ruled in a landmark case, Johnson v FirstRand, that dealers owed no duty.';
    expect(names(sentence)).toContain('Johnson v FirstRand');
    expect(typeOf(sentence, 'Johnson v FirstRand')).toBe('other');
    expect(isCaseName(['Roe', 'v', 'Wade'])).toBe(true);
  });

  it('joins parties across "v." with its dot, as American papers print it', () => {
    const sentence = 'The court heard NetChoice v. Fitch on Monday, citing Brown v. Entertainment Merchants Association.';
    expect(names(sentence)).toEqual(expect.arrayContaining(['NetChoice v. Fitch', 'Brown v. Entertainment Merchants Association']));
    expect(typeOf(sentence, 'NetChoice v. Fitch')).toBe('other');
  });

  it('keeps a sports fixture two names, and a lone "v" is no case', () => {
    // Look-alikes: no court word in the sentence; "v" with nothing on one side.
    expect(names('England v Australia starts on Thursday in Perth.')).toEqual(expect.arrayContaining(['England', 'Australia']));
    expect(names('England v Australia starts on Thursday in Perth.')).not.toContain('England v Australia');
    expect(isCaseName(['v', 'Wade'])).toBe(false);
    expect(isCaseName(['Johnson'])).toBe(false);
  });
});
