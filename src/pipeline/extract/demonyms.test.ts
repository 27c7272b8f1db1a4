import { describe, expect, it } from 'vitest';
import { isDemonymOf, resolveDemonyms } from './demonyms';
import { extractArticle } from './extract-article';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'] = 'other', strength = 0): Observation => ({ text, type, strength, articleId: 'a' });

describe('demonyms by spelling', () => {
  it('pairs an adjective with its place', () => {
    expect(isDemonymOf('Catalan', 'Catalonia')).toBe(true);
    expect(isDemonymOf('Tigrayan', 'Tigray')).toBe(true);
    expect(isDemonymOf('Kosovar', 'Kosovo')).toBe(true);
    expect(isDemonymOf('Moreno', 'Morena')).toBe(false);
    expect(isDemonymOf('Catalonia', 'Catalan')).toBe(false);
  });

  it('drops the adjective and types the place it names', () => {
    const out = resolveDemonyms([o('Sindhi'), o('Sindh'), o('Karachi', 'place', 3)]);
    expect(out.map((x) => [x.text, x.type])).toEqual([
      ['Sindh', 'place'],
      ['Karachi', 'place'],
    ]);
  });
});

describe('a people named from a known place', () => {
  it('drops the plural of a place a lexicon knows', () => {
    const out = resolveDemonyms([{ ...o('Tuvalu', 'place', 5), knownName: 'Tuvalu' }, o('Tuvaluans', 'place')]);
    expect(out.map((x) => x.text)).toEqual(['Tuvalu']);
    // Look-alike: a singular unknown word sharing the start stays.
    const kept = resolveDemonyms([{ ...o('Peru', 'place', 5), knownName: 'Peru' }, o('Perun', 'person')]);
    expect(kept.map((x) => x.text)).toEqual(['Peru', 'Perun']);
  });

  it('drops a singular in "-ian" of a place a lexicon knows, not a given name', () => {
    const out = resolveDemonyms([{ ...o('Transnistria', 'place', 5), knownName: 'Transnistria' }, o('Transnistrian', 'place', 0)]);
    expect(out.map((x) => x.text)).toEqual(['Transnistria']);
    // Look-alike: "Adrian" is a given name, whatever place "Adria" is.
    const kept = resolveDemonyms([{ ...o('Adria', 'place', 5), knownName: 'Adria' }, o('Adrian', 'person')]);
    expect(kept.map((x) => x.text)).toEqual(['Adria', 'Adrian']);
  });
});

describe('a national noun for one person', () => {
  it('is no name of anyone: "the Dane said", "the Frenchman agreed with the Turk"', () => {
    const found = extractArticle({ id: 'a', title: 'x', paragraphs: ['"We gave them a head start," the Dane said, and the Frenchman agreed with the Turk.'] });
    expect(found.map((x) => x.text)).toEqual([]);
  });
});

describe('the people of named islands', () => {
  it('drops "Solomon Islanders" where a lexicon knows the Solomon Islands, not a team', () => {
    expect(resolveDemonyms([o('Solomon Islanders', 'person', 2), o('Faroe Islanders', 'organization', 2)])).toEqual([]);
    // Look-alike: no islands are called "New York Islands", so the team stays.
    expect(resolveDemonyms([o('New York Islanders', 'organization', 2)]).map((x) => x.text)).toEqual(['New York Islanders']);
  });
});

describe('the adjectives of islands and lands named with their peoples', () => {
  it('names no one by "Manx", "Tahitian", "Norfolk Islanders", "Annobonese", "Miskito", "Moravian", "CHamoru"', () => {
    const found = extractArticle({
      id: 'a',
      title: 'x',
      paragraphs: [
        'Under the Manx law, doctors may refuse. Mutineers came with Tahitian companions and a French Polynesian operator bid. Norfolk Islanders should have a say, as should Annobonese activists, Miskito leaders, a Moravian pastor, CHamoru elders and Vincentians.',
      ],
    });
    expect(found.map((x) => x.text)).toEqual([]);
    // Look-alike: a body named with the adjective stays a name.
    const care = extractArticle({ id: 'a', title: 'x', paragraphs: ['Manx Care, the health service, said so.'] });
    expect(care.map((x) => x.text)).toEqual(['Manx Care']);
  });
});

describe('"Lao", the adjective of Laos', () => {
  it('names nothing alone before a noun, and stays in a body\'s name', () => {
    const found = extractArticle({ id: 'a', title: 'x', paragraphs: ['Lao officials said the Lao section of the line carried more goods, and the Lao National Chamber of Commerce agreed.'] });
    expect(found.map((x) => x.text)).toEqual(['Lao National Chamber of Commerce']);
  });
});
