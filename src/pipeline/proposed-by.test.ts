import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../core/dataset/validate';
import { parseArticle } from './article';
import { buildDataset } from './build-dataset';
import { parseCuration } from './curation';

const SEED = 'data/articles/telesur-2019-05-14-pompeo-lavrov-sochi.txt';
const SEED_ID = 'telesur-2019-05-14-pompeo-lavrov-sochi';
const seedArticle = () => parseArticle(readFileSync(SEED, 'utf8'), SEED);
const seedCuration = () => parseCuration(readFileSync('data/curation/entities.json', 'utf8'), 'entities.json');
const curation = (entry: object) =>
  parseCuration(JSON.stringify({ entities: [{ id: 'montevideo-mechanism', name: 'Montevideo Mechanism', type: 'other', ...entry }] }), 'c.json');
const mechanismOf = (result: ReturnType<typeof buildDataset>) => result.dataset.entities.find((e) => e.id === 'montevideo-mechanism')!;

describe('proposedBy in the built dataset', () => {
  it('says the seed article has Mexico and Uruguay propose the Montevideo Mechanism, from the text', () => {
    const expected = [
      { entityId: 'mexico', articleId: SEED_ID },
      { entityId: 'uruguay', articleId: SEED_ID },
    ];
    const curated = buildDataset([seedArticle()], seedCuration());
    expect(mechanismOf(curated).proposedBy).toEqual(expected);
    expect(mechanismOf(curated).curated).not.toContain('proposedBy');
    expect(mechanismOf(buildDataset([seedArticle()], { entities: [] })).proposedBy).toEqual(expected);
    expect(() => parseDataset(JSON.parse(JSON.stringify(curated.dataset)))).not.toThrow();
  });

  it('gives no proposers to entities no sentence says were proposed', () => {
    const { dataset } = buildDataset([seedArticle()], seedCuration());
    expect(dataset.entities.filter((e) => e.proposedBy).map((e) => e.id)).toEqual(['montevideo-mechanism']);
  });

  it("lets the curation file replace them, marks the field curated, and reports ids that are no entity", () => {
    const result = buildDataset([seedArticle()], curation({ proposedBy: ['uruguay', 'caricom'] }));
    expect(mechanismOf(result).proposedBy).toEqual([{ entityId: 'uruguay' }]);
    expect(mechanismOf(result).curated).toContain('proposedBy');
    expect(result.unknownProposers).toEqual(['montevideo-mechanism: caricom']);
    expect(() => parseDataset(JSON.parse(JSON.stringify(result.dataset)))).not.toThrow();
  });

  it('lets an empty curated list clear a wrong extraction', () => {
    const entity = mechanismOf(buildDataset([seedArticle()], curation({ proposedBy: [] })));
    expect(entity).not.toHaveProperty('proposedBy');
    expect(entity.curated).toContain('proposedBy');
  });
});
