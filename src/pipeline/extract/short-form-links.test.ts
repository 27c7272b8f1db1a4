import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { clusterObservations } from './cluster';
import type { Observation } from './observation';

// Short forms one article proves (article-links.ts): a name printed without its qualifier, its
// class words or its town, a storm's local name, a site's surname, a bracketed acronym.
const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 3, articleId: 'a', ...extra });
const names = (observations: Observation[]) => clusterObservations(observations).map((e) => e.aliases.join(' | '));
const articleEntities = (paragraphs: string[]) => clusterObservations(extractArticle({ id: 'a', title: 'A Headline About Nothing In Particular', paragraphs }));
const typedEntities = (paragraphs: string[]) => articleEntities(paragraphs).map((e) => `${e.name}/${e.type}`);
const aliasedEntities = (paragraphs: string[]) => articleEntities(paragraphs).map((e) => e.aliases.join(' | '));

describe('short forms with their qualifier or town left out', () => {
  it("joins a name to the one longer name that adds initials, a place's adjective or, for a law, any capitalised words", () => {
    expect(names([o('CAF Champions League', 'event'), o('Champions League', 'event')])).toEqual(['CAF Champions League | Champions League']);
    expect(names([o('Philippine Coast Guard', 'organization'), o('Coast Guard', 'organization')])).toEqual(['Philippine Coast Guard | Coast Guard']);
    expect(names([o('Judicial Council Restoration Act', 'other'), o('Restoration Act', 'other')])).toEqual(['Judicial Council Restoration Act | Restoration Act']);
    // Look-alike: a body's name with another body's words before it is another body.
    expect(names([o('National Security Council', 'organization'), o('Security Council', 'organization')])).toHaveLength(2);
  });

  it('joins a body named by the word before its town, and not a town', () => {
    expect(names([o('Wydad Casablanca', 'organization'), o('Wydad', 'organization')])).toEqual(['Wydad Casablanca | Wydad']);
    // A town no lexicon lists, that compromise knows: "Bayern" for "Bayern Munich".
    expect(names([o('Bayern Munich', 'organization'), o('Bayern', 'organization')])).toEqual(['Bayern Munich | Bayern']);
    expect(names([o('Raja Casablanca', 'organization'), o('Casablanca', 'place', { knownName: 'Casablanca' })])).toHaveLength(2);
  });
});

describe('a storm named by its local name', () => {
  it('joins "the storm, known locally as Rosal" to the storm the article names first', () => {
    const storms = names([
      o('Typhoon Sinlaku', 'event', { strength: 4 }),
      o('Rosal', 'place', { strength: 0, headOf: 'Storm' }),
      o('Typhoon Haiyan', 'event', { strength: 4 }),
    ]);
    expect(storms).toEqual(['Typhoon Sinlaku | Rosal', 'Typhoon Haiyan']);
    // With one storm alone, its local name joins it as before.
    expect(names([o('Typhoon Sinlaku', 'event', { strength: 4 }), o('Rosal', 'place', { strength: 0, headOf: 'Storm' })])).toEqual(['Typhoon Sinlaku | Rosal']);
  });
});

describe('a country at the end of a body\'s name', () => {
  it('is no short form of the body: the national side "Australia" beside "Rugby Australia"', () => {
    expect(names([o('Rugby Australia', 'organization', { strength: 5 }), o('Australia', 'organization', { strength: 5 })])).toHaveLength(2);
    // Look-alike: a word no list holds still names the one body that ends in it.
    expect(names([o('Alimentation Couche-Tard', 'organization', { strength: 4 }), o('Couche-Tard', 'organization', { strength: 2 })])).toHaveLength(1);
  });
});

describe('a site named for a person, by its surname alone', () => {
  it('joins "Castberg" to the "Johan Castberg" field, not a place of other words', () => {
    expect(names([o('Johan Castberg', 'place', { strength: 4 }), o('Castberg', 'place', { strength: 2 })])).toEqual(['Johan Castberg | Castberg']);
    // Look-alike: a place whose first word is no given name keeps its last word apart.
    expect(names([o('Kestrel Ridge', 'place', { strength: 4 }), o('Ridge', 'place', { strength: 2 })])).toHaveLength(2);
  });
});

