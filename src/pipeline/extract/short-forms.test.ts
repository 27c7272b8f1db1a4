import { describe, expect, it } from 'vitest';
import { candidatesIn } from './candidate-type.test-helper';

const first = (sentence: string) => candidatesIn(sentence)[0]!;

describe('blended short forms', () => {
  it('takes a blended short form in parentheses as the long name\'s own', () => {
    expect(first('The Malaysian Meteorological Department (MetMalaysia) said rain would persist.').acronym).toBe('MetMalaysia');
    // Look-alike: another company's name, opening none of the long name's words.
    expect(first('Microsoft Corporation (OpenAI) said so.').acronym).toBeUndefined();
  });
});
