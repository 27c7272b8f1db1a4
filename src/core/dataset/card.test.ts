import { describe, expect, it } from 'vitest';
import { cardFor, indexDataset } from './card';
import { DATASET_SCHEMA_VERSION, type Dataset } from './schema';

const dataset: Dataset = {
  schemaVersion: DATASET_SCHEMA_VERSION,
  articles: [
    { id: 'old', title: 'Old story', outlet: 'Outlet A', published: '2019-05-14' },
    { id: 'new', title: 'New story', outlet: 'Outlet B', published: '2020-01-02', url: 'https://b.example/new' },
  ],
  entities: [
    {
      id: 'sergei-lavrov',
      name: 'Sergei Lavrov',
      type: 'person',
      aliases: ['Sergei Lavrov', 'Lavrov'],
      blockers: [],
      description: '',
      mentions: [
        { articleId: 'new', sentence: 'Lavrov spoke.', start: 0, end: 6 },
        { articleId: 'old', sentence: 'Sergei Lavrov met Pompeo.', start: 0, end: 13 },
      ],
      related: ['mike-pompeo'],
      roles: [
        { role: 'Minister', articleId: 'new' },
        { role: 'Russian Foreign Minister', articleId: 'new' },
        { role: 'Ambassador', articleId: 'old' },
      ],
      quotes: [{ articleId: 'old', text: 'We see suspicions' }],
    },
    { id: 'mike-pompeo', name: 'Mike Pompeo', type: 'person', aliases: ['Mike Pompeo'], blockers: [], description: 'x', mentions: [], related: [] },
  ],
};

/** Tabs name an entity by its index in the dataset. */
const at = (index: ReturnType<typeof indexDataset>, id: string) => index.positions.get(id) ?? -1;

describe('cardFor', () => {
  const index = indexDataset(dataset);

  it("resolves sentences, sources and related names, and picks the newest, most specific role", () => {
    const card = cardFor(index, 0)!;
    expect([card.id, card.entity]).toEqual(['sergei-lavrov', 0]);
    expect(card.mentions.map((m) => m.source.outlet)).toEqual(['Outlet B', 'Outlet A']);
    expect(card.mentions[0]!.source.url).toBe('https://b.example/new');
    expect(card.related).toEqual([{ id: 'mike-pompeo', entity: 1, name: 'Mike Pompeo', type: 'person' }]);
    expect(card.role).toEqual({ text: 'Russian Foreign Minister', source: expect.objectContaining({ outlet: 'Outlet B' }) });
    expect(card.quote).toEqual({ text: 'We see suspicions', source: expect.objectContaining({ published: '2019-05-14' }) });
  });

  it('leaves role and quote out when the data has none, and answers null for an index past the entities', () => {
    const card = cardFor(index, 1)!;
    expect(card.id).toBe('mike-pompeo');
    expect(card).not.toHaveProperty('role');
    expect(card).not.toHaveProperty('quote');
    expect(cardFor(index, 2)).toBeNull();
    expect(cardFor(index, -1)).toBeNull();
  });
});

describe('cardFor, shaped by type', () => {
  const entity = (id: string, type: 'place' | 'other', extra: object = {}) => ({
    id, name: id.toUpperCase(), type, aliases: [id], blockers: [], description: '', mentions: [], related: [], ...extra,
  });
  const shaped = indexDataset({
    ...dataset,
    entities: [
      entity('mechanism', 'other', {
        related: ['mexico', 'uruguay', 'russia'],
        proposedBy: [{ entityId: 'mexico', articleId: 'old' }, { entityId: 'uruguay', articleId: 'old' }, { entityId: 'mexico', articleId: 'new' }, { entityId: 'gone' }],
      }),
      entity('curated-plan', 'other', { proposedBy: [{ entityId: 'uruguay' }] }),
      entity('mexico', 'place', {
        mentions: [
          { articleId: 'new', sentence: 'Mexico and Uruguay proposed talks in Montevideo.', start: 0, end: 6 },
          { articleId: 'old', sentence: 'Mexico spoke.', start: 0, end: 6 },
        ],
      }),
      entity('uruguay', 'place'),
      entity('russia', 'place'),
    ],
  });

  it('names who proposed an initiative once each, with the first article that says so', () => {
    const card = cardFor(shaped, at(shaped, 'mechanism'))!;
    expect(card.proposedBy).toEqual({
      entities: [{ id: 'mexico', entity: 2, name: 'MEXICO', type: 'place' }, { id: 'uruguay', entity: 3, name: 'URUGUAY', type: 'place' }],
      source: expect.objectContaining({ outlet: 'Outlet A', published: '2019-05-14' }),
    });
    expect(card.related.map((r) => r.id)).toEqual(['russia']);
  });

  it("gives an editor's proposers no article, and leaves the line out when nobody is known", () => {
    expect(cardFor(shaped, at(shaped, 'curated-plan'))!.proposedBy).toEqual({ entities: [{ id: 'uruguay', entity: 3, name: 'URUGUAY', type: 'place' }] });
    expect(cardFor(shaped, at(shaped, 'russia'))).not.toHaveProperty('proposedBy');
  });

  it('leads a place with no curated description with what the article said of it, best-ranked first', () => {
    const card = cardFor(shaped, at(shaped, 'mexico'))!;
    expect(card.description).toBe('');
    expect(card.mentions[0]!.sentence).toBe('Mexico and Uruguay proposed talks in Montevideo.');
  });
});
