import { describe, expect, it } from 'vitest';
import { LATIN_RANGES, wordStartsFor } from './word-starts';

const starts = (text: string, anyCase = false) => {
  const re = wordStartsFor(text, anyCase);
  re.lastIndex = 0;
  const found: number[] = [];
  while (re.test(text)) found.push(re.lastIndex - 1);
  return found;
};

/** The same question asked with the Unicode properties, one unit after another. */
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const CAN_START = /[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{N}]/u;
const CAN_START_ANY = /[\p{L}\p{N}]/u;

describe('wordStartsFor', () => {
  it('finds capitalised and numeric word starts, not inside words or after marks', () => {
    const text = 'the Montevideo Mechanism; 2019 talks, McDonald and ªb Ærø éA';
    expect(starts(text).map((i) => text[i])).toEqual(['M', 'M', '2', 'M', 'ª', 'Æ']);
    expect(starts(text, true).map((i) => text[i])).toEqual(['t', 'M', 'M', '2', 't', 'M', 'a', 'ª', 'Æ', 'é']);
  });

  it('gives the same starts on Latin-1 text as the Unicode-property search does', () => {
    // The Unicode search runs once the text holds any unit beyond the Latin ranges (here "ł").
    const latin = 'Zürich, ÉLYSÉE; l’Élysée 3½ ºC O\u2019Brien—Ñandú «Øresund»';
    const beyond = `${latin} ł`;
    expect(starts(latin)).toEqual(starts(beyond));
    // In any case, "ł" starts a word of its own.
    expect([...starts(latin, true), latin.length + 1]).toEqual(starts(beyond, true));
  });

  it('covers only units whose classes it writes out correctly', () => {
    for (const [from, to] of LATIN_RANGES) {
      for (let unit = from; unit <= to; unit++) {
        const ch = String.fromCharCode(unit);
        const text = `.${ch}`;
        const expected = CAN_START.test(ch) ? [1] : [];
        expect(starts(text), `U+${unit.toString(16)}`).toEqual(expected);
        expect(starts(text, true), `U+${unit.toString(16)} any case`).toEqual(CAN_START_ANY.test(ch) ? [1] : []);
        // After this unit, a capital starts a word only if this unit is no letter, digit or mark.
        expect(starts(`${ch}A`).includes(1), `A after U+${unit.toString(16)}`).toBe(!WORDISH.test(ch));
      }
    }
  });
});
