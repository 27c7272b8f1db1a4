import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe('site names with a possessive', () => {
  it('keeps a possessive then one place word as a site\'s name', () => {
    expect(names('Dunmore host them at Franklin\'s Gardens on Sunday.')).toContain("Franklin's Gardens");
    // Look-alikes: a known place's possessive, and a name of two words after it.
    expect(names('Ships crossed Mexico\'s Gulf.')).toEqual(['Mexico', 'Gulf']);
    expect(names('Crowds filled Moscow\'s Gorky Park.')).toEqual(['Moscow', 'Gorky Park']);
  });
});

describe('a magistrate\'s court', () => {
  it('keeps the court\'s possessive inside its name', () => {
    expect(names("The crews were produced at the Jaffna Magistrate's Court on Monday.")).toEqual(["Jaffna Magistrate's Court"]);
    // Look-alike: a person's possessive before "Court" is the person's.
    expect(names("Jane Orrin's Court date was set.")).not.toContain("Jane Orrin's Court");
  });
});
