import { describe, expect, it } from 'vitest';
import { Detector } from '../match/detector';
import { KeyIndex } from '../match/key-index';
import { EntityTable, ID_SEPARATOR } from './entity-table';
import { matcherTableFrom } from './matcher-table';
import type { Dataset } from './schema';
import { withStarts } from './table-starts';
import { partStarts } from '../match/part-starts';

const entity = (id: string, name: string, aliases: string[], type: 'person' | 'place' = 'person') =>
  ({ id, name, type, aliases: [name, ...aliases], blockers: [], description: '', mentions: [], roles: [], quotes: [], related: [] }) as unknown as Dataset['entities'][number];
const dataset = { entities: [entity('sergei-lavrov', 'Sergei Lavrov', ['Lavrov']), entity('mexico', 'Mexico', [], 'place'), entity('crimea', 'Crimea', [], 'place')] } as unknown as Dataset;

describe('the starts the background sends with the matcher table', () => {
  it('are where each part starts, then one past the end plus one', () => {
    expect(Array.from(partStarts(['ab', 'c', 'def'].join(ID_SEPARATOR), ID_SEPARATOR, 3, 'ids'))).toEqual([0, 3, 5, 9]);
  });

  it('give the key index and the entity table what they find themselves', () => {
    const plain = matcherTableFrom(dataset);
    const sent = withStarts(plain);
    const keys = (index: KeyIndex) => [...index.starts];
    expect(keys(new KeyIndex(sent.compiled!))).toEqual(keys(new KeyIndex(plain.compiled!)));
    const ids = (table: EntityTable) => Array.from({ length: table.size }, (_, i) => table.id(i));
    expect(ids(new EntityTable(sent))).toEqual(['sergei-lavrov', 'mexico', 'crimea']);
    const text = 'Lavrov flew from Mexico to Crimea.';
    expect(new Detector(sent).scan(text)).toEqual(new Detector(plain).scan(text));
    expect(new Detector(sent).scan(text).map((d) => d.entityId)).toEqual(['sergei-lavrov', 'mexico', 'crimea']);
  });

  it('are refused when they do not fit the table', () => {
    const sent = withStarts(matcherTableFrom(dataset));
    expect(() => new KeyIndex({ ...sent.compiled!, starts: sent.compiled!.starts!.slice(1) })).toThrow(/starts do not fit/);
    expect(() => new EntityTable({ ...sent, idStarts: [0, 14, 21, 99] })).toThrow(/starts do not fit/);
  });
});
