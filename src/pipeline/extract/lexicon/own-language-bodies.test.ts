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
