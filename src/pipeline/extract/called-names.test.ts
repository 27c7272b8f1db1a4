import { describe, expect, it } from 'vitest';
import { candidatesIn } from './candidate-type.test-helper';

const found = (sentence: string) => candidatesIn(sentence).map((c) => `${c.text}${c.work ? ' (work)' : ''}`);

describe('schemes named after "called"', () => {
  it('keeps a scheme\'s name whole through its small words', () => {
    expect(found('The programme, called Homes Close to Work, will offer land.')).toEqual(['Homes Close to Work (work)']);
    expect(found('The city launched a scheme dubbed Ride with Pride.')).toEqual(['Ride with Pride (work)']);
  });

  it('leaves bodies and names with a place after them to the other rules', () => {
    // Look-alikes: a group is no scheme, and "in England" is where the scheme runs.
    expect(found('A group called Friends of the Earth said so.')).not.toContain('Friends of the Earth (work)');
    expect(found('The scheme, called Help to Buy in England, ended.').some((n) => n.includes('(work)'))).toBe(false);
  });
});
