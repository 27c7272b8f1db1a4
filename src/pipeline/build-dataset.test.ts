import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matcherTableFrom } from '../core/dataset/matcher-table';
import { parseDataset } from '../core/dataset/validate';
import { parseArticle } from './article';
import { buildDataset } from './build-dataset';
import { parseCuration } from './curation';
import { LOOKALIKE_HEADS } from './extract/lexicon/lookalike-heads';

const SEED = 'data/articles/telesur-2019-05-14-pompeo-lavrov-sochi.txt';
const seedArticle = () => parseArticle(readFileSync(SEED, 'utf8'), SEED);
const seedCuration = () => parseCuration(readFileSync('data/curation/entities.json', 'utf8'), 'entities.json');

const EXPECTED_TYPES: Record<string, string> = {
  'Mike Pompeo': 'person', 'Sergei Lavrov': 'person', 'Nicolás Maduro': 'person', 'Juan Guaidó': 'person',
  'Donald Trump': 'person', Sochi: 'place', Russia: 'place', 'United States': 'place', Venezuela: 'place',
  'North Korea': 'place', Syria: 'place', Ukraine: 'place', Afghanistan: 'place', Iran: 'place',
  Crimea: 'place', Mexico: 'place', Uruguay: 'place', Iraq: 'place', Libya: 'place',
  'Montevideo Mechanism': 'other',
};

describe('buildDataset on the seed article', () => {
  const { dataset } = buildDataset([seedArticle()], seedCuration());
  const byName = new Map(dataset.entities.map((e) => [e.name, e]));

  it('contains every seed entity with its type, and validates against the schema', () => {
    for (const [name, type] of Object.entries(EXPECTED_TYPES)) expect(byName.get(name)?.type, name).toBe(type);
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
  });

  it('finds Crimea through "Crimean peninsula"', () => {
    const crimea = byName.get('Crimea')!;
    expect(crimea.mentions).toHaveLength(1);
    const m = crimea.mentions[0]!;
    expect(m.sentence.slice(m.start, m.end)).toBe('Crimean peninsula');
    expect(m.sentence).toContain("Russia's annexation of the Crimean peninsula");
  });

  it('keeps mention sentences whole, with the article and the exact naming', () => {
    const lavrov = byName.get('Sergei Lavrov')!;
    expect(lavrov.mentions.length).toBeGreaterThanOrEqual(5);
    for (const m of lavrov.mentions) {
      expect(m.articleId).toBe('telesur-2019-05-14-pompeo-lavrov-sochi');
      expect(['Sergei Lavrov', 'Lavrov']).toContain(m.sentence.slice(m.start, m.end));
    }
  });

  it('relates entities named together, most often first', () => {
    expect(byName.get('Montevideo Mechanism')!.related).toEqual(expect.arrayContaining(['mexico', 'uruguay']));
    expect(byName.get('Mike Pompeo')!.related[0]).toBe('russia');
  });

  it('carries none of the page chrome', () => {
    const text = JSON.stringify(dataset);
    for (const junk of ['Audio Only', 'Post with no comments', 'google plus', 'facebook', 'twitter']) {
      expect(text).not.toContain(junk);
    }
  });

  it('is deterministic whatever the order of the inputs', () => {
    const other = parseArticle('---\ntitle: Other\noutlet: X\npublished: 2020-01-01\n---\n\nMexico and Uruguay met.', 'other.txt');
    const a = buildDataset([seedArticle(), other], seedCuration());
    const b = buildDataset([other, seedArticle()], seedCuration());
    expect(JSON.stringify(a.dataset)).toBe(JSON.stringify(b.dataset));
  });
});

