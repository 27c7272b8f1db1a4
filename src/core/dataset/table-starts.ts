import { KEY_SEPARATOR } from '../match/compiled-aliases';
import { ID_SEPARATOR } from './entity-table';
import type { MatcherTable } from './matcher-table';

/**
 * Where each part of `joined` starts (parts joined by `separator`), and one past the end plus one,
 * as the key index and the entity table keep them.
 */
export function startsOfParts(joined: string, separator: string): number[] {
  const starts = [0];
  for (let at = joined.indexOf(separator); at !== -1; at = joined.indexOf(separator, at + 1)) starts.push(at + 1);
  starts.push(joined.length + 1);
  return starts;
}

/**
 * The table a tab is sent: the keys' and the entity ids' starts found once, in the background, and
 * sent with it as arrays of numbers. A fresh tab then turns each into a typed array in one native
 * call, instead of finding 50,000 separators with as many calls in code not yet compiled: in
 * headless Chromium that was 8-9 ms per string, against 2-3 ms for both arrays to parse and copy.
 */
export function withStarts(table: MatcherTable): MatcherTable {
  if (!table.compiled || table.ids === undefined) return table;
  const keys = table.compiled.keys === '' ? [] : startsOfParts(table.compiled.keys, KEY_SEPARATOR);
  const ids = table.ids === '' ? [] : startsOfParts(table.ids, ID_SEPARATOR);
  return { ...table, compiled: { ...table.compiled, starts: keys }, idStarts: ids };
}
