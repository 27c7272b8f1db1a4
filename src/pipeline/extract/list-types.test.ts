import { describe, expect, it } from 'vitest';
import { findCandidates } from './candidates';
import { classify } from './classify';
import { shareListTypes } from './list-types';
import { tokenize } from './tokens';

describe('shareListTypes', () => {
  it('gives weakly typed list members the type of the surest one', () => {
    const sentence = 'Shares of SQM and Albemarle fell.';
    const candidates = findCandidates(tokenize(sentence), sentence);
    const types = shareListTypes(candidates, candidates.map(classify), sentence).map((g) => g.type);
    expect(types).toEqual(['organization', 'organization']);
  });

  it('types every member by a class named before the list', () => {
    const sentence = 'It will renegotiate with foreign companies such as BP and Woodside.';
    const candidates = findCandidates(tokenize(sentence), sentence);
    expect(shareListTypes(candidates, candidates.map(classify), sentence).map((g) => g.type)).toEqual(['organization', 'organization']);
  });

  it('does not take a comma and "and" after one name for a list (two clauses), but does after two', () => {
    const strength = (sentence: string, k: number) => {
      const candidates = findCandidates(tokenize(sentence), sentence);
      return shareListTypes(candidates, candidates.map(classify), sentence)[k]!;
    };
    expect(strength('He edged the ball to Carey, and Sai Sudharsan fell for 9.', 1).strength).toBeLessThan(2);
    expect(strength('Shares of SQM, Albemarle, and Sai Sudharsan fell.', 2)).toMatchObject({ type: 'organization', strength: 2 });
  });

  it('does not take a possessive apposition for a list member', () => {
    const sentence = 'Crowds celebrated in Ziguinchor, Sonko’s stronghold.';
    const candidates = findCandidates(tokenize(sentence), sentence);
    const guesses = shareListTypes(candidates, candidates.map(classify), sentence);
    expect(guesses[1]!.strength).toBeLessThan(2);
  });
});

describe('shareListTypes: appositions', () => {
  const types = (sentence: string) => {
    const candidates = findCandidates(tokenize(sentence), sentence);
    return shareListTypes(candidates, candidates.map(classify), sentence).map((g, i) => `${candidates[i]!.text}/${g.type}`);
  };

  it('does not share a place with a full name between commas after it', () => {
    expect(types('The Sultan of Brunei, Hassanal Bolkiah, opened the summit.')).not.toContain('Hassanal Bolkiah/place');
  });

  it('still shares a place with a one-word place between commas ("Ziguinchor, Senegal, said")', () => {
    expect(types('Crowds in Dunmore, Senegal, said so.')).toEqual(['Dunmore/place', 'Senegal/place']);
  });
});
