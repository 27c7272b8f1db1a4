import type { MatcherTable } from './matcher-table';
import { ENTITY_TYPES, type EntityType } from './schema';
import { partStarts } from '../match/part-starts';

/** One letter per type, in ENTITY_TYPES order: a 50,000-entity type list is a 50,000-character string. */
const TYPE_LETTERS = 'ploex';
/** DEL, as between the matcher's keys (compiled-aliases.ts): no id holds it, and JSON writes it as itself. */
export const ID_SEPARATOR = '\u007f';

export function packTypes(types: readonly EntityType[]): string {
  return types.map((type) => TYPE_LETTERS[ENTITY_TYPES.indexOf(type)]).join('');
}

export function isPackedTypes(types: string): boolean {
  for (let i = 0; i < types.length; i++) if (!TYPE_LETTERS.includes(types[i]!)) return false;
  return true;
}

/**
 * The entities a matcher table names, by index. A tab is sent the types alone (one letter each)
 * and names entities by their index in the dataset; ids, where a table has them (the build's file,
 * tools, tests), stay the one string they arrive as, sliced on use.
 */
export class EntityTable {
  readonly size: number;

  private readonly ids: string;

  private readonly starts: Int32Array | null;

  private readonly list: readonly string[] | null;

  /** One letter per entity; the table itself is not kept, so the starts sent with it can go. */
  private readonly types: string | undefined;

  constructor(table: Pick<MatcherTable, 'ids' | 'types' | 'entityIds'>) {
    this.types = table.types;
    this.list = table.entityIds ?? null;
    this.ids = table.ids ?? '';
    this.starts = this.list || this.ids === '' ? null : partStarts(this.ids, ID_SEPARATOR, table.types?.length ?? countParts(this.ids), 'types');
    this.size = this.list ? this.list.length : this.starts ? this.starts.length - 1 : (this.types?.length ?? 0);
  }

  /** The entity's id, if the table holds ids (a tab's does not). */
  id(index: number): string | undefined {
    if (index < 0 || index >= this.size) return undefined;
    if (this.list) return this.list[index];
    return this.starts ? this.ids.slice(this.starts[index]!, this.starts[index + 1]! - 1) : undefined;
  }

  type(index: number): EntityType {
    const letter = this.types?.[index];
    return letter === undefined ? 'other' : (ENTITY_TYPES[TYPE_LETTERS.indexOf(letter)] ?? 'other');
  }
}

/** How many ids a packed string holds, when no types came to count them by. */
function countParts(ids: string): number {
  let count = 1;
  for (let at = ids.indexOf(ID_SEPARATOR); at !== -1; at = ids.indexOf(ID_SEPARATOR, at + 1)) count++;
  return count;
}
