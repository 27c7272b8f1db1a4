import { describe, expect, it } from 'vitest';
import { Detector } from '../match/detector';
import { KeyIndex } from '../match/key-index';
import { ID_SEPARATOR } from './entity-table';
import { matcherTableFrom } from './matcher-table';
import type { Dataset } from './schema';
import { checkSameEntities, forTabs } from './tab-table';
import { partStarts } from '../match/part-starts';

const entity = (id: string, name: string, aliases: string[], type: 'person' | 'place' = 'person') =>
  ({ id, name, type, aliases: [name, ...aliases], blockers: [], description: '', mentions: [], roles: [], quotes: [], related: [] }) as unknown as Dataset['entities'][number];
const dataset = { entities: [entity('sergei-lavrov', 'Sergei Lavrov', ['Lavrov']), entity('mexico', 'Mexico', [], 'place'), entity('crimea', 'Crimea', [], 'place')] } as unknown as Dataset;

describe('the matcher table a tab is sent', () => {
  it('has starts where each part starts, then one past the end plus one', () => {
    expect(Array.from(partStarts(['ab', 'c', 'def'].join(ID_SEPARATOR), ID_SEPARATOR, 3, 'ids'))).toEqual([0, 3, 5, 9]);
  });

  it('gives the key index what it finds itself, and finds the same entities by index without the ids', () => {
    const plain = matcherTableFrom(dataset);
    const sent = forTabs(plain);
    expect(sent.ids).toBeUndefined();
    expect(sent.types).toBe(plain.types);
    const keys = (index: KeyIndex) => [...index.starts];
    expect(keys(new KeyIndex(sent.compiled!))).toEqual(keys(new KeyIndex(plain.compiled!)));
    const text = 'Lavrov flew from Mexico to Crimea.';
    const tab = new Detector(sent);
    expect(tab.scan(text)).toEqual(new Detector(plain).scan(text));
    expect(tab.scan(text).map((d) => [d.entity, tab.typeOf(d.entity), tab.idOf(d.entity)])).toEqual([
      [0, 'person', undefined],
      [1, 'place', undefined],
      [2, 'place', undefined],
    ]);
  });

  it('is smaller than the build\'s table by the ids', () => {
    const plain = matcherTableFrom(dataset);
    expect(JSON.stringify(forTabs(plain))).not.toContain('sergei-lavrov');
  });

  it('has key starts refused when they do not fit the table', () => {
    const sent = forTabs(matcherTableFrom(dataset));
    expect(() => new KeyIndex({ ...sent.compiled!, starts: sent.compiled!.starts!.slice(1) })).toThrow(/starts do not fit/);
  });
});

describe('checkSameEntities', () => {
  it("accepts the dataset's own table and refuses one built for other entities or another order", () => {
    const table = matcherTableFrom(dataset);
    const ids = dataset.entities.map((e) => e.id);
    expect(() => checkSameEntities(table, ids)).not.toThrow();
    expect(() => checkSameEntities(table, [...ids].reverse())).toThrow(/matcher\.ids/);
    expect(() => checkSameEntities(table, ids.slice(1))).toThrow(/matcher\.ids/);
  });
});
