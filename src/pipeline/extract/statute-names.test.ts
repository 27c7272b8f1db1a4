import { describe, expect, it } from 'vitest';
import { candidatesIn, typeOf } from './candidate-type.test-helper';

const names = (sentence: string) => candidatesIn(sentence).map((c) => c.text);

describe('statutes with a place in brackets', () => {
  it('keeps the bracketed place inside the statute\'s name', () => {
    expect(names('Hotels collect it under the Visitor Levy (Scotland) Act, which passed.')).toContain('Visitor Levy (Scotland) Act');
    expect(typeOf('The Human Rights (Northern Ireland) Bill was tabled.', 'Human Rights (Northern Ireland) Bill')).toBe('other');
  });

  it('leaves an acronym in brackets and a place with no statute\'s word after', () => {
    // Look-alikes: "(VL)" spells a short form; "(Scotland)" then a plain word ends the name.
    expect(names('The Visitor Levy (VL) Act passed.')).not.toContain('Visitor Levy (VL) Act');
    expect(names('The Visitor Levy (Scotland) was debated.')).not.toContain('Visitor Levy (Scotland)');
  });
});
