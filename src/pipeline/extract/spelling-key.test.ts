import { describe, expect, it } from 'vitest';
import { knownName, nameKey, placeOfAdjective } from './known-names';
import { nameWords, spellingKey } from './spelling-key';

describe('name keys', () => {
  it('ignore accents, case, dots and a possessive', () => {
    expect(nameKey("Guaidó's")).toBe(nameKey('Guaido'));
    expect(nameKey('U.S.')).toBe(nameKey('US'));
  });

  it('spell transliterations alike', () => {
    expect(spellingKey('Sergey Lavrov')).toBe(spellingKey('Sergei Lavrov'));
    expect(spellingKey('Nicolás')).toBe(spellingKey('Nicolas'));
    expect(spellingKey('Lavrov')).not.toBe(spellingKey('Lavrova'));
  });

  it('spell an acronym one way, doubled letters and all, but a dateline as a name', () => {
    expect(spellingKey('SLPP')).not.toBe(spellingKey('SLP'));
    expect(spellingKey('Mohammed')).toBe(spellingKey('Mohamed'));
    expect(spellingKey('BRUSSELS')).toBe(spellingKey('Brussels'));
  });

  it('lists the words of a full name that can name the person alone', () => {
    expect(nameWords('Luiz Inácio Lula da Silva')).toEqual(['luiz', 'inacio', 'lula', 'silva']);
  });
});

describe('the built-in lexicon', () => {
  it('knows country forms, and not lower- or mixed-case look-alikes of short ones', () => {
    expect(knownName('U.S.')?.name).toBe('United States');
    expect(knownName('United States of America')?.name).toBe('United States');
    expect(knownName('Us')).toBeUndefined();
    expect(knownName('N.M.')?.name).toBe('New Mexico');
  });

  it('maps adjectives to places without making them names', () => {
    expect(placeOfAdjective('Crimean')).toBe('Crimea');
    expect(placeOfAdjective('Russian')).toBe('Russia');
    expect(knownName('Russian')).toBeUndefined();
  });
});

describe('a number in Roman figures after a name', () => {
  it('keeps its doubled letters, and the hyphen before it', () => {
    expect(spellingKey('Punatsangchhu-I')).not.toBe(spellingKey('Punatsangchhu-II'));
    expect(spellingKey('Henry VII')).not.toBe(spellingKey('Henry VIII'));
    expect(spellingKey('Dhawan-II')).not.toBe(spellingKey('Dhawan II'));
    // The name before it is still spelled loosely.
    expect(spellingKey('Sergey II')).toBe(spellingKey('Sergei II'));
  });
});
