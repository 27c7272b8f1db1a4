import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { tokenize } from './tokens';

const names = (sentence: string) => findCandidates(tokenize(sentence), sentence).map((c) => c.text);
const first = (sentence: string) => findCandidates(tokenize(sentence), sentence).find((c) => c.tokens.length > 1 || c.acronym)!;

describe('findCandidates', () => {
  it('joins capitalised words with connectors into one name', () => {
    expect(names('They joined the Inter-American Treaty of Reciprocal Assistance.')).toEqual(['Inter-American Treaty of Reciprocal Assistance']);
    expect(names('It backed the Montevideo Mechanism framework.')).toEqual(['Montevideo Mechanism']);
  });

  it('takes the acronym in parentheses after a name', () => {
    expect(first('The Inter-American Treaty of Reciprocal Assistance (TIAR) met.').acronym).toBe('TIAR');
  });

  it('splits a title from the name and keeps it as the role', () => {
    expect(first('the Russian Foreign Minister Sergei Lavrov met').role).toBe('Russian Foreign Minister');
    expect(first('the Russian Foreign Minister Sergei Lavrov met').text).toBe('Sergei Lavrov');
    expect(first('U.S. Secretary of State Mike Pompeo said').role).toBe('U.S. Secretary of State');
    expect(names('Georgia Gov. Brian Kemp said')).toEqual(['Georgia', 'Brian Kemp']);
  });

  it('does not take titles or roles alone for names', () => {
    expect(names('The State Secretary met the Foreign Minister.')).toEqual([]);
    expect(names('He spoke to the President on Tuesday.')).toEqual([]);
  });

  it('drops sentence-initial common words, dates and demonyms', () => {
    expect(names('Despite the sanctions, Venezuela held out.')).toEqual(['Venezuela']);
    expect(names('Regarding May 14, little changed.')).toEqual([]);
    expect(names('Prime Minister Theresa May met them on Friday, May 3.')).toEqual(['Theresa May']);
    expect(names('Russian officials and Venezuelans met.')).toEqual([]);
    expect(names('Republican lawmakers and Western governments agreed.')).toEqual([]);
  });

  it('knows "and" only inside a name a lexicon has', () => {
    expect(names('He visited Trinidad and Tobago.')).toEqual(['Trinidad and Tobago']);
    expect(names('He visited Mexico and Uruguay.')).toEqual(['Mexico', 'Uruguay']);
  });

  it('keeps names inside a bodies name whole', () => {
    expect(names('The Russian Foreign Ministry said.')).toEqual(['Russian Foreign Ministry']);
  });

  it('joins "of" only after a head word, and not to a party leader', () => {
    expect(names('They met Nitish Kumar of Bihar.')).toEqual(['Nitish Kumar', 'Bihar']);
    expect(names('It was the Samajwadi Party of Akhilesh Yadav.')).toEqual(['Samajwadi Party', 'Akhilesh Yadav']);
    expect(names('He left the Party of Regions and the Gulf of Aden.')).toEqual(['Party of Regions', 'Gulf of Aden']);
    expect(names('He flew to the United States of America.')).toEqual(['United States of America']);
    // The head word must come right before "of": after a title and a name, "of" says where from.
    expect(names('Rep. Dana Keller of Portland objected.')).toEqual(['Dana Keller', 'Portland']);
  });

  it('joins "and" inside a public body\'s name, not between two companies', () => {
    expect(names("Canada's Transport and Safety Board ruled.")).toEqual(['Canada', 'Transport and Safety Board']);
    expect(names('The Securities and Exchange Commission sued.')).toEqual(['Securities and Exchange Commission']);
    expect(names('Shares of Intel and Extreme Networks fell.')).toEqual(['Intel', 'Extreme Networks']);
  });

  it('splits a place from a party member\'s noun after it', () => {
    expect(names('Sen. Ann Holt, an Ohio Republican, voted no.')).toEqual(['Ann Holt', 'Ohio', 'Republican']);
  });

  it('reads the descriptive phrase before a name and the apposition after it', () => {
    const all = (sentence: string) => findCandidates(tokenize(sentence), sentence);
    expect(all('She told the financial daily Il Sole, on Monday.')[0]).toMatchObject({ text: 'Il Sole', described: 'daily' });
    expect(all('It bought Zephyr, the cloud unit that it spun off.')[0]).toMatchObject({ text: 'Zephyr', appositive: 'unit' });
    expect(all('Prices came from K7, the Kenyan stock exchange.').find((c) => c.text === 'K7')).toMatchObject({ appositive: 'exchange' });
    expect(all('said Lee, a senior analyst at Ovum.')[1]).toMatchObject({ text: 'Ovum', workplace: 'analyst' });
    expect(all("Lee, the company's founder, spoke.")[0]!.appositive).toBeUndefined();
    expect(all('He told reporters Lee was right.')[0]!.described).toBeUndefined();
  });

  it('joins two particles and a known number into a name', () => {
    expect(names('Ursula von der Leyen spoke.')).toEqual(['Ursula von der Leyen']);
    expect(names('The CAC 40 fell.')).toEqual(['CAC 40']);
  });

  it('joins two party plurals before a group noun, and not otherwise', () => {
    expect(names('He sits in the Socialists and Democrats group.')).toEqual(['Socialists and Democrats']);
    expect(names('Both Republicans and Democrats agreed.')).toEqual(['Republicans', 'Democrats']);
  });

  it('splits a title of unlisted words ending in a head word', () => {
    expect(first('Internal Market Commissioner Thierry Breton called it historic.').text).toBe('Thierry Breton');
    expect(first('Internal Market Commissioner Thierry Breton called it historic.').role).toBe('Internal Market Commissioner');
    expect(names('He met General Motors and Queen Elizabeth Hospital.')).toEqual(['General Motors', 'Queen Elizabeth Hospital']);
    // A particle inside the name, and a known place of two words in the title.
    expect(names('Minas Gerais Governor Ana Maria dos Santos spoke.')).toEqual(['Minas Gerais', 'Ana Maria dos Santos']);
  });

  it('keeps "U.S." before a lower-case noun, a fused initial, and drops a dated month', () => {
    expect(names('They met the U.S. trade representative.')).toEqual(['U.S.']);
    expect(names('He told the newspaper Folha de S.Paulo that.')).toEqual(['Folha de S.Paulo']);
    expect(names('She takes office on Oct. 1 and will serve.')).toEqual([]);
  });

  it('names the body a title belongs to', () => {
    expect(names('European Commission President Ursula von der Leyen said')).toEqual(['European Commission', 'Ursula von der Leyen']);
  });
});
