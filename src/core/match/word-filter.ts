/**
 * A quick "certainly not" for looking up a word of the page in a list of words, read in place:
 * one bit per hash of a listed word, 64K bits. The look-alike heads ask it about the word on each
 * side of every match, where slicing each word out to look it up in a Map cost more than the
 * lookup itself (most words next to a name are no head). A "maybe" still goes to the Map.
 */
const BITS = 1 << 16;

export class WordFilter {
  private readonly bits = new Uint8Array(BITS / 8);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = hashOfUnits(word, 0, word.length);
      this.bits[h >>> 3]! |= 1 << (h & 7);
    }
  }

  /** Whether `hash` (hashOfUnits of a word) may be a listed word's; false means certainly not. */
  mayHold(hash: number): boolean {
    return (this.bits[hash >>> 3]! & (1 << (hash & 7))) !== 0;
  }
}

/**
 * A 16-bit hash of text[from, to) as written, unit by unit; with `capitalise`, of the text with
 * its units after the first in ASCII lower case (a headline's "IVANKA" as "Ivanka").
 */
export function hashOfUnits(text: string, from: number, to: number, capitalise = false): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    let unit = text.charCodeAt(i);
    if (capitalise && i > from && unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    h = Math.imul(h ^ unit, 0x01000193);
  }
  return (h ^ (h >>> 16)) & (BITS - 1);
}
