import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';

describe('a place tag guessed from a word\'s ending', () => {
  it('gives way to a given name after the word: the word is one more of the person\'s names', () => {
    expect(typeOf('Officials met Hesham Abdel Aziz on Monday.', 'Hesham Abdel Aziz')).toBe('person');
  });

  it('still reads a place where no given name follows, or where the word is a place compromise lists', () => {
    // Look-alikes: a place's noun after the guessed word, a listed place, and "San" before a saint's name.
    expect(typeOf('Protesters marched through Oldham Town on Monday.', 'Oldham Town')).toBe('place');
    expect(typeOf('Officials flew to San Pedro on Monday.', 'San Pedro')).toBe('place');
    expect(typeOf('Officials met in Durham Michael on Monday.', 'Durham Michael')).toBe('place');
  });
});
