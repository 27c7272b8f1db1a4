import { describe, expect, it } from 'vitest';
import { articleEntities, namesIn as names } from './candidate-type.test-helper';
import { knownName } from './known-names';

describe('years inside names', () => {
  it('keeps the year that numbers an event', () => {
    expect(names('Morocco wants to stage the final of the 2030 World Cup.')).toContain('2030 World Cup');
    expect(names('They reached the semi-finals of the 2022 World Cup in Qatar.')).toContain('2022 World Cup');
    expect(names('Athletes trained for the 2024 Summer Olympics in Paris.')).toContain('2024 Summer Olympics');
  });

  it('keeps a year before or inside a plan\'s name', () => {
    expect(names('The government added money to the Reef 2050 Plan, which funds water projects.')).toContain('Reef 2050 Plan');
    expect(names('Leaders endorsed the 2050 Strategy for the Blue Pacific Continent.')).toContain('2050 Strategy for the Blue Pacific Continent');
  });

  it('keeps a year between a name and a plan\'s noun in lower case', () => {
    expect(names('The awards are part of the Digital Uzbekistan 2030 strategy.')).toEqual(['Digital Uzbekistan 2030']);
    // Look-alike: a year opening the sentence's words is no plan's.
    expect(names('By 2030 plans will change for Kestrel Group.')).toEqual(['Kestrel Group']);
  });

  it('leaves a year before names that are no event\'s or plan\'s', () => {
    // Look-alikes: a year then a body's name, and a host's name before the year.
    expect(names('By 2030 World Bank loans will have doubled.')).toContain('World Bank');
    expect(names('By 2030 World Bank loans will have doubled.')).not.toContain('2030 World Bank');
    expect(names('In 2050 Boeing plans to fly.')).toContain('Boeing');
    expect(names('Fans recalled the Qatar 2022 World Cup fondly.')).not.toContain('Qatar 2022 World Cup');
  });
});

describe('a year after a statute', () => {
  it('keeps the year a law is cited with', () => {
    expect(names('The court said the Youth Justice Act 1992 was breached.')).toEqual(['Youth Justice Act 1992']);
    expect(names('Rules under the Online Safety Act 2023 took effect.')).toContain('Online Safety Act 2023');
    // With a comma, as Uganda or India cite theirs; a bill too.
    expect(names('MPs passed the Supplementary Appropriation Bill, 2026 under the Public Finance Management Act, 2015.')).toEqual([
      'Supplementary Appropriation Bill, 2026',
      'Public Finance Management Act, 2015',
    ]);
    // A bracketed subject with its small words, as India cites its acts.
    expect(names('They breached the Water (Prevention and Control of Pollution) Act, 1974, the court said.')).toEqual(['Water (Prevention and Control of Pollution) Act, 1974']);
    // Look-alike: a comma before a year after a lone "Act" or another word still ends the name.
    expect(names('He cited the Act, 2015 rules and Korvo Labs, 2024 results.')).toEqual(['Act', 'Korvo Labs']);
  });

  it('keeps no year after any other word', () => {
    expect(names('Korvo Labs 2025 results were weak, Ana Bell said.')).toEqual(['Korvo Labs', 'Ana Bell']);
    expect(names("Under the Act's 1992 text, Ana Bell said.")).toEqual(['Act', 'Ana Bell']);
  });
});

describe('an edition of an event a lexicon knows', () => {
  it('is that event, so the edition and the event printed alone are one entity', () => {
    const entities = articleEntities(['Trojena was due to host the 2029 Asian Winter Games.', 'The Asian Winter Games will move.']);
    const games = entities.filter((e) => e.aliases.some((a) => a.includes('Asian Winter Games')));
    expect(games).toHaveLength(1);
    expect(games[0]!.type).toBe('event');
    // So is an "Annual" one: "the 69th Annual Grammy Awards".
    expect(knownName('Annual Grammy Awards')?.name).toBe(knownName('Grammy Awards')?.name);
    // Look-alike: a year before a plan's word keeps the plan its own name.
    expect(knownName('2050 Strategy')).toBeUndefined();
  });
});

describe('a law cited with its year', () => {
  it('keeps "of" and the year in the name, and is named without them too', () => {
    expect(names('The tariffs rest on the Trade Expansion Act of 1962, the court heard.')).toEqual(['Trade Expansion Act of 1962']);
    expect(knownName('Civil Rights Act of 1964')?.name).toBe(knownName('Civil Rights Act')?.name);
    const [law] = articleEntities(['The Political Party Funding Act of 2018 was upheld on Friday.']);
    expect(law!.aliases).toEqual(['Political Party Funding Act of 2018', 'Political Party Funding Act']);
    // Look-alike: "of" before a year after any other word ends the name.
    expect(names('The Kestrel Plan of 2018 failed.')).toEqual(['Kestrel Plan']);
  });

  it('keeps "of" and the year after a numbered law or a code', () => {
    expect(names('The board acted under Law 438 of 1994, the regulator said.')).toEqual(['Law 438 of 1994']);
    expect(names('The petition cites the Local Government Code of 1991 in full.')).toEqual(['Local Government Code of 1991']);
    // Look-alikes: a number after another word, and a code of one word, end the name before "of".
    expect(names('The Kestrel Plan 4 of 2018 failed.')).not.toContain('Kestrel Plan 4 of 2018');
    expect(names('Its Code of 1991 was revised.')).not.toContain('Code of 1991');
  });

  it('names an unknown event cited with its year without it too', () => {
    const [awards] = articleEntities(['The shortlists for the 2026 Nero Book Awards were named on Friday.']);
    expect(awards!.aliases).toEqual(['2026 Nero Book Awards', 'Nero Book Awards']);
  });
});