describe("a known name's own short form, given with \"known as\" or \", or\"", () => {
  it('joins the letters to the name a lexicon knows, not a form with figures', () => {
    const known = (text: string, sameAs: string[]) => o(text, 'other', { strength: 5, knownName: text, knownAliases: [], sameAs });
    expect(names([known('Markets in Crypto-Assets Regulation', ['MiCA']), o('MiCA', 'organization', { strength: 2 })])).toEqual(['Markets in Crypto-Assets Regulation | MiCA']);
    // Look-alike: "its LVM3 rocket, known as HLVM3" names a variant, kept apart.
    expect(names([known('LVM3', ['HLVM3']), o('HLVM3', 'other', { strength: 2 })])).toHaveLength(2);
  });
});

describe('an acronym the article spelled out in brackets', () => {
  const entities = typedEntities;

  it('stays with the name it was bracketed after, not another body whose initials it holds', () => {
    expect(entities(['The Varnian Syndicate of Media Workers (VSM) criticised Vell Media on Monday.', 'The VSM said the cuts went too far.'])).toEqual([
      'Varnian Syndicate of Media Workers/organization',
      'Vell Media/organization',
    ]);
    // Look-alike: never bracketed, the acronym still finds the one body whose initials it holds.
    expect(entities(['Workers criticised Vell Media on Monday.', 'The VSM said the cuts went too far.'])).toEqual(['Vell Media/organization']);
  });
});

describe('a lender named without its class words', () => {
  const entities = typedEntities;

  it('is the credit union or building society the article named in full', () => {
    expect(entities(['Members of Kestrel Bay Credit Union and Orrin Community Credit Union voted on Monday.', 'Kestrel Bay will keep its branch, and Orrin will close one.'])).toEqual([
      'Kestrel Bay Credit Union/organization',
      'Orrin Community Credit Union/organization',
    ]);
    // Its class words outweigh a short form that reads as a town's name.
    expect(entities(['Members of Kestrel City Credit Union voted on Monday.', 'Kestrel City will keep its branch.'])).toEqual(['Kestrel City Credit Union/organization']);
    // Look-alike: a person the article names is not the lender that shares the name's words.
    expect(entities(['Members of Marta Quell Credit Union voted on Monday.', 'Ms Marta Quell, its chair, said the vote was close.'])).toHaveLength(2);
  });
});

describe('an island named without its word', () => {
  const entities = aliasedEntities;

  it('is the island the article named in full', () => {
    expect(entities(['Resorts on Denarau Island reopened on Monday.', 'Hotels on Denarau were full.'])).toEqual(['Denarau Island | Denarau']);
    // Look-alike: a city of that name is the city ("Vancouver Island" is not "Vancouver").
    expect(entities(['Ferries to Vancouver Island ran on Monday.', 'Vancouver is a city.'])).toHaveLength(2);
  });
});

describe('an aviation company named without its trade', () => {
  it('is the company the article named in full', () => {
    expect(aliasedEntities(['Regional carrier Kestrel Aviation will begin flights.', 'Kestrel will fly the route daily.'])).toEqual(['Kestrel Aviation | Kestrel']);
  });
});

describe('a known company named without its last word', () => {
  it('joins the short form whatever weak evidence typed it', () => {
    const silver = o('Pan American Silver', 'organization', { strength: 5, knownName: 'Pan American Silver' });
    // A headline's "delaying Pan American restart" read as a person's.
    expect(names([silver, o('Pan American', 'person', { strength: 2 })])).toEqual(['Pan American Silver | Pan American']);
    // Look-alikes: a person the article's wording proves, or a body named after the person.
    expect(names([silver, o('Pan American', 'person', { strength: 3 })])).toHaveLength(2);
    const university = o('Jawaharlal Nehru University', 'organization', { strength: 5, knownName: 'Jawaharlal Nehru University' });
    expect(names([university, o('Jawaharlal Nehru', 'person', { strength: 2 })])).toHaveLength(2);
  });
});
