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

describe('initials, then the last word spelled out', () => {
  it('takes "(TETFund)" as the short form of the "Tertiary Education Trust Fund"', () => {
    expect(first('More money went to the Tertiary Education Trust Fund (TETFund) this year.').acronym).toBe('TETFund');
    expect(first('South African National Parks (SANParks) said it was monitoring bands.').acronym).toBe('SANParks');
    // Look-alikes: initials that spell other words; a last word that is not the name's.
    expect(first('More money went to the Tertiary Education Trust Fund (TEAFund) this year.').acronym).toBeUndefined();
    expect(first('More money went to the Tertiary Education Trust Fund (TETBank) this year.').acronym).toBeUndefined();
  });
});
