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
