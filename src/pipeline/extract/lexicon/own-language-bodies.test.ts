import { describe, expect, it } from 'vitest';
import { typeOf } from '../candidate-type.test-helper';

describe('parliaments, courts and governments named in their own language', () => {
  it('are bodies, though one word alone reads as a person or a place', () => {
    expect(typeOf('Lawmakers in the Althingi voted on Tuesday.', 'Althingi')).toBe('organization');
    expect(typeOf('The ruling came from the Kúria, which sided with the regulator.', 'Kúria')).toBe('organization');
    expect(typeOf('Officials of the Generalitat said the plan stood.', 'Generalitat')).toBe('organization');
    expect(typeOf('The Corts Valencianes were dissolved.', 'Corts Valencianes')).toBe('organization');
  });
});

describe('small islands\' parliaments and a campaign named with a small word', () => {
  it('are bodies, whole', () => {
    expect(typeOf('Deputies in the States of Deliberation voted.', 'States of Deliberation')).toBe('organization');
    expect(typeOf('The States of Alderney agreed.', 'States of Alderney')).toBe('organization');
    expect(typeOf('The Lagting voted on Tuesday.', 'Lagting')).toBe('organization');
    expect(typeOf('The Nitijela passed the law.', 'Nitijela')).toBe('organization');
    expect(typeOf('Campaigners at Dignity in Dying welcomed it.', 'Dignity in Dying')).toBe('organization');
  });
});
