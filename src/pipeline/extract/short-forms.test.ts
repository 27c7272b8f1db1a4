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

describe('initials with lower-case letters for the small words', () => {
  it('takes "(MpD)", "(UvA)" and "(MoDEE)" as the long name\'s own', () => {
    expect(first('The Movement for Democracy (MpD) won the vote.').acronym).toBe('MpD');
    expect(first('The University of Amsterdam (UvA) cut courses.').acronym).toBe('UvA');
    expect(first('The Ministry of Digital Economy and Entrepreneurship (MoDEE) cut fees.').acronym).toBe('MoDEE');
    // Look-alikes: capitals that spell other initials, and one capital alone.
    expect(first('The Movement for Democracy (MpX) won the vote.').acronym).toBeUndefined();
    expect(first('The Movement for Democracy (Mpd) won the vote.').acronym).toBeUndefined();
  });
});

describe('a short form of two words', () => {
  it('takes initials then the last word, or initials in two parts', () => {
    expect(first('The Japan Postal Group Union (JP Union) said no.').acronym).toBe('JP Union');
    expect(first('Surveys by Financial Sector Deepening Zambia (FSD Zambia) found so.').acronym).toBe('FSD Zambia');
    expect(first('Civil Aviation Safety Authority of Papua New Guinea (CASA PNG) inspectors signed off.').acronym).toBe('CASA PNG');
    // Look-alikes: a last word that is not the name's, and initials that spell another name.
    expect(first('The Japan Postal Group Union (JP Group) said no.').acronym).toBeUndefined();
    expect(first('Civil Aviation Safety Authority of Papua New Guinea (CASA NZ) inspectors signed off.').acronym).toBeUndefined();
  });
});
