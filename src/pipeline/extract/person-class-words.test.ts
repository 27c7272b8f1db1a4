import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';
import { clusterObservations } from './cluster';
import { extractArticle } from './extract-article';

describe('a person\'s noun opening the sentence', () => {
  it('drops the noun before a given name and a surname', () => {
    expect(names('Comedian Tom Ashworth, who sold out a run, said so.')).toContain('Tom Ashworth');
    expect(typeOf('Economist Sarah Lund said rates would rise.', 'Sarah Lund')).toBe('person');
    // The project's person nouns count where compromise has no "Actor" tag.
    expect(names('Referee Anthony Tillbury waved play on.')).toEqual(['Anthony Tillbury']);
  });

  it("takes voices and instruments for a person's nouns ('mezzo-soprano J'Nai Bridges', 'Soprano Julia Bullock')", () => {
    expect(names('Soprano Julia Bullock sang the part.')).toEqual(['Julia Bullock']);
    const types = (text: string) => clusterObservations(extractArticle({ id: 'a', title: 'A Headline About Nothing In Particular', paragraphs: [text] })).map((e) => `${e.name}/${e.type}`);
    expect(types("Then mezzo-soprano J'Nai Bridges and bass-baritone Davone Tines sang.")).toEqual(["J'Nai Bridges/person", 'Davone Tines/person']);
    // Look-alike: an unknown name after no such noun stays unproven (a body by default).
    expect(types('Then Davone Tines sang.')).toEqual(['Davone Tines/organization']);
  });

  it('keeps a word that is itself a name, and a noun before no given name', () => {
    // Look-alikes: "Mason" is a given name; "Actor Studios" has no given name after the noun.
    expect(names('Mason Mount Smith scored twice.')).toContain('Mason Mount Smith');
    expect(names('Farmer Brothers Coffee cut prices.')).not.toContain('Brothers Coffee');
  });
});
