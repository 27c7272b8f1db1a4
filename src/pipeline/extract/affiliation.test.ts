import { describe, expect, it } from 'vitest';
import { affiliationTypes } from './affiliation';
import { candidatesIn } from './candidate-type.test-helper';
import { classify } from './classify';

const typed = (sentence: string) => {
  const found = candidatesIn(sentence);
  return affiliationTypes(found, found.map(classify), sentence).map((g, i) => `${found[i]!.text}/${g.type}`);
};

describe('a name "of the" another', () => {
  it('makes a weak name after a person the body the person belongs to', () => {
    expect(typed('He met Hou Yu-ih of the Kestrel on Monday.')).toEqual(['Hou Yu-ih/person', 'Kestrel/organization']);
  });

  it("makes an unproven name before a party's name the party's member", () => {
    expect(typed('Mama Kandor of the Gambia Democratic Congress came third.')).toContain('Mama Kandor/person');
    // Look-alike: before a body that is no party, the name keeps its guess.
    expect(typed('Rural Uplift of the Kestrel Development Bank grew.')).not.toContain('Rural Uplift/person');
  });
});
