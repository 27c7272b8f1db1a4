import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 3, articleId: 'a', ...extra });

describe('clusterObservations', () => {
  it('joins a surname, accents and transliterations to the full name', () => {
    const entities = clusterObservations([o('Sergei Lavrov', 'person'), o('Lavrov', 'person'), o('Sergey Lavrov', 'person'), o('Nicolas Maduro', 'person'), o('Nicolás Maduro', 'person'), o('Maduro', 'person')]);
    expect(entities.map((e) => e.name)).toEqual(['Sergei Lavrov', 'Nicolás Maduro']);
    expect([...entities[0]!.aliases].sort()).toEqual(['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
  });

  it('joins a given name alone to the one full name that prints it so, beside a spelling variant of it', () => {
    const entities = clusterObservations([o('Myles Turner', 'person'), o('Miles McBride', 'person'), o('Myles', 'place', { strength: 0 })]);
    expect(entities.map((e) => [e.name, [...e.aliases].sort()])).toContainEqual(['Myles Turner', ['Myles', 'Myles Turner', 'Turner']]);
  });

  it('joins a surname several full names in its article share to the one named first', () => {
    const family = [o('Jair Bolsonaro', 'person'), o('Eduardo Bolsonaro', 'person'), o('Flávio Bolsonaro', 'person'), o('Bolsonaro', 'place', { strength: 0 })];
    expect(clusterObservations(family).map((e) => [e.name, [...e.aliases].sort()])).toContainEqual(['Jair Bolsonaro', ['Bolsonaro', 'Jair Bolsonaro']]);
    // Look-alike: where the full names stand in other articles, the surname stays apart.
    const apart = [o('Jair Bolsonaro', 'person', { articleId: 'b' }), o('Eduardo Bolsonaro', 'person', { articleId: 'c' }), o('Bolsonaro', 'place', { strength: 0 })];
    expect(clusterObservations(apart).map((e) => e.name)).toContain('Bolsonaro');
    // A surname printed after "al-" in the full names: "Assad" for "Bashar al-Assad".
    const assads = [o('Bashar al-Assad', 'person'), o('Assad', 'place', { strength: 0 }), o('Maher al-Assad', 'person')];
    expect(clusterObservations(assads).map((e) => [e.name, [...e.aliases].sort()])).toContainEqual(['Bashar al-Assad', ['Assad', 'Bashar al-Assad']]);
  });

  it("types a person by the full name over a surname alone read as a place after a preposition ('from Yamal')", () => {
    const entities = clusterObservations([o('Lamine Yamal', 'person', { strength: 1 }), o('Yamal', 'place', { strength: 2 })]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([['Lamine Yamal', 'person']]);
    // Look-alike: surer evidence for the place (a lexicon's tag, strength 3) still wins.
    const tagged = clusterObservations([o('Lamine Kestrel', 'person', { strength: 1 }), o('Kestrel', 'place', { strength: 3 })]);
    expect(tagged.map((e) => e.type)).toEqual(['place']);
  });

  it('joins a surname two full names of its article share to the one named first, as news names its subject first', () => {
    const entities = clusterObservations([o('Ana Silva', 'person'), o('Marina Silva', 'person'), o('Silva', 'person')]);
    expect(entities.map((e) => [e.name, [...e.aliases].sort()])).toEqual([['Ana Silva', ['Ana Silva', 'Silva']], ['Marina Silva', ['Marina Silva']]]);
  });

  it('joins a family name printed first, even of two letters, to the full name', () => {
    const entities = clusterObservations([o('Li Qiang', 'person'), o('Li', 'place', { strength: 0 }), o('Ko Wen-je', 'person'), o('Ko', 'place', { strength: 0 })]);
    expect(entities.map((e) => [e.name, e.type, [...e.aliases].sort()])).toEqual([
      ['Li Qiang', 'person', ['Li', 'Li Qiang']],
      ['Ko Wen-je', 'person', ['Ko', 'Ko Wen-je']],
    ]);
    // Printed only in full: the family name, not the given name, is the ambiguous alias.
    // A Hokkien family name of two letters, last in a Malaysian writer's Western-order name.
    expect(clusterObservations([o('Tash Aw', 'person'), o('Aw', 'place', { strength: 0 })]).map((e) => e.name)).toEqual(['Tash Aw']);
    // A place whose particle falls away ("La Paz" is one word, "paz", once "la" goes) is no part of a person.
    expect(clusterObservations([o('La Paz', 'place'), o('Rodrigo Paz', 'person'), o('Paz', 'place', { strength: 0 })]).map((e) => e.aliases)).toEqual([
      ['La Paz'],
      ['Rodrigo Paz', 'Paz'],
    ]);
    const [xi] = clusterObservations([o('Xi Jinping', 'person')]);
    expect(xi!.ambiguousAliases).toEqual(['Xi']);
    // Look-alike: a two-letter word that is no family name is not linked.
    expect(clusterObservations([o('Ed Davey', 'person'), o('Ed', 'person')])).toHaveLength(2);
  });

  it('joins an acronym to its expansion and keeps the surest type', () => {
    const entities = clusterObservations([
      o('Inter-American Treaty of Reciprocal Assistance', 'other', { acronym: 'TIAR', strength: 4 }),
      o('TIAR', 'organization', { strength: 2 }),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ type: 'other', aliases: ['Inter-American Treaty of Reciprocal Assistance', 'TIAR'] });
  });

  it('joins an expansion to a known acronym the lexicon prints in lower case ("Ibama")', () => {
    const known = { knownName: 'Ibama', knownAliases: ['IBAMA'] };
    const entities = clusterObservations([
      o('Brazilian Institute of Environment and Renewable Natural Resources', 'organization', { acronym: 'Ibama' }),
      o('Ibama', 'organization', { strength: 5, ...known }),
    ]);
    expect(entities).toHaveLength(1);
  });

  it('joins the forms a lexicon knows for one country', () => {
    const known = { knownName: 'United States', knownAliases: ['U.S.', 'US'] };
    const entities = clusterObservations([o('U.S.', 'place', known), o('United States', 'place', known)]);
    expect(entities).toHaveLength(1);
    expect(entities[0]!.name).toBe('United States');
  });

  it('keeps roles with their article', () => {
    const [lavrov] = clusterObservations([o('Sergei Lavrov', 'person', { role: 'Russian Foreign Minister', articleId: 'x' })]);
    expect(lavrov!.roles).toEqual([{ role: 'Russian Foreign Minister', articleId: 'x' }]);
  });

  it('gives a Spanish double surname whole, never its last word alone', () => {
    const [amlo] = clusterObservations([o('Andrés Manuel López Obrador', 'person')]);
    expect(amlo!.aliases).toEqual(['Andrés Manuel López Obrador', 'López Obrador']);
    expect(amlo!.ambiguousAliases).toEqual(['López Obrador']);
    const printed = clusterObservations([o('Andrés Manuel López Obrador', 'person'), o('López Obrador', 'person')]);
    expect(printed).toHaveLength(1);
    expect(printed[0]!.aliases).not.toContain('Obrador');
    const [zuniga] = clusterObservations([o('Juan José Zúñiga', 'person')]);
    expect(zuniga!.aliases).toContain('Zúñiga');
  });
});
