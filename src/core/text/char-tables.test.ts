import { describe, expect, it } from 'vitest';
import { computeFlags, computeFold, PREFILLED_RANGES, tableEntry } from './char-tables';

describe('the written-out character tables', () => {
  it('agree with the Unicode properties for every unit they cover', () => {
    const wrong: string[] = [];
    for (const [from, to] of PREFILLED_RANGES) {
      for (let unit = from; unit <= to; unit++) {
        const { flags, folded } = tableEntry(unit);
        const expected = { flags: computeFlags(unit), folded: computeFold(unit) };
        if (flags !== expected.flags || folded !== expected.folded) {
          wrong.push(`U+${unit.toString(16)}: ${JSON.stringify({ flags, folded })} != ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