describe('buildDataset rules', () => {
  const curation = parseCuration(
    JSON.stringify({
      entities: [
        { id: 'mexico', name: 'Mexico', type: 'place', blockers: ['New Mexico'] },
        { id: 'donald-trump', name: 'Donald Trump', type: 'person', aliases: ['Trump'] },
        { id: 'ghost', name: 'Ghost', type: 'other' },
      ],
    }),
    'c.json',
  );
  const article = parseArticle(
    '---\ntitle: T\noutlet: O\npublished: 2020-01-01\n---\n\nVoters in New Mexico went out. Cards trump everything. Trump visited Mexico.',
    't.txt',
  );
  const { dataset, unmentioned } = buildDataset([article], curation);

  it('counts no look-alike and no lower-case common word as a mention', () => {
    const mexico = dataset.entities.find((e) => e.id === 'mexico')!;
    expect(mexico.mentions.map((m) => m.sentence)).toEqual(['Trump visited Mexico.']);
    const trump = dataset.entities.find((e) => e.id === 'donald-trump')!;
    expect(trump.mentions.map((m) => m.sentence)).toEqual(['Trump visited Mexico.']);
  });

  it('leaves out curated entities no article names, and says so', () => {
    expect(dataset.entities.map((e) => e.id)).not.toContain('ghost');
    expect(unmentioned).toEqual(['ghost']);
  });
});

const article = (id: string, published: string, body: string) =>
  parseArticle(`---\ntitle: ${id}\noutlet: Test Wire\npublished: ${published}\n---\n\n${body}`, `${id}.txt`);
const none = { entities: [] };

