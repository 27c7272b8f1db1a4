import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_VERSION } from './schema';
import { parseDataset } from './validate';

const dataset = (entity: object) => ({
  schemaVersion: DATASET_SCHEMA_VERSION,
  articles: [{ id: 'a', title: 'T', outlet: 'O', published: '2019-05-14' }],
  entities: [{ id: 'x', name: 'X', type: 'person', aliases: ['X'], blockers: [], description: '', mentions: [], related: [], ...entity }],
});

describe('parseDataset: fields schema 2 added for extracted entities', () => {
  it('accepts roles, quotes, related weights and curated marks', () => {
    const parsed = parseDataset(
      dataset({ roles: [{ role: 'Foreign Minister', articleId: 'a' }], quotes: [{ articleId: 'a', text: 'We see.' }], relatedWeights: [], curated: ['description'] }),
    );
    expect(parsed.entities[0]).toMatchObject({ roles: [{ role: 'Foreign Minister', articleId: 'a' }], curated: ['description'] });
  });

  it('rejects a quote from an unknown article, a weight per nothing and an unknown curated field', () => {
    expect(() => parseDataset(dataset({ quotes: [{ articleId: 'zz', text: 'Q' }] }))).toThrow(/quotes\[0\]\.articleId: unknown article/);
    expect(() => parseDataset(dataset({ relatedWeights: [3] }))).toThrow(/one weight per related entity/);
    expect(() => parseDataset(dataset({ curated: ['mood'] }))).toThrow(/curated\[0\]: expected one of/);
  });
});

describe('parseDataset: proposedBy, added to schema 2 without a bump', () => {
  it('accepts proposers with or without their article, and "proposedBy" as a curated field', () => {
    const proposedBy = [{ entityId: 'x', articleId: 'a' }, { entityId: 'x' }];
    expect(parseDataset(dataset({ type: 'other', proposedBy, curated: ['proposedBy'] })).entities[0]).toMatchObject({ proposedBy });
    expect(parseDataset(dataset({})).entities[0]).not.toHaveProperty('proposedBy');
  });

  it('rejects a proposer that is no entity, or an article that is not in the dataset', () => {
    expect(() => parseDataset(dataset({ proposedBy: [{ entityId: 'nobody' }] }))).toThrow(/proposedBy\[0\]\.entityId: unknown entity "nobody"/);
    expect(() => parseDataset(dataset({ proposedBy: [{ entityId: 'x', articleId: 'zz' }] }))).toThrow(/proposedBy\[0\]\.articleId: unknown article/);
    expect(() => parseDataset(dataset({ proposedBy: ['x'] }))).toThrow(/proposedBy\[0\]: expected an object/);
  });
});

describe('parseDataset: lookalikeHeads, added to schema 2 without a bump', () => {
  it('accepts the words before and after a name, and datasets without them', () => {
    // Every list, so none is dropped on the way to the tabs (honorifics once were).
    const lookalikeHeads = { before: ['Lake'], after: ['Sea'], beforeAmbiguous: ['Eric'], beforePlace: ['Mr.'], givenNamePlaces: ['Chad'] };
    expect(parseDataset({ ...dataset({}), lookalikeHeads }).lookalikeHeads).toEqual(lookalikeHeads);
    expect(parseDataset(dataset({}))).not.toHaveProperty('lookalikeHeads');
  });

  it('names the field that is not a pair of lists, or the list that holds something other than words', () => {
    expect(() => parseDataset({ ...dataset({}), lookalikeHeads: ['Sea'] })).toThrow(/^dataset\.lookalikeHeads: expected an object/);
    expect(() => parseDataset({ ...dataset({}), lookalikeHeads: { after: [] } })).toThrow(/^dataset\.lookalikeHeads\.before: expected an array/);
    expect(() => parseDataset({ ...dataset({}), lookalikeHeads: { before: [], after: [3] } })).toThrow(/^dataset\.lookalikeHeads\.after\[0\]: expected a string/);
    expect(() => parseDataset({ ...dataset({}), lookalikeHeads: { before: [], after: [], beforeAmbiguous: 'Eric' } })).toThrow(/^dataset\.lookalikeHeads\.beforeAmbiguous: expected an array/);
    expect(() => parseDataset({ ...dataset({}), lookalikeHeads: { before: [], after: [], givenNamePlaces: [1] } })).toThrow(/^dataset\.lookalikeHeads\.givenNamePlaces\[0\]: expected a string/);
  });
});

describe('parseDataset: senseCues, added to schema 2 without a bump', () => {
  it("accepts an entity's cues of its own sense and another's", () => {
    const senseCues = { own: ['Tbilisi'], other: ['Atlanta'] };
    expect(parseDataset(dataset({ type: 'place', senseCues })).entities[0]).toMatchObject({ senseCues });
    expect(parseDataset(dataset({})).entities[0]).not.toHaveProperty('senseCues');
  });

  it('names the list that is missing or holds something other than words', () => {
    expect(() => parseDataset(dataset({ senseCues: { own: [] } }))).toThrow(/senseCues\.other: expected an array/);
    expect(() => parseDataset(dataset({ senseCues: { own: [1], other: [] } }))).toThrow(/senseCues\.own\[0\]: expected a string/);
  });
});
