import { describe, expect, it } from 'vitest';
import { namesIn as names, typeOf } from './candidate-type.test-helper';

describe('a vessel named after its class noun', () => {
  it('types a ferry or tanker after "the ferry", "the tanker" as other, also when "The" opens the sentence', () => {
    expect(typeOf('Officials said the ferry Kaitaki lost power.', 'Kaitaki')).toBe('other');
    expect(typeOf('The ferry Kaitaki lost power on Sunday.', 'Kaitaki')).toBe('other');
    expect(typeOf('Officials said the oil tanker Marvela ran aground.', 'Marvela')).toBe('other');
  });

  it('leaves a ferry operator and a name after a capitalised word that is no determiner', () => {
    // Look-alikes: "ferry operator" names a body; "Then" is no determiner.
    expect(typeOf('Officials said the ferry operator Bluebridge was fully booked.', 'Bluebridge')).not.toBe('other');
    expect(typeOf('Then ferry Kaitaki sailed.', 'Kaitaki')).not.toBe('other');
  });
});

describe('a vessel named after its flag or its class noun, with its number', () => {
  it('keeps the number in the name and types the vessel as other', () => {
    const sentence = 'Both boats, the Vanuatu-flagged Tian Xiang 606 and the Fiji-flagged Ocean Pearl 12, were escorted to Noro.';
    expect(names(sentence)).toEqual(['Vanuatu', 'Tian Xiang 606', 'Fiji', 'Ocean Pearl 12', 'Noro']);
    expect(typeOf(sentence, 'Tian Xiang 606')).toBe('other');
    expect(typeOf('Police seized the longliner Lucky Star 7 on Monday.', 'Lucky Star 7')).toBe('other');
    expect(typeOf('The Interislander ferry Kaitaki lost power.', 'Kaitaki')).toBe('other');
    // Look-alikes: a noun after the number counts something; no flag or vessel's noun before the name.
    expect(names('The trawler Ocean Pearl 12 tonnes lighter sailed.')).toContain('Ocean Pearl');
    expect(names('The ferry operator Kestrel Lines 4 said so.')).not.toContain('Kestrel Lines 4');
  });
});
