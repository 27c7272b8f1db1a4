import { describe, expect, it } from 'vitest';
import { candidatesIn } from './candidate-type.test-helper';

const parts = (sentence: string) => candidatesIn(sentence).map((c) => (c.role ? `${c.text} (${c.role})` : c.text));

describe('a title "for" a place before its holder', () => {
  it('splits the place from the holder, who takes the whole title, and keeps only the body of the title', () => {
    expect(parts('WHO Regional Director for Africa Mohamed Janabi said so.')).toEqual(['WHO', 'Africa', 'Mohamed Janabi (WHO Regional Director for Africa)']);
    expect(parts('UN Special Rapporteur for Myanmar Tom Andrews said so.')).toEqual(['UN', 'Myanmar', 'Tom Andrews (UN Special Rapporteur for Myanmar)']);
  });

  it('leaves a run after "for" alone after no title, or with no given name after the place', () => {
    expect(parts('A Campaign for Kenya Ruth Odinga rally began.')).not.toContain('Ruth Odinga (Campaign for Kenya)');
    expect(parts('UN Special Rapporteur for Myanmar Affairs said so.')).not.toContain('Myanmar');
  });
});
