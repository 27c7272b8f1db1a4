import { describe, expect, it } from 'vitest';
import { articleEntities, typeOf } from './candidate-type.test-helper';

/** Entities of one article built alone, as "name/type". */
const entities = (paragraphs: string[]) => articleEntities(paragraphs).map((e) => `${e.name}/${e.type}`);

describe('which evidence wins', () => {
  it('lets a listed given name beat a phrase tag that makes the name a place', () => {
    expect(typeOf('"Rates will move up," said Helen Marsh, head of research.', 'Helen Marsh')).toBe('person');
    // Look-alike: a given name that is also a place keeps its place's reading.
    expect(typeOf('Floods hit Victoria Marsh again.', 'Victoria Marsh')).not.toBe('person');
  });

  it("takes compromise's given name before one common noun for a person ('Marcus Hill'), not before a place's own word", () => {
    expect(typeOf('"I cried," said Marcus Hill, a season-ticket holder.', 'Marcus Hill')).toBe('person');
    // Look-alikes: a first name compromise knows opens places too, whose second word is no English noun.
    expect(typeOf('Flights to Abu Dhabi resumed.', 'Abu Dhabi')).toBe('place');
  });

  it('lets the article decide a company\'s name that is also a given name before a surname', () => {
    expect(entities(['Lotte Jansen, a transport economist at ING, estimated the cost.'])).toContain('Lotte Jansen/person');
    // Look-alike: the company's unit with no person evidence stays a body.
    expect(entities(['Lotte Chemical cut output at its plant.'])).toContain('Lotte Chemical/organization');
  });

  it('reads a listed given name alone as a person', () => {
    expect(typeOf('"Now I have work," said Youssef, 34, a steel fixer.', 'Youssef')).toBe('person');
    // Look-alike: an unknown word that is no given name keeps the one-word default.
    expect(typeOf('"Now I have work," said Benslimane, a town.', 'Benslimane')).not.toBe('person');
  });

  it('types a name headed by an event\'s word with "of" as the event', () => {
    expect(typeOf('The stadium was rebuilt for the Africa Cup of Nations last year.', 'Africa Cup of Nations')).toBe('event');
    expect(typeOf('They recalled the Battle of Hastings.', 'Battle of Hastings')).toBe('event');
    // Look-alike: a forum with "of" may be a body; its own rule decides.
    expect(typeOf('Leaders met at the Forum of Federations office.', 'Forum of Federations')).not.toBe('event');
  });

  it('types an edition\'s word followed by words of no class as the event', () => {
    expect(typeOf('The Edinburgh Festival Fringe sold a record 2.6 million tickets.', 'Edinburgh Festival Fringe')).toBe('event');
    // Look-alikes: a body's word after it, and the edition's word first.
    expect(typeOf('The Edinburgh Festival Fringe Society said so.', 'Edinburgh Festival Fringe Society')).toBe('organization');
    expect(typeOf('Shares of Games Workshop Group rose.', 'Games Workshop Group')).toBe('organization');
  });

  it('reads what is renovated or rebuilt as a site', () => {
    expect(typeOf('Officials pushed for the renovated Camp Nou in Barcelona.', 'Camp Nou')).toBe('place');
    // Look-alike: a plain adjective before the name says nothing of a site.
    expect(typeOf('Officials pushed for the popular Camp Nou Tours in Barcelona.', 'Camp Nou Tours')).not.toBe('place');
  });

  it('reads the class noun before "such as" and a place\'s preposition "around"', () => {
    expect(typeOf('Applicants must climb a peak such as Himlung Himal first.', 'Himlung Himal')).toBe('place');
    expect(typeOf('Damage was worst around Heron Tanner.', 'Heron Tanner')).toBe('place');
    // Look-alike: a body's noun before "such as" keeps the body.
    expect(typeOf('Lenders such as Nubank Tarrant cut rates.', 'Nubank Tarrant')).not.toBe('place');
  });

  it('reads street, market-town, mountain and rules words at the end', () => {
    expect(typeOf('"The Royal Mile in August is wonderful," she said.', 'Royal Mile')).toBe('place');
    expect(typeOf('Lodges along the trail through Namche Bazaar are full.', 'Namche Bazaar')).toBe('place');
    expect(typeOf('It amended the Mountaineering Expedition Regulations that took effect.', 'Mountaineering Expedition Regulations')).toBe('other');
  });

  it('reads a port that speaks as its authority', () => {
    expect(typeOf('A spokesman said the Port of Antwerp-Bruges said it would help.', 'Port of Antwerp-Bruges')).toBe('organization');
    // Look-alike: a port ships call at stays a place.
    expect(typeOf('Ships were diverted to the Port of Antwerp-Bruges last week.', 'Port of Antwerp-Bruges')).toBe('place');
  });

  it('reads a city compromise knows, then two words of no place, as a body named for it', () => {
    expect(typeOf('APM Terminals and Rotterdam World Gateway reported disruption.', 'Rotterdam World Gateway')).toBe('organization');
    // Look-alike: the city and one word may be a landmark; the lexicon's reading stays.
    expect(typeOf('Crowds gathered below Edinburgh Castle on Friday.', 'Edinburgh Castle')).toBe('place');
  });

  it('reads a mountain range\'s adjective as no name of its own', () => {
    expect(entities(['Climbers must first summit a peak in the Himalayan country.']).some((e) => e.startsWith('Himalayan'))).toBe(false);
    // Look-alike: the range itself is a place.
    expect(entities(['Glaciers are melting across the Himalayas.'])).toContain('Himalayas/place');
  });
});


describe("a saint's name opening a name", () => {
  it('makes a town, not a person, whatever compromise reads in its words', () => {
    expect(typeOf('Truckers in Santa Cruz, the farming hub, warned of losses.', 'Santa Cruz')).toBe('place');
    expect(typeOf('Lawmakers from San Cristóbal backed the plan.', 'San Cristóbal')).toBe('place');
    // Of four words too, with a surname compromise knows last.
    expect(typeOf('Shops closed near San Rafael Las Flores.', 'San Rafael Las Flores')).toBe('place');
    // Look-alike: a given name that only looks saintly stays a person's.
    expect(typeOf('Lawmakers heard Sandra Cruz on Monday.', 'Sandra Cruz')).toBe('person');
  });
});

describe('a compass adjective in lower case before one word', () => {
  it('reads the word as a region\'s place, which no body\'s name then takes as its short form', () => {
    const names = articleEntities(['Herders asked a court to halt work in northern Finnmark on Wednesday.', 'They filed at the Vestre Finnmark District Court in Hammerfest.']).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Finnmark', 'Vestre Finnmark District Court']));
    // Look-alike: a word with nothing around it is still the body's short form.
    expect(articleEntities(['Herders said Finnmark mattered.', 'They filed at the Vestre Finnmark District Court in Hammerfest.']).map((e) => e.name)).not.toContain('Finnmark');
  });
});
