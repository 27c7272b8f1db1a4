import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';

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
