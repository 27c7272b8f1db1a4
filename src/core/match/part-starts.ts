/**
 * Where each of `count` parts of `joined` (joined by `separator`) starts, then one past the end
 * plus one: how the key index and the entity table address their packed strings. One indexOf per
 * part; a string holding another number of parts is refused, naming `what` it was counted by.
 */
export function partStarts(joined: string, separator: string, count: number, what: string): Int32Array {
  const starts = new Int32Array(count + 1);
  let i = 1;
  let at = joined.indexOf(separator);
  for (; at !== -1 && i < count; at = joined.indexOf(separator, at + 1)) starts[i++] = at + 1;
  if (i !== count || at !== -1) throw new RangeError(`the matcher table has ${count} ${what} but not as many parts`);
  starts[count] = joined.length + 1;
  return starts;
}

/** Starts sent with the table (table-starts.ts), checked for their count and their end. */
export function sentStarts(starts: readonly number[], count: number, length: number): Int32Array {
  if (count === 0) return new Int32Array(1);
  if (starts.length !== count + 1 || starts[count] !== length + 1) throw new RangeError(`the table's starts do not fit its ${count} parts`);
  return new Int32Array(starts);
}
