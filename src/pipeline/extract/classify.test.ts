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

  it('types places by a leading feature word, a direction and a verb of movement', () => {
    expect(typeOf('Troops massed on Plaza Murillo.', 'Plaza Murillo')).toBe('place');
    expect(typeOf('Settlers moved into the West Bank.', 'West Bank')).toBe('place');
    expect(typeOf('Convoys could not reach Omdurman today.', 'Omdurman')).toBe('place');
    expect(typeOf('Ships wait in the Bosphorus, said officials.', 'Bosphorus')).toBe('place');
  });

  it('types parties, acronyms and benchmarks that no head word names', () => {
    expect(typeOf("He led the Taiwan People's Party.", "Taiwan People's Party")).toBe('organization');
    expect(typeOf('Marine Le Pen and the National Rally won.', 'National Rally')).toBe('organization');
    expect(typeOf('The Indian National Congress lost.', 'Indian National Congress')).toBe('organization');
    expect(typeOf('The opposition INDIA alliance won.', 'INDIA')).toBe('organization');
    expect(typeOf('Brent crude rose.', 'Brent')).toBe('other');
  });

  it('types bodies by a noun after them, a company suffix, a brand spelling or a verb first', () => {
    expect(typeOf('Sonko led the dissolved Pastef party.', 'Pastef')).toBe('organization');
    expect(typeOf('Sheinbaum, of the ruling Morena party, spoke.', 'Morena')).toBe('organization');
    expect(typeOf('The start-up Mistral AI lobbied.', 'Mistral AI')).toBe('organization');
    expect(typeOf('He sits with Renew Europe now.', 'Renew Europe')).toBe('organization');
    expect(typeOf('They lobbied through DigitalEurope today.', 'DigitalEurope')).toBe('organization');
  });

  it('types a name by the class its sentence states for it', () => {
    expect(typeOf('It will be folded into Aruba, the wireless unit that it owns.', 'Aruba')).toBe('organization');
    expect(typeOf('She told the business daily Valor Econômico on Monday.', 'Valor Econômico')).toBe('organization');
    expect(typeOf('said a networking analyst at Gartner yesterday.', 'Gartner')).toBe('organization');
    expect(typeOf('They met in Ziguinchor, the regional capital, on Monday.', 'Ziguinchor')).toBe('place');
    expect(typeOf('The deal helps Platformworks and Trilith Studios.', 'Trilith Studios')).toBe('organization');
  });

  it('types a venue as a place though "Centre" ends bodies too', () => {
    expect(typeOf('He spoke at the Kuala Lumpur Convention Centre.', 'Kuala Lumpur Convention Centre')).toBe('place');
  });

  it('types a person by a known surname', () => {
    expect(typeOf('Later Nitish Kumar agreed.', 'Nitish Kumar')).toBe('person');
  });
});
