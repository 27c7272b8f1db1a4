import { describe, expect, it } from 'vitest';
import { candidatesIn } from './candidate-type.test-helper';

const parts = (sentence: string) => candidatesIn(sentence).map((c) => (c.role ? `${c.text} (${c.role})` : c.text));

describe('two titles joined by "and" before one name', () => {
  it('gives the holder both titles and names the employer on its own, not the first title', () => {
    expect(parts('Nvidia President and CEO Jensen Huang said so.')).toEqual(['Nvidia', 'Jensen Huang (Nvidia President and CEO)']);
    expect(parts('BC Hydro President and CEO Charlotte Mitha said so.')).toEqual(['BC Hydro', 'Charlotte Mitha (BC Hydro President and CEO)']);
    expect(parts('JPMorgan Chairman and Chief Executive Jamie Dimon said so.')).toEqual(['JPMorgan', 'Jamie Dimon (JPMorgan Chairman and Chief Executive)']);
  });

  it('marks an unknown employer as a company, and leaves a name before "and" that ends in no title', () => {
    expect(candidatesIn('Brastow Pharma President and CEO Ana Lind said so.').find((c) => c.text === 'Brastow Pharma')?.company).toBe(3);
    expect(parts('Talks between Kestrel and Finance Minister Ana Ruiz ended.')).toEqual(['Kestrel', 'Ana Ruiz (Finance Minister)']);
  });
});
