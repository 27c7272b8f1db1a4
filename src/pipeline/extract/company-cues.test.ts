import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';
import { findCandidates } from './candidates';
import { classify } from './classify';
import { isCompanySpelling, namedAsRelative } from './company-cues';
import { tokenize } from './tokens';

describe('company cues', () => {
  it('types one unknown word that only a company can be', () => {
    expect(typeOf('The rocket is operated by Stellarum now.', 'Stellarum')).toBe('organization');
    expect(typeOf('It is a unit of Korvalen and trades well.', 'Korvalen')).toBe('organization');
    expect(typeOf("Shares rose after Korvalen's chief executive resigned.", 'Korvalen')).toBe('organization');
    expect(typeOf('Korvalen chief executive Ann Byrne spoke.', 'Korvalen')).toBe('organization');
  });

  it('leaves a town with cues that towns share: a police chief, a mayor, "run by"', () => {
    expect(typeOf("Officers said Dunmore's police chief resigned.", 'Dunmore')).toBe('place');
    expect(typeOf('The camp is run by Dunmore now.', 'Dunmore')).toBe('place');
  });

  it('types words coined from a syllable and a trade', () => {
    for (const word of ['Vinagroup', 'Orbispace', 'Eurosat', 'Eskom', 'Safaricom', 'Pacjet', 'Tengizchevroil']) expect(isCompanySpelling(word)).toBe(true);
    for (const word of ['Chair', 'Hotel', 'Kashgar', 'Dunmore', 'Jet']) expect(isCompanySpelling(word)).toBe(false);
  });

  it('takes a capitalised web address for its company', () => {
    expect(typeOf('Figures from the property website Rentio.ie showed a rise.', 'Rentio.ie')).toBe('organization');
  });
});

describe('weaker company cues', () => {
  it('types an owner or maker after "owned by" or "developed by", weaker than wording only companies take', () => {
    expect(typeOf('Many smelters are owned by Tsangvar, a report said.', 'Tsangvar')).toBe('organization');
    const c = findCandidates(tokenize('Many smelters are owned by Tsangvar now.'), 'Many smelters are owned by Tsangvar now.').find((x) => x.text === 'Tsangvar')!;
    expect(classify(c).strength).toBe(2);
    // Look-alike: "visited by" is no owner's wording.
    expect(typeOf('The smelter was visited by Tsangvar officials.', 'Tsangvar')).not.toBe('organization');
  });
});

describe('a party named by its coalition partner', () => {
  it('types "its coalition partner X" as a body, not "his partner X"', () => {
    expect(typeOf('The party and its coalition partner Komarito lost seats.', 'Komarito')).toBe('organization');
    expect(typeOf('She and her partner Komarito moved away.', 'Komarito')).not.toBe('organization');
  });
});

describe('a company as a source, a party to a merger, an owner of plants', () => {
  it('types one word by "according to", "the merger of", "X\'s plant" and "X spokeswoman"', () => {
    expect(typeOf('According to Delvaro, sales fell.', 'Delvaro')).toBe('organization');
    expect(typeOf('The merger of Trivex and Galvora closed.', 'Trivex')).toBe('organization');
    expect(typeOf("Workers at Veltrana's plant struck.", 'Veltrana')).toBe('organization');
    expect(typeOf('A Norvica spokeswoman declined to comment.', 'Norvica')).toBe('organization');
    // Look-alike: a town's possessive before a common noun stays a place.
    expect(typeOf("Residents of Dunmore's old town left.", 'Dunmore')).toBe('place');
  });
});

describe('company cues: ninth round', () => {
  it('names a parent or sister company as another company', () => {
    expect(namedAsRelative('Emirates and its parent, the Emirates Group, grew.', 'Emirates and its parent, the '.length)).toBe(true);
    // Look-alike: an executive's apposition is no relative.
    expect(namedAsRelative('Emirates and its chief executive, Tim Clark, spoke.', 'Emirates and its chief executive, '.length)).toBe(false);
  });
});

describe('tenth round: members', () => {
  it('types one word with members as a body', () => {
    expect(typeOf("The court said Gimnasia' members voted.", 'Gimnasia')).toBe('organization');
    expect(typeOf("Officials said Gimnasia's members voted.", 'Gimnasia')).toBe('organization');
    // Look-alike: a town's members of parliament.
    expect(typeOf("Officials said Osterby's members of parliament voted.", 'Osterby')).not.toBe('organization');
  });

  it('types one word that "represents" or "employs" others as a body', () => {
    expect(typeOf('Shippers said Evofenedex, which represents Dutch importers, was worried.', 'Evofenedex')).toBe('organization');
    // Look-alike: a town "which" lies somewhere keeps the one-word default.
    expect(typeOf('Shippers said Dunmore, which lies on the coast, was worried.', 'Dunmore')).toBe('place');
  });
});


describe('brands printed in lower case', () => {
  const names = (sentence: string) => findCandidates(tokenize(sentence), sentence).map((c) => c.text);

  it('takes an unlisted lower-case word after a company class noun as a brand', () => {
    expect(names('Shares of low-cost carrier flydubai rose on Monday.')).toContain('flydubai');
  });

  it('takes no plural or verb there, which the tagger knows by its ending', () => {
    expect(names("The ruling adds to pressure on South Korea's platform companies.")).toEqual(['South Korea']);
    expect(names('Korvo Labs looked at app stores and platform services.')).toEqual(['Korvo Labs']);
    // Nor another class noun: "platform company" is no brand called "company".
    expect(names('Korvo wants to stand as a true platform company, not an assembler.')).toEqual(['Korvo']);
    // Nor a word with an English noun's ending that the dictionary happens to lack.
    expect(names('Korvo plans to replace the company pension scheme.')).toEqual(['Korvo']);
  });
});
