import type { MatcherTable } from './matcher-table';
import { ENTITY_TYPES, type EntityType } from './schema';

/** One letter per type, in ENTITY_TYPES order: a 50,000-entity type list is a 50,000-character string. */
const TYPE_LETTERS = 'ploex';
export const ID_SEPARATOR = '\n';

export function packTypes(types: readonly EntityType[]): string {
  return types.map((type) => TYPE_LETTERS[ENTITY_TYPES.indexOf(type)]).join('');
}

export function isPackedTypes(types: string): boolean {
  for (let i = 0; i < types.length; i++) if (!TYPE_LETTERS.includes(types[i]!)) return false;
  return true;
}

/**
 * The entities a matcher table names, by index: ids and types kept as the two strings they
 * arrive as (parsing 50,000 separate strings costs a tab ten times more), sliced on use.
 */
export class EntityTable {
  readonly size: number;

  private readonly ids: string;

  private readonly starts: Int32Array;

  private readonly list: readonly string[] | null;

  constructor(private readonly table: Pick<MatcherTable, 'ids' | 'types' | 'entityIds'>) {
    this.list = table.entityIds ?? null;
    this.ids = table.ids ?? '';
    const starts = [0];
    if (!this.list && this.ids !== '') {
      for (let at = this.ids.indexOf(ID_SEPARATOR); at !== -1; at = this.ids.indexOf(ID_SEPARATOR, at + 1)) starts.push(at + 1);
      starts.push(this.ids.length + 1);
    }
    this.starts = Int32Array.from(starts);
    this.size = this.list ? this.list.length : starts.length - 1;
  }

  id(index: number): string | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.list ? this.list[index] : this.ids.slice(this.starts[index]!, this.starts[index + 1]! - 1);
  }

  type(index: number): EntityType {
    const letter = this.table.types?.[index];
    return letter === undefined ? 'other' : (ENTITY_TYPES[TYPE_LETTERS.indexOf(letter)] ?? 'other');
  }
}
