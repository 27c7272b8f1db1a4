import { describe, expect, it } from 'vitest';
import { articleEntities } from './candidate-type.test-helper';
import { extractArticle } from './extract-article';

const extract = (paragraphs: string[], title = 'A Headline About Nothing In Particular') =>
  extractArticle({ id: 'a', title, paragraphs }).map((o) => `${o.knownName ?? o.text}/${o.type}${o.qualifier ? `/${o.qualifier}` : ''}`);

describe('extractArticle', () => {
  it('drops page chrome paragraphs', () => {
    expect(extract(['Share on Facebook', 'Audio Only', 'Post with no comments', 'Lavrov met Pompeo in Sochi.'])).not.toContain('Audio Only/other');
  });

  it('reads the ALL-CAPS dateline and its agency', () => {
    expect(extract(['CARACAS, Venezuela (Reuters) — Officials met on Monday.'])).toEqual(['Caracas/place', 'Venezuela/place', 'Reuters/organization']);
  });

  it('takes only names a lexicon knows from a title-case headline', () => {
    expect(extract(['Nothing here.'], 'US Asserts its Intransigence on Venezuela in Meeting with Russia')).toEqual([
      'United States/place',
      'Venezuela/place',
      'Russia/place',
    ]);
  });

  it("takes a known name of several words from a headline, before its possessive", () => {
    expect(extract(['Nothing here.'], "Rolling blackouts hit Papua New Guinea's capital")).toEqual(['Papua New Guinea/place']);
    // Not a known name opened by a title: the body names the person without it.
    expect(extract(['Nothing here.'], 'Pope Leo XIV names cardinals')).toEqual([]);
  });

  it('names Crimea from "Crimean peninsula" but Russia not from "Russian officials"', () => {
    const found = extract(['Russian officials defended the annexation of the Crimean peninsula.']);
    expect(found).toEqual(['Crimea/place']);
  });

  it('takes "Korean" for an adjective, no name, and keeps names it opens', () => {
    expect(extract(['Seoul said Korean chips would be treated fairly.'])).toEqual(['Seoul/place']);
    expect(extract(['Korean Air said so.'])).toEqual(['Korean Air/organization']);
  });

  it('keeps a sentence-initial single word only when the article backs it', () => {
    expect(extract(['Sanctions will remain. Nobody said otherwise.'])).toEqual([]);
    expect(extract(['Lavrov spoke first. Later, Mr. Lavrov left.'])).toEqual(['Lavrov/person', 'Lavrov/person']);
    // A dictionary word capitalised only inside another name backs nothing alone.
    expect(extract(['Safety remains a concern. The Kestrel Safety Agency said so.']).map((x) => x.split('/')[0])).not.toContain('Safety');
    // So does a known name's short form that is a dictionary word before a plural noun ("Labour"
    // for the Labour Party), but not before a verb.
    expect(extract(['Labour groups say the pace has a cost.'])).toEqual([]);
    expect(extract(['Labour won the vote.'])).toEqual(['Labour Party/organization']);
    expect(extract(["Moody's upgraded the bonds."]).map((x) => x.split('/')[0])).toEqual(["Moody's"]);
  });

  it('knows Brazil\'s states over a speech verb after them', () => {
    expect(extract(['The governors of Bahia and Ceará warned of losses.'])).toEqual(['Bahia/place', 'Ceará/place']);
  });

  it('keeps a letter and digits only where the sentence says what they name', () => {
    expect(extract(['Prices came from K7, the Kenyan stock exchange.'])).toContain('K7/organization');
    expect(extract(['Profits rose in Q3 and fell in Q4.'])).toEqual([]);
  });

  it('tells Georgia the US state from the country by the article around it', () => {
    expect(extract(['ATLANTA — Georgia voters lined up in Fulton County.'])).toContain('Georgia/place/us-state');
    expect(extract(['TBILISI — Georgia asked to join the European Union.'])).toContain('Georgia/place');
  });
});

