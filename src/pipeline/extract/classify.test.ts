import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { classify } from './classify';
import { tokenize } from './tokens';

const typeOf = (sentence: string, name: string) => {
  const c = findCandidates(tokenize(sentence), sentence).find((x) => x.text === name);
  if (!c) throw new Error(`no candidate ${name}`);
  return classify(c).type;
};

describe('classify', () => {
  it('types by lexicon, last word and title', () => {
    expect(typeOf('He flew to Venezuela.', 'Venezuela')).toBe('place');
    expect(typeOf('They backed the Montevideo Mechanism.', 'Montevideo Mechanism')).toBe('other');
    expect(typeOf('The Inter-American Treaty of Reciprocal Assistance met.', 'Inter-American Treaty of Reciprocal Assistance')).toBe('other');
    expect(typeOf('He joined the Federal Emergency Management Agency.', 'Federal Emergency Management Agency')).toBe('organization');
    expect(typeOf('They met at the Amazon Summit.', 'Amazon Summit')).toBe('event');
    expect(typeOf('Foreign Minister Jorge Arreaza spoke.', 'Jorge Arreaza')).toBe('person');
  });

  it('types by the words around an unknown name', () => {
    expect(typeOf('The ships left from Chornomorsk yesterday.', 'Chornomorsk')).toBe('place');
    expect(typeOf('The state company Codelco will lead.', 'Codelco')).toBe('organization');
    expect(typeOf('Crews fought the Hermits Peak fire.', 'Hermits Peak')).toBe('event');
    expect(typeOf('They marched in the South Caucasus.', 'South Caucasus')).toBe('place');
  });
});