describe('buildDataset with no curation: general extraction', () => {
  it('finds the seed entities with their types from the text alone', () => {
    const { dataset } = buildDataset([seedArticle()], none);
    const byAlias = new Map(dataset.entities.flatMap((e) => e.aliases.map((a) => [a.normalize('NFD').replace(/\p{M}/gu, ''), e])));
    for (const [name, type] of Object.entries(EXPECTED_TYPES)) {
      const entity = byAlias.get(name.normalize('NFD').replace(/\p{M}/gu, ''));
      expect(entity?.type, name).toBe(type);
    }
    expect(byAlias.get('Crimea')!.aliases).toContain('Crimean peninsula');
    expect(byAlias.get('Lavrov')!.name).toBe('Sergei Lavrov');
    expect(byAlias.get('U.S.')!.name).toBe('United States');
    const names = dataset.entities.map((e) => e.name);
    for (const junk of ['Russian', 'Venezuelan', 'Venezuelans', 'Tuesday', 'President', 'Foreign Minister', 'State Secretary', 'Chinese']) {
      expect(names).not.toContain(junk);
    }
  });

  it('tells look-alikes apart: New Mexico, Georgia the state, trump the verb, Russian the adjective', () => {
    const { dataset } = buildDataset(
      [
        article('a', '2020-01-01', 'Voters in New Mexico went out. Cards trump everything. Donald Trump visited Mexico. Russian officials said nothing.'),
        article('b', '2020-01-02', 'ATLANTA — Georgia Gov. Brian Kemp certified the count in Fulton County on Friday.'),
      ],
      none,
    );
    const byId = new Map(dataset.entities.map((e) => [e.id, e]));
    expect(byId.get('mexico')!.mentions.map((m) => m.sentence)).toEqual(['Donald Trump visited Mexico.']);
    expect(byId.get('new-mexico')!.type).toBe('place');
    expect(byId.get('donald-trump')!.mentions).toHaveLength(1);
    expect(byId.has('russia')).toBe(false);
    expect(byId.has('georgia-us-state')).toBe(true);
    expect(byId.has('georgia')).toBe(false);
  });

  it('blocks look-alikes of a place the articles do not name as entities of their own', () => {
    const { dataset } = buildDataset([article('c', '2020-01-03', 'Donald Trump visited Mexico.')], none);
    expect(dataset.entities.find((e) => e.id === 'mexico')!.blockers).toContain('New Mexico');
  });

  it('writes the look-alike heads into the dataset and counts no name they stand next to', () => {
    const { dataset } = buildDataset(
      [article('d', '2020-01-04', 'Sergei Lavrov spoke in Moscow on Monday. Guests at the reception drank a Moscow mule.')],
      none,
    );
    expect(dataset.lookalikeHeads).toEqual(LOOKALIKE_HEADS);
    expect(dataset.entities.find((e) => e.id === 'moscow')!.mentions.map((m) => m.sentence)).toEqual(['Sergei Lavrov spoke in Moscow on Monday.']);
  });

  it('names the entities whose type is a guess, and none the editor typed', () => {
    const text = 'Kelvor Quent was mentioned once. Donald Trump visited Mexico.';
    const { unsureTypes } = buildDataset([article('e', '2020-01-05', text)], none);
    expect(unsureTypes).toContain('kelvor-quent');
    expect(unsureTypes).not.toContain('mexico');
    const curation = parseCuration('{"entities":[{"id":"kelvor-quent","name":"Kelvor Quent","type":"organization"}]}', 'c.json');
    const curated = buildDataset([article('e', '2020-01-05', text)], curation);
    expect(curated.unsureTypes).not.toContain('kelvor-quent');
  });

  it("gives Georgia the country the cues of both senses, which the matcher table carries; the U.S. state none", () => {
    const { dataset } = buildDataset([article('f', '2020-01-06', 'TBILISI — Georgia held talks with Russia on Monday, Georgian officials said.')], none);
    const georgia = dataset.entities.findIndex((e) => e.id === 'georgia');
    expect(dataset.entities[georgia]!.senseCues).toMatchObject({ own: expect.arrayContaining(['Tbilisi']), other: expect.arrayContaining(['Atlanta']) });
    const state = buildDataset([article('g', '2020-01-07', 'ATLANTA — Georgia Gov. Brian Kemp certified the count in Fulton County on Friday.')], none);
    expect(state.dataset.entities.find((e) => e.id === 'georgia-us-state')!.senseCues).toBeUndefined();
    expect(matcherTableFrom(dataset).senseCues).toEqual([[georgia, dataset.entities[georgia]!.senseCues]]);
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
  });

  it('counts a place\'s name after a given name or an honorific as no mention of the place', () => {
    const { dataset } = buildDataset([article('h', '2020-01-08', 'Jordan hosted talks in Amman on Monday. Jim Jordan of Ohio objected, and Mr. Jordan left.')], none);
    expect(dataset.entities.find((e) => e.id === 'jordan')!.mentions.map((m) => m.sentence)).toEqual(['Jordan hosted talks in Amman on Monday.']);
  });

  it('gives each Georgia its own sentences when one build holds both', () => {
    const { dataset } = buildDataset(
      [
        article('f', '2020-01-06', 'TBILISI — Georgia held talks with Russia on Monday, Georgian officials said.'),
        article('g', '2020-01-07', 'ATLANTA — Georgia Gov. Brian Kemp certified the count in Fulton County on Friday. Republicans in the state senate objected. Georgia will recount.'),
      ],
      none,
    );
    const articlesOf = (id: string) => [...new Set(dataset.entities.find((e) => e.id === id)!.mentions.map((m) => m.articleId))];
    expect(articlesOf('georgia')).toEqual(['f']);
    expect(articlesOf('georgia-us-state')).toEqual(['g']);
  });

  it('merges several articles by entity and keeps the article on every sentence, quote and role', () => {
    const { dataset } = buildDataset(
      [
        article('one', '2019-05-14', 'Russian Foreign Minister Sergei Lavrov met Mike Pompeo in Sochi.'),
        article('two', '2019-06-01', '"We will not accept ultimatums from anyone," Sergey Lavrov said in Moscow.'),
      ],
      none,
    );
    const lavrov = dataset.entities.find((e) => e.id === 'sergei-lavrov')!;
    expect(lavrov.mentions.map((m) => m.articleId).sort()).toEqual(['one', 'two']);
    expect(lavrov.roles).toEqual([{ role: 'Russian Foreign Minister', articleId: 'one' }]);
    expect(lavrov.quotes).toEqual([{ articleId: 'two', text: 'We will not accept ultimatums from anyone' }]);
    expect(lavrov.related).toContain('mike-pompeo');
    expect(lavrov.relatedWeights).toHaveLength(lavrov.related.length);
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
  });
});
