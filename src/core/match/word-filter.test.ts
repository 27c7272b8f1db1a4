import { describe, expect, it } from 'vitest';
import { hashOfUnits, WordFilter } from './word-filter';

const hash = (word: string) => hashOfUnits(word, 0, word.length);

describe('WordFilter', () => {
  const listed = ['Center', 'Sea', 'Institute', 'Lake', 'Ivanka', 'Łódź'];
  const filter = new WordFilter(listed);

  it('never rules out a listed word, read in place inside a longer text', () => {
    for (const word of listed) expect(filter.mayHold(hash(word)), word).toBe(true);
    const text = 'the Carnegie Moscow Center said';
    const from = text.indexOf('Center');
    expect(filter.mayHold(hashOfUnits(text, from, from + 'Center'.length))).toBe(true);
  });

  it('rules out nearly every other word', () => {
    const others = Array.from({ length: 2_000 }, (_, i) => `word${i.toString(36)}`);
    const maybes = others.filter((w) => filter.mayHold(hash(w))).length;
    expect(maybes).toBeLessThan(20);
  });

  it('hashes a word in ASCII capitals as the list writes it, capitalised', () => {
    expect(hashOfUnits('IVANKA', 0, 6, true)).toBe(hash('Ivanka'));
    expect(filter.mayHold(hashOfUnits('IVANKA', 0, 6, true))).toBe(true);
    expect(hashOfUnits('IVANKA', 0, 6)).not.toBe(hash('Ivanka'));
  });
});
