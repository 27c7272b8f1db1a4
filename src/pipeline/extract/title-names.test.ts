import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe('names in titles (eleventh round)', () => {
  it('takes a common adjective and a generic body word before "Minister" as a portfolio', () => {
    expect(names('Later Local Government Minister Desmond McKenzie spoke.')).not.toContain('Local Government');
    // Look-alike: a name before the generic word is a body of that name.
    expect(names('Later Velora Government Minister Tom Hale spoke.')).toContain('Velora Government');
  });
});

describe('an ombud\'s title', () => {
  it('is dropped before the name, however the office is called', () => {
    expect(names('Veterans Ombud Nishika Jardine has urged the government to act.')).toEqual(['Nishika Jardine']);
    expect(names('Banking Ombudsperson Tal Reuven ruled on Monday.')).toEqual(['Tal Reuven']);
  });
});

describe('a councillor\'s or an akim\'s title', () => {
  it('is dropped before the name', () => {
    expect(names('"It stays here," said Councillor Elin Hughes, the cabinet member.')).toEqual(['Elin Hughes']);
    expect(names('Olympian Eric Kestrelton said the record stood.')).toEqual(['Eric Kestrelton']);
    expect(names('Akim Yermek Kosherbayev said he would raise it.')).toEqual(['Yermek Kosherbayev']);
  });
});

describe("a director's field after \"of\"", () => {
  it('names no body where a common adjective and a generic body word follow the title\'s "of"', () => {
    expect(names('They met Director of Veterinary Services Kefilwe Motshegwa on Monday.')).not.toContain('Veterinary Services');
    expect(names('Director of Meteorological Services David Gikungu said so.')).not.toContain('Meteorological Services');
    // Look-alike: a body's own name after the title's "of" is still named.
    expect(names('Director of Velora Services Tom Hale said so.')).toContain('Velora Services');
  });
});
