import { describe, expect, it } from 'vitest';
import { typeOf, namesIn as names } from './candidate-type.test-helper';

describe('an office\'s abstract noun heading a body\'s name', () => {
  it('joins "of" and two fields after "Superintendence" or "Directorate"', () => {
    const sentence = "The deal requires approval from Colombia's Superintendence of Industry and Commerce, the regulator.";
    expect(names(sentence)).toContain('Superintendence of Industry and Commerce');
    expect(typeOf(sentence, 'Superintendence of Industry and Commerce')).toBe('organization');
    expect(names('The Directorate of Intelligence said so.')).toContain('Directorate of Intelligence');
    expect(names('Officials from the Superintendence of Banks and Barclays met.')).toEqual(expect.arrayContaining(['Superintendence of Banks', 'Barclays']));
    // "the" after its "of", as after "Ministry of".
    expect(names('It found that the Superintendency of the Environment had evidence.')).toEqual(['Superintendency of the Environment']);
  });

  it('joins a body "in Charge of" its field, not a person in charge of one', () => {
    expect(names('The Ministry in Charge of Emergency Management (MINEMA) said so.')).toContain('Ministry in Charge of Emergency Management');
    expect(names('The Kestrel Office in Charge of Planning said so.')).toContain('Kestrel Office in Charge of Planning');
    // Look-alike: a plain name before "in Charge".
    expect(names('Jane Orrin in Charge of Planning said so.')).not.toContain('Jane Orrin in Charge of Planning');
  });

  it('joins "of" after a body word\'s plural that follows another word of the name', () => {
    expect(names('He spoke outside the Royal Courts of Justice.')).toEqual(['Royal Courts of Justice']);
    // Look-alike: a plural that is no body's word is someone's or something's from somewhere.
    expect(names('The Royal Dukes of Kestrelshire arrived.')).not.toContain('Royal Dukes of Kestrelshire');
  });

  it('does not join "of" after another abstract noun, nor a bank\'s name after "and"', () => {
    // Look-alikes: "Independence" is no office; a known company after "and" is a second name.
    expect(names('An Independence of Thought rally.')).not.toContain('Independence of Thought');
    expect(names('Officials from the Superintendence of Banks and Barclays met.')).not.toContain('Superintendence of Banks and Barclays');
  });
});

describe('a school named for two fields', () => {
  it('joins "and" after a university or institute whose owner or place comes first', () => {
    expect(names('Researchers at the Norwegian University of Science and Technology said it worked.')).toContain('Norwegian University of Science and Technology');
    expect(names('The National Chung-Shan Institute of Science and Technology builds missiles.')).toContain('National Chung-Shan Institute of Science and Technology');
    expect(names('Mexico\'s National Institute of Statistics and Geography said so.')).toContain('National Institute of Statistics and Geography');
  });

  it('keeps two names apart when a name follows "and"', () => {
    // Look-alike: a known place after "and" is a second name, not a field.
    expect(names('Students at Kestrel University of Science and Cambridge protested.')).not.toContain('Kestrel University of Science and Cambridge');
  });
});

describe("a union's or a council's two fields", () => {
  it('joins "and" and a field after a union, a federation or a council "of" a field', () => {
    expect(names('The Tunisian Union of Agriculture and Fisheries (UTAP) has asked for a floor price.')).toContain('Tunisian Union of Agriculture and Fisheries');
    // Look-alikes: a body or a known name after "and" is a second name.
    expect(names('The Council of Ministers and Parliament met.')).toEqual(['Council of Ministers', 'Parliament']);
    expect(names('The Council of Europe and NATO met.')).toEqual(['Council of Europe', 'NATO']);
  });
});

describe("a ministry's list of fields", () => {
  it("takes a field of two words, its tail a field's, inside the list", () => {
    expect(names('Figures came from the Ministry of Agriculture, Water Resources and Fisheries on Monday.')).toEqual(['Ministry of Agriculture, Water Resources and Fisheries']);
    // Look-alike: a list of bodies a lexicon knows stays a list.
    expect(names('It wrote to the Department for Transport, Ofgem and Ofwat.')).not.toContain('Department for Transport, Ofgem and Ofwat');
  });
});
