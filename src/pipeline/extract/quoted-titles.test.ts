import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { classify } from './classify';
import { quotedTitleEnd } from './quoted-titles';
import { tokenize } from './tokens';

const typed = (sentence: string) => findCandidates(tokenize(sentence), sentence).map((c) => `${c.text}/${classify(c).type}`);
const titleAt = (sentence: string, word: string) => {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.text === word);
  const end = quotedTitleEnd(tokens, i, sentence);
  return end < 0 ? undefined : sentence.slice(tokens[i]!.start, tokens[end]!.end);
};

describe('quoted titles', () => {
  it('keeps a nickname in quotes inside a person\'s name, between a given name and a surname', () => {
    expect(typed('Prosecutors said Enrique "Kiki" Camarena was killed.')).toEqual(['Enrique "Kiki" Camarena/person']);
    expect(typed('He named Joaquín “El Chapo” Guzmán in court.')).toContain('Joaquín “El Chapo” Guzmán/person');
    // Look-alike: a work in quotes after a noun, then a capitalised word, stays a work.
    expect(typed('The film "Dune" Part Two opened.')).toContain('Dune/other');
  });

  it('keeps a title in quotes whole, with its "The" and small words, as a work', () => {
    expect(typed('She starred in "The Silent Harbour", a drama by Ana Ruiz.')).toContain('The Silent Harbour/other');
    expect(typed('He won for "Nights by the River" last year.')).toContain('Nights by the River/other');
    expect(typed('The festival opened with "Bright Fields", from Chile.')).toContain('Bright Fields/other');
  });

  it("keeps a subtitle, an ampersand, an inner possessive and the clause's mark", () => {
    expect(typed('The slate includes "Harbour Lights: Part Two," from Kestrel.')).toContain('Harbour Lights: Part Two/other');
    expect(typed('It follows "Moonfall – Part 1" and "The Song of Salt & Stone," both hits.')).toEqual(
      expect.arrayContaining(['Moonfall – Part 1/other', 'The Song of Salt & Stone/other']),
    );
    expect(typed('Then comes "Arden: The Keeper\'s Daughter" in May.')).toContain("Arden: The Keeper's Daughter/other");
    expect(typed('Kestrel Films releases "The Long Way Back to the Northern Sea."')).toContain('The Long Way Back to the Northern Sea/other');
  });

  it('reads a title in sentence case after a foreign article', () => {
    expect(titleAt('She played a nurse in "Les Jours heureux", a French drama.', 'Les')).toBe('Les Jours heureux');
  });

  it('leaves speech and scare quotes alone', () => {
    expect(titleAt('Workers chanted "Osnabrück stays" outside.', 'Osnabrück')).toBeUndefined();
    expect(titleAt('He called the plan "Unacceptable" on Monday.', 'Unacceptable')).toBeUndefined();
    expect(titleAt('"We will fight this decision," the union said.', 'We')).toBeUndefined();
    expect(titleAt('The minister visited Lagos by night.', 'Lagos')).toBeUndefined();
    // Speech opening with "I", like an Italian article, and closed by its own full stop.
    expect(titleAt('He said: "I have not decided yet."', 'I')).toBeUndefined();
    expect(titleAt('"I have waited ten years for this," he said.', 'I')).toBeUndefined();
  });
});
