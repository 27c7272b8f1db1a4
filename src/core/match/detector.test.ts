import { describe, expect, it } from 'vitest';
import { packTypes } from '../dataset/entity-table';
import { AMBIGUOUS, type MatcherTable } from '../dataset/matcher-table';
import { BLOCKED } from './alias-matcher';
import { Detector } from './detector';

/** A small dataset table, written for these tests: the knowledge about look-alikes is all here. */
const TABLE: MatcherTable = {
  entityIds: ['united-states', 'russia', 'sergei-lavrov', 'juan-guaido', 'georgia', 'america', 'turkey', 'sochi'],
  aliases: [
    ['United States', 0],
    ['U.S.', 0],
    ['US', 0],
    ['Washington', 0, AMBIGUOUS],
    ['Washington Post', BLOCKED],
    ['George Washington', BLOCKED],
    ['Russia', 1],
    ['Sergei Lavrov', 2],
    ['Lavrov', 2, AMBIGUOUS],
    ['Juan Guaidó', 3],
    ['Guaidó', 3],
    ['Georgia', 4],
    ['Atlanta, Georgia', BLOCKED],
    ['Georgia governor', BLOCKED],
    ['America', 5],
    ['Latin America', BLOCKED],
    ['Turkey', 6],
    ['Sochi', 7],
  ],
};

function found(...texts: string[]): string[] {
  const detector = new Detector(TABLE);
  return texts.flatMap((text) => detector.scan(text).map((d) => `${detector.idOf(d.entity)}=${text.slice(d.start, d.end)}`));
}

describe('Detector: word boundaries', () => {
  it('counts both sides of hyphenated compounds', () => {
    expect(found('the U.S.-Russia talks and a Russia-US summit')).toEqual([
      'united-states=U.S.',
      'russia=Russia',
      'russia=Russia',
      'united-states=US',
    ]);
  });

  it('counts possessives with straight and curly apostrophes', () => {
    expect(found("Russia's envoy and Russia’s army")).toEqual(['russia=Russia', 'russia=Russia']);
  });

  it('never starts a match inside a word after an apostrophe', () => {
    expect(found("d'Russia and O’Sochi are not names; l'Amérique")).toEqual([]);
  });

  it('uses Unicode letters for boundaries: no match inside longer words in any script', () => {
    expect(found('Russian, Russias, ПРусия Russia2 Русия-Russia')).toEqual(['russia=Russia']);
  });

  it('treats dashes, quotes, brackets and block separators as boundaries', () => {
    expect(found('«Russia» (Sochi) —Turkey—\u0000Russia')).toEqual([
      'russia=Russia',
      'sochi=Sochi',
      'turkey=Turkey',
      'russia=Russia',
    ]);
  });
});

describe('Detector: accents and case', () => {
  it('matches without accents and keeps the text as written', () => {
    expect(found('Guaido, Guaidó and GUAIDO')).toEqual(['juan-guaido=Guaido', 'juan-guaido=Guaidó', 'juan-guaido=GUAIDO']);
  });

  it('matches names capitalised or in capitals (datelines), never in lower case', () => {
    expect(found('SOCHI, Russia — a turkey in sochi; TURKEY')).toEqual(['sochi=SOCHI', 'russia=Russia', 'turkey=TURKEY']);
  });

  it('matches acronyms only as written', () => {
    expect(found('join us in the US; Us; U.S.; u.s.')).toEqual(['united-states=US', 'united-states=U.S.']);
  });
});

describe('Detector: look-alikes come from the data', () => {
  it('blocks phrases that contain an alias but mean something else', () => {
    expect(found('In Atlanta, Georgia the Georgia governor spoke of Latin America; Georgia and America.')).toEqual([
      'georgia=Georgia',
      'america=America',
    ]);
  });

  it('lets the longest alias win', () => {
    expect(found('Juan Guaidó met the United States envoy')).toEqual(['juan-guaido=Juan Guaidó', 'united-states=United States']);
  });
});

describe('Detector: ambiguous aliases', () => {
  it('drops an ambiguous alias on a page that never names the entity in full', () => {
    expect(found('Lavrov said that Washington was wrong.')).toEqual([]);
  });

  it('keeps it once the page names the entity, even later in the same text', () => {
    expect(found('Lavrov speaks. Sergei Lavrov met the U.S. envoy; Washington agreed.')).toEqual([
      'sergei-lavrov=Lavrov',
      'sergei-lavrov=Sergei Lavrov',
      'united-states=U.S.',
      'united-states=Washington',
    ]);
  });

  it('remembers what the page named across later scans, until the page is forgotten', () => {
    expect(found('Sergei Lavrov arrived.', 'Lavrov left.')).toEqual(['sergei-lavrov=Sergei Lavrov', 'sergei-lavrov=Lavrov']);
    const detector = new Detector(TABLE);
    detector.scan('Sergei Lavrov arrived.');
    detector.forgetPage();
    expect(detector.scan('Lavrov left.')).toEqual([]);
  });

  it('still blocks look-alikes of an ambiguous alias', () => {
    expect(found('The United States and the Washington Post; George Washington')).toEqual(['united-states=United States']);
  });
});

describe('Detector: names with another sense, and places named like people', () => {
  const typed: MatcherTable = {
    ...TABLE,
    types: packTypes(['place', 'place', 'person', 'person', 'place', 'place', 'place', 'place']),
    heads: { before: [], after: [], beforeAmbiguous: ['Jim'], beforePlace: ['Mr.'] },
    senseCues: [[4, { own: ['Tbilisi'], other: ['Atlanta', 'Republican', 'county'] }]],
  };
  const scan = (...texts: string[]) => {
    const detector = new Detector(typed);
    return texts.flatMap((text) => detector.scan(text).map((d) => `${detector.idOf(d.entity)}=${text.slice(d.start, d.end)}`));
  };

  it('drops "Georgia" where the sentence or the page so far says the U.S. state, until the page is forgotten', () => {
    expect(scan('Rep. Doug Collins of Georgia, the top Republican, spoke. Georgia and Russia met in Tbilisi.')).toEqual(['georgia=Georgia', 'russia=Russia']);
    const atlanta = 'ATLANTA — The recount ended. A Republican clerk in the county objected. Georgia certified the count.';
    expect(scan(atlanta, 'Georgia moves on.')).toEqual([]);
    const detector = new Detector(typed);
    detector.scan(atlanta);
    detector.forgetPage();
    expect(detector.scan('Georgia waits.')).toHaveLength(1);
  });

  it("drops a place's alias after a given name or an honorific, not a person's", () => {
    expect(scan('Jim Sochi and Mr. Sochi met in Sochi. Sergei Lavrov arrived; Mr. Lavrov spoke.')).toEqual([
      'sochi=Sochi',
      'sergei-lavrov=Sergei Lavrov',
      'sergei-lavrov=Lavrov',
    ]);
  });
});
