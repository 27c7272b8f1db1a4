import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe("letters after a person's name", () => {
  it("leaves a lawyer's or an honour's letters out of the name", () => {
    expect(names('The government was represented by Stephen Donaghue KC, the Solicitor-General.')).toContain('Stephen Donaghue');
    expect(names('Sir Elton John CBE opened the hall.')).not.toContain('Sir Elton John CBE');
    // Look-alike: after a one-word name the letters may be part of a company's own name.
    expect(names('Shares in Kestrel QC rose.')).toContain('Kestrel QC');
  });

  it('reads the letters as a person\'s, whatever else the sentence says', () => {
    expect(typeOf('Ailsa Brodie KC, for Kilmory, said the estate would appeal.', 'Ailsa Brodie')).toBe('person');
    // Look-alike: a name in capitals before them is an acronym's, no person's.
    expect(typeOf('The NHS Scotland QC team met.', 'NHS Scotland')).not.toBe('person');
  });
});
