import { describe, expect, it } from 'vitest';
import { EntityTable, ID_SEPARATOR, packTypes } from './entity-table';

describe('EntityTable', () => {
  it('reads ids and types from the packed strings the build writes', () => {
    const ids = ['sergei-lavrov', 'mexico', 'montevideo-mechanism'].join(ID_SEPARATOR);
    const table = new EntityTable({ ids, types: packTypes(['person', 'place', 'other']) });
    expect(table.size).toBe(3);
    expect([0, 1, 2].map((i) => [table.id(i), table.type(i)])).toEqual([
      ['sergei-lavrov', 'person'],
      ['mexico', 'place'],
      ['montevideo-mechanism', 'other'],
    ]);
    expect(table.id(3)).toBeUndefined();
    expect(table.id(-1)).toBeUndefined();
  });

  it('counts the ids itself when no types are given', () => {
    const table = new EntityTable({ ids: ['russia', 'mexico'].join(ID_SEPARATOR) });
    expect([table.size, table.id(1), table.type(1)]).toEqual([2, 'mexico', 'other']);
  });

  it('refuses ids and types that disagree in number', () => {
    expect(() => new EntityTable({ ids: ['russia', 'mexico'].join(ID_SEPARATOR), types: 'l' })).toThrow(/1 types/);
    expect(() => new EntityTable({ ids: 'russia\nmexico', types: 'll' })).toThrow(/2 types/);
  });

  it('takes a hand-written id list, typing its entities "other" when no types are given', () => {
    const table = new EntityTable({ entityIds: ['russia'] });
    expect([table.size, table.id(0), table.type(0)]).toEqual([1, 'russia', 'other']);
  });

  it('has no entities for an empty table', () => {
    expect(new EntityTable({ ids: '', types: '' }).size).toBe(0);
  });
});
