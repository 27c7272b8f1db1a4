import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe('a common word opening the sentence before a company\'s last word', () => {
  it('keeps the word as the company\'s own: "Close Brothers"', () => {
    expect(names('Close Brothers and Santander UK have also made provisions.')).toContain('Close Brothers');
  });

  it('still drops a function word, and a common word before a longer name', () => {
    // Look-alikes: a preposition before the company word; a common word before a person's name.
    expect(names('Despite Brothers Finance, lenders rallied.')).not.toContain('Despite Brothers Finance');
    expect(names('Despite Brothers Finance, lenders rallied.')).toContain('Brothers Finance');
    expect(names('Officials Brothers said nothing.')).not.toContain('Officials Brothers');
  });
});
