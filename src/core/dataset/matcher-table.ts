import { BLOCKED, type AliasEntry } from '../match/alias-matcher';
import type { Dataset } from './schema';

/**
 * The slice of the dataset a page needs to find mentions: entity ids and their alias strings.
 * Sent to each tab once; cards are fetched on demand.
 */
export interface MatcherTable {
  entityIds: string[];
  /** [alias text, index into entityIds, or BLOCKED (-1) for a look-alike phrase]. */
  aliases: [string, number][];
}

export function matcherTableFrom(dataset: Dataset): MatcherTable {
  const aliases: [string, number][] = [];
  dataset.entities.forEach((entity, index) => {
    for (const alias of entity.aliases) aliases.push([alias, index]);
    for (const blocker of entity.blockers) aliases.push([blocker, BLOCKED]);
  });
  return { entityIds: dataset.entities.map((e) => e.id), aliases };
}

export function aliasEntriesOf(table: MatcherTable): AliasEntry[] {
  return table.aliases.map(([text, target]) => ({ text, target }));
}
