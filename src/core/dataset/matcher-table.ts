import { BLOCKED, compileAliases, type AliasEntry, type CompiledAliases } from '../match/compiled-aliases';
import type { HeadWords } from '../match/lookalike-heads';
import type { SenseCues } from '../match/other-senses';
import { ID_SEPARATOR, packTypes } from './entity-table';
import type { Dataset } from './schema';

/** An alias that counts only where the page also names the entity in full. */
export const AMBIGUOUS = 1;

/** [alias text, index into entityIds or BLOCKED (-1) for a look-alike phrase, AMBIGUOUS?]. */
export type AliasRow = [string, number] | [string, number, typeof AMBIGUOUS];

/**
 * The slice of the dataset a page needs to find mentions: entities (by their index in the dataset)
 * and their aliases, either
 * compiled (what the background sends each tab: sorted folded keys, ready to use without building
 * anything per page) or as rows (hand-written tables in tests and tools, compiled on load).
 */
export interface MatcherTable {
  /**
   * Entity ids joined by ID_SEPARATOR (entity-table.ts), as the build writes them: the background
   * checks them against the dataset's, and leaves them out of what it sends a tab.
   */
  ids?: string;
  /** Hand-written tables (tests, tools) may list the ids instead. */
  entityIds?: string[];
  /** Each entity's type, one letter each (entity-table.ts): the reader's settings can hide a type. */
  types?: string;
  compiled?: CompiledAliases;
  aliases?: AliasRow[];
  /** The dataset's lookalikeHeads: words that make a name next to them part of another name. */
  heads?: HeadWords;
  /** [entity index, its senseCues] for the entities that have them. */
  senseCues?: [number, SenseCues][];
}

export function aliasRowsOf(dataset: Dataset): AliasRow[] {
  const rows: AliasRow[] = [];
  dataset.entities.forEach((entity, index) => {
    const ambiguous = new Set(entity.ambiguousAliases ?? []);
    for (const alias of entity.aliases) rows.push(ambiguous.has(alias) ? [alias, index, AMBIGUOUS] : [alias, index]);
    for (const blocker of entity.blockers) rows.push([blocker, BLOCKED]);
  });
  return rows;
}

export function matcherTableFrom(dataset: Dataset): MatcherTable {
  const withSeparator = dataset.entities.find((e) => e.id.includes(ID_SEPARATOR));
  if (withSeparator) throw new RangeError(`entity id ${JSON.stringify(withSeparator.id)} holds a DEL (U+007F), which the matcher table keeps between ids`);
  return {
    ids: dataset.entities.map((e) => e.id).join(ID_SEPARATOR),
    types: packTypes(dataset.entities.map((e) => e.type)),
    compiled: compileAliases(aliasEntriesOf({ aliases: aliasRowsOf(dataset) })),
    ...(dataset.lookalikeHeads ? { heads: dataset.lookalikeHeads } : {}),
    ...senseCuePairsOf(dataset),
  };
}

function senseCuePairsOf(dataset: Dataset): Pick<MatcherTable, 'senseCues'> {
  const pairs = dataset.entities.flatMap((e, i): [number, SenseCues][] => (e.senseCues ? [[i, e.senseCues]] : []));
  return pairs.length > 0 ? { senseCues: pairs } : {};
}

export function aliasEntriesOf(table: MatcherTable): AliasEntry[] {
  return (table.aliases ?? []).map(([text, target, flag]) => ({ text, target, ambiguous: flag === AMBIGUOUS }));
}
