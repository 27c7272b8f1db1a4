import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe('a nationality before a player\'s full name', () => {
  it('is no word of the name, and says a person', () => {
    expect(names('She came from a set down to beat American Maddie Carlisle in the final.')).toEqual(['Maddie Carlisle']);
    expect(typeOf('She came from a set down to beat American Maddie Carlisle in the final.', 'Maddie Carlisle')).toBe('person');
  });

  it('stays in a company\'s name and where no given name follows', () => {
    // Look-alikes: a company named for its country; a nationality before a body's words.
    expect(names('She flew American Airlines Group today.')).toEqual(['American Airlines Group']);
    expect(names('She joined Swiss Re Capital today.')).toEqual(['Swiss Re Capital']);
  });
});

describe('an apposition naming a body after a name opening the sentence', () => {
  it('keeps the capitalised first word as the body\'s', () => {
    const sentence = 'Maritime New Zealand, the safety regulator, said it was aware of the incident.';
    expect(names(sentence)).toEqual(['Maritime New Zealand']);
    expect(typeOf(sentence, 'Maritime New Zealand')).toBe('organization');
  });

  it('still drops an adjective before a country that a country\'s apposition follows', () => {
    // Look-alikes: a country is a producer too; a function word never opens a name.
    expect(names('Neighbouring Ghana, the second-largest producer, will announce its price.')).toEqual(['Ghana']);
    expect(names('Despite New Zealand, the regulator, said so.')).toEqual(['New Zealand']);
  });
});
