import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article';
import { clusterObservations } from './cluster';

const aliases = (paragraphs: string[]) =>
  clusterObservations(extractArticle({ id: 'a', title: 'A Headline About Nothing In Particular', paragraphs })).map((e) => e.aliases.join(' | '));
const entities = (paragraphs: string[]) =>
  clusterObservations(extractArticle({ id: 'a', title: 'A Headline About Nothing In Particular', paragraphs })).map((e) => `${e.name}/${e.type}`);

describe('group names', () => {
  it('joins a plural group name, its singular and the name it calls itself, as an organisation', () => {
    const found = entities(['The Zenani delegation arrived on Monday. Talks with the Zenanis, who call their movement Free Dawn, resumed.']);
    expect(found).toContain('Free Dawn/organization');
    expect(found.some((e) => e.startsWith('Zenani'))).toBe(false);
  });

  it('leaves people with a plural-looking surname alone', () => {
    const found = entities(['Serena Williams won. Prince William watched, and Williams waved.']);
    expect(found).toContain('Serena Williams/person');
    expect(found).toContain('William/person');
  });
});

describe('"known in" a place "as"', () => {
  it('joins the name after the place to the name before it', () => {
    expect(aliases(['The festival Kestrel Nights, known in Estonia as PÖFF, began in 1997.'])).toContain('Kestrel Nights | PÖFF');
    // Look-alike: "known in" a place for something, with no second name, joins nothing.
    expect(aliases(['The festival Kestrel Nights, known in Estonia for its winter films, began in 1997.'])).not.toContain('Kestrel Nights | Estonia');
  });
});

describe('"known in" a language "as", and "formerly known as"', () => {
  it('joins the name after it to the name before it', () => {
    const sorted = (paragraphs: string[]) => aliases(paragraphs).map((a) => a.split(' | ').sort().join(' | '));
    expect(sorted(['It works with Kestrel Health, known in Māori as Te Ora Kestrel, on clinics.'])).toEqual(['Kestrel Health | Te Ora Kestrel']);
    expect(sorted(['The regional carrier Clic, formerly known as EasyFly, flies turboprops.'])).toEqual(['Clic | EasyFly']);
    // Look-alike: "known in" a language for something, with no name after "as", joins nothing.
    expect(aliases(['It works with Kestrel Health, known in Māori communities for its clinics.']).join(' ')).not.toContain('|');
  });
});

describe('"known to" someone "as"', () => {
  it('joins the name after it to the name before it', () => {
    const sorted = (paragraphs: string[]) => aliases(paragraphs).map((a) => a.split(' | ').sort().join(' | '));
    expect(sorted(['He said the Huong River, known to visitors as the Perfume River, could rise.'])).toEqual(['Huong River | Perfume River']);
    expect(sorted(['Team leader Lee Seung-hoon, known to fans as Loki, spoke.'])).toEqual(['Lee Seung-hoon | Loki']);
    // Look-alike: "known to" someone for something joins nothing.
    expect(aliases(['He said the Huong River, known to visitors for its tombs, could rise.']).join(' ')).not.toContain('|');
  });
});

describe('"known as" after a place', () => {
  it('names the thing in the place, not the place ("The parliament in Tehran, known as the Majlis")', () => {
    expect(aliases(['The parliament in Tehran, known as the Majlis, passed a law.'])).toEqual(['Tehran', 'Majlis']);
    // Look-alike: a body after "at" is the thing known so.
    expect(aliases(['Officials at the Kestrel Cocoa Board, known as Kescobod, spoke.'])).toContain('Kestrel Cocoa Board | Kescobod');
  });
});

describe('a body spelled out after its acronym', () => {
  it('joins "FIDE, the International Chess Federation," as one body, but not a list that goes on', () => {
    expect(aliases(['The match was organised by QXF, the International Kestrel Federation, and carried a prize fund.'])).toContain('International Kestrel Federation | QXF');
    expect(aliases(['QXF, the Lumen Kestrel Federation, and the Orbis Council met.'])).not.toContain('Lumen Kestrel Federation | QXF');
  });
});

describe('party plurals', () => {
  it('links a party\'s plural nickname to "<singular> Party" in the same article', () => {
    const found = entities(['The Socialist Party abstained on Tuesday. The opposition Socialists chose to abstain.']);
    expect(found.filter((e) => e.startsWith('Socialist'))).toEqual(['Socialist Party/organization']);
    // Look-alike: with no such party printed, the plural stays a name of its own.
    expect(entities(['The opposition Socialists chose to abstain.'])).toContain('Socialists/organization');
    // "Democrats" for "the Democratic Party": the adjective's "-ic" restored.
    const us = entities(['The Democratic Party won the House. Democrats said they would insist on it. Its top Democrat agreed.']);
    expect(us.filter((e) => e.startsWith('Democrat'))).toEqual(['Democratic Party/organization']);
  });
});

describe('a storm under another agency\'s name', () => {
  it('joins the name a storm was "called" to the storm the article names', () => {
    const found = aliases([
      'Typhoon Kestrel made landfall in Gia Lai on Thursday.',
      'The typhoon had already crossed the central Philippines, where the weather agency there called it Marisol and three people died.',
    ]);
    expect(found).toContain('Typhoon Kestrel | Marisol');
    // Look-alike: a name "called" by a sentence that opens with no storm stays apart.
    expect(aliases(['Typhoon Kestrel made landfall.', 'The minister called it Marisol in a speech.'])).not.toContain('Typhoon Kestrel | Marisol');
  });
});

describe('a name "which" a place "calls" it', () => {
  it('joins the name a place or a people gives the thing to it', () => {
    expect(aliases(['Kestrel Shoal, which Orrinland calls Bajo de Vell, is a fishing ground.'])).toContain('Bajo de Vell | Kestrel Shoal');
    // Look-alike: what a body "calls for" is no name of the thing.
    expect(aliases(['Kestrel Shoal, which Orrinland calls for, is a fishing ground.'])).toContain('Kestrel Shoal');
  });
});