describe('extractArticle: support for a sentence-initial word', () => {
  it('takes one unknown word opening the sentence that a body\'s clause describes', () => {
    expect(extract(['Evofenedex, which represents Dutch importers, was worried.'])).toContain('Evofenedex/organization');
    // Look-alike: a common noun whose clause is no body's wording makes no name.
    expect(extract(['Inflation, which rose again, was worrying.']).some((x) => x.startsWith('Inflation'))).toBe(false);
  });

  it('takes one unknown word that speaks, not a plural noun that does', () => {
    expect(extract(['Transnet said its port would reopen.'])).toContain('Transnet/organization');
    expect(extract(['Doctors said the ward would reopen.'])).toEqual([]);
  });

  it('takes an unknown word opening a list of names closed by "and"', () => {
    expect(extract(['Naitasiri, Tailevu and Namosi delegates backed the motion.']).some((x) => x.startsWith('Naitasiri/'))).toBe(true);
    // Look-alike: a common word opening the sentence before a list is no name.
    expect(extract(['Meanwhile, Tailevu and Namosi delegates backed the motion.']).some((x) => x.startsWith('Meanwhile'))).toBe(false);
    // Nor a portfolio's word opening a minister's list of them.
    expect(extract(['Petroleum, Mines and Energy Minister Jane Orrin said so.']).some((x) => x.startsWith('Petroleum/'))).toBe(false);
  });

  it('takes a letter and a number before "rebels" as a group', () => {
    expect(extract(['The fighters of the M23 rebels seized Goma.'])).toContain('M23/organization');
    // Look-alike: a quarter is no name.
    expect(extract(['Sales rose in Q3 this year.'])).toEqual([]);
  });
});

describe('extractArticle: a word of the dictionary that speaks', () => {
  it('is no name', () => {
    expect(extract(['Someone said the ward would reopen.'])).toEqual([]);
  });
});

describe('extractArticle: people and groupings', () => {
  it('takes a separatist named with a lower-case noun before him as a person, not his faith as a place', () => {
    const found = extract(['Police linked agents to the killing of Sikh separatist Hardeep Singh Nijjar in Surrey.']);
    expect(found).toContain('Hardeep Singh Nijjar/person');
    expect(found.some((f) => f.startsWith('Sikh/'))).toBe(false);
  });

  it('names no one by a faith\'s, a people\'s or a language\'s adjective', () => {
    expect(extract(['Herders of Wakhi and Quechua descent prayed at Sufi shrines with an Aymara elder in Kestrelton.'])).toEqual(['Kestrelton/place']);
  });

  it('knows groupings by their acronyms', () => {
    expect(extract(['Leaders met at the G7 summit in Kananaskis.'])).toContain('Group of Seven/organization');
  });
});

describe('extractArticle: appositions and generic words', () => {
  it('reads "the country\'s largest lender" as the apposition of a sentence-initial name', () => {
    expect(extract(["Norvica, the country's largest lender, said profits rose."])).toEqual(['Norvica/organization']);
  });

  it('takes no body\'s generic word that speaks for a name', () => {
    expect(extract(['Management said the plant would close.'])).toEqual([]);
  });
});

describe('extractArticle (tenth round)', () => {
  it('keeps a letter and a digit before a product noun, not alone', () => {
    expect(extract(['The probe lifted off aboard an H5 rocket on Monday.'])).toContain('H5/other');
    expect(extract(['Sales rose in Q3 on Monday.'])).not.toContain('Q3/other');
  });
});

describe('a name of one letter', () => {
  it('is the social network X "on" which someone posts, and nothing else', () => {
    const names = (paragraphs: string[]) => articleEntities(paragraphs).map((e) => `${e.name}: ${e.type}`);
    expect(names(['Tim Sweeney welcomed the ruling on X, writing that it was good.'])).toEqual(['Tim Sweeney: person', 'X: organization']);
    // Look-alike: a letter anywhere else names nothing.
    expect(names(['Variant X spread in the spring, and Plan B failed.'])).not.toContain('X: organization');
  });
});
