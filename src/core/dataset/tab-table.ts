import { KEY_SEPARATOR, TARGET_DIGITS } from '../match/compiled-aliases';
import { ID_SEPARATOR } from './entity-table';
import { DatasetShapeError } from './validate';
import { partStarts } from '../match/part-starts';
import type { MatcherTable } from './matcher-table';

/**
 * The table a tab is sent. The keys' starts are found once, in the background, and sent with it
 * as an array of numbers: a fresh tab turns it into a typed array in one native call, instead of
 * finding 50,000 separators with as many calls in code not yet compiled (8-9 ms in headless
 * Chromium). The entity ids stay behind: a tab names entities by their index in the dataset and
 * the background maps it back, so the 50,000-alias table a tab parses shrinks by a third (1.98 to
 * 1.34 MB), and parsing is most of a tab's load.
 */
export function forTabs(table: MatcherTable): MatcherTable {
  const { ids: _ids, entityIds: _entityIds, ...rest } = table;
  if (!rest.compiled) return rest;
  const keyCount = rest.compiled.targets.length / TARGET_DIGITS;
  const keys = keyCount === 0 ? [] : Array.from(partStarts(rest.compiled.keys, KEY_SEPARATOR, keyCount, 'targets'));
  return { ...rest, compiled: { ...rest.compiled, starts: keys } };
}

/**
 * Refuses a matcher table built for another dataset: tabs name entities by index, so the table's
 * ids must be the dataset's, in its order.
 */
export function checkSameEntities(table: MatcherTable, datasetIds: readonly string[]): void {
  if (table.ids !== datasetIds.join(ID_SEPARATOR)) throw new DatasetShapeError('matcher.ids', "expected the dataset's entity ids, in its order");
}
