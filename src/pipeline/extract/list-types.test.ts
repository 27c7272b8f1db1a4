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
});
