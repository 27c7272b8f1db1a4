import { describe, expect, it } from 'vitest';
import { clusterObservations, extractArticle } from './index';

const entities = (paragraphs: string[]) => clusterObservations(extractArticle({ id: 'a', title: 'Test', paragraphs })).map((e) => `${e.name}/${e.type}`);

describe('a party before a member\'s noun or opening a title', () => {
  it('names the party that opens a sentence before "leader" or "legislator", or opens an MP\'s title', () => {
    expect(entities(['Greens leader Rosalie Woodruff said so.'])).toEqual(['Greens/organization', 'Rosalie Woodruff/person']);
    expect(entities(['Congress legislator Vikas Thakre said so.'])).toEqual(['Congress/organization', 'Vikas Thakre/person']);
    expect(entities(['Greens MP Sue Higginson said so.'])).toEqual(['Greens/organization', 'Sue Higginson/person']);
  });

  it('names no party from a plural that is no party\'s, nor from a word before another noun', () => {
    expect(entities(['Officials leader Ana Ruiz said so.'])).toEqual(['Ana Ruiz/person']);
    expect(entities(['Greens grow well here, Ana Ruiz said.'])).toEqual(['Ana Ruiz/person']);
  });
});
