import { describe, expect, it } from 'vitest';
import { appositiveNoun, describingNoun } from './context-cues';
import { tokenize } from './tokens';
import { namesIn as names, typeOf } from './candidate-type.test-helper';

const headAfter = (sentence: string, name: string) => {
  const tokens = tokenize(sentence);
  const last = tokens.findIndex((t) => t.text === name);
  return appositiveNoun(sentence, tokens, last);
};

describe('appositiveNoun', () => {
  it('reads past a year or a count before the head ("a 2023 treaty"), and a body or a medicine stated so', () => {
    expect(headAfter('They moved under the Falepili Union, a 2023 treaty that offers a path.', 'Union')).toBe('treaty');
    expect(typeOf('They moved under the Falepili Union, a 2023 treaty that offers a path.', 'Falepili Union')).toBe('other');
    expect(typeOf('It was offered by Eurosam, a joint venture of MBDA and Thales.', 'Eurosam')).toBe('organization');
    expect(typeOf('Merck built a business around Winrevair, its treatment for hypertension.', 'Winrevair')).toBe('other');
  });

  it('reads the plural after "one of the"', () => {
    expect(headAfter("Ferrocarril, one of the country's oldest clubs, won.", 'Ferrocarril')).toBe('clubs');
    // Look-alike: "one" with no "of the" is no apposition.
    expect(headAfter('Ferrocarril, one day, won.', 'Ferrocarril')).toBeUndefined();
  });

  it('reads past a known place or a possessive name qualifying the head', () => {
    expect(headAfter('He bought Tranvia, the Rio de Janeiro club that won.', 'Tranvia')).toBe('club');
    expect(headAfter("It came from Filmfond, the Nordic Council's fund for films.", 'Filmfond')).toBe('fund');
    expect(headAfter('It was built by Hallberg, a family-owned coachbuilder that closed.', 'Hallberg')).toBe('coachbuilder');
    // Look-alike: an unknown name with no possessive stops the phrase.
    expect(headAfter('He bought Tranvia, the Ferro Norte club that won.', 'Tranvia')).toBeUndefined();
  });

  it('reads past a known body qualifying the head, and keeps a scheme\'s first word at a sentence\'s start', () => {
    const sentence = 'Better Factories Cambodia, an International Labour Organization programme that monitors factories, said so.';
    expect(headAfter(sentence, 'Cambodia')).toBe('programme');
    expect(names(sentence)).toEqual(['Better Factories Cambodia', 'International Labour Organization']);
    // Look-alike: with no apposition the sentence's first common word goes.
    expect(names('Better Factories Cambodia said so.')).toEqual(['Factories Cambodia']);
  });
});

const nounBefore = (sentence: string, name: string) => {
  const tokens = tokenize(sentence);
  return describingNoun(tokens, tokens.findIndex((t) => t.text === name));
};

describe('describingNoun', () => {
  it('reads a class noun after a common word that opens the sentence', () => {
    expect(nounBefore('Supermarket chain Albert Heijn said it had rerouted fruit.', 'Albert')).toBe('chain');
    expect(nounBefore('Dutch budget airline Transavia cancelled flights.', 'Transavia')).toBe('airline');
  });

  it('leaves a clause that opens with a pronoun or a name', () => {
    // Look-alikes: "He" opens a clause; "Rotterdam" is a name, not a modifier.
    expect(nounBefore('He told reporters Lee was right.', 'Lee')).toBeUndefined();
    expect(nounBefore('Rotterdam port operator Keppel said so.', 'Keppel')).toBeUndefined();
  });

  it('reads the class noun before "such as"', () => {
    expect(nounBefore('Climbers need a peak such as Himlung Himal first.', 'Himlung')).toBe('peak');
    // Look-alike: "such" with no "as" lists nothing.
    expect(nounBefore('No peak such Himlung Himal exists.', 'Himlung')).toBeUndefined();
  });
});

