import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../core/dataset/validate';
import { parseArticle } from './article';
import { buildDataset } from './build-dataset';
import { parseCuration } from './curation';

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
