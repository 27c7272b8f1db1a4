import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

// An envoy's posting and a body's post named without a holder (round 143).

describe('findCandidates: an envoy posted to a place, then the envoy', () => {
  it('splits the place of the posting from the name after it', () => {
    expect(names('Talks were led by the Ambassador to Moldova Ilona Wrzesniak on Monday.')).toEqual(['Moldova', 'Ilona Wrzesniak']);
    expect(names('He thanked the envoy to the United Arab Emirates Karim Haddad.')).toEqual(['United Arab Emirates', 'Karim Haddad']);
    // Look-alike: a place's word after the place keeps them one name.
    expect(names('She met the Ambassador to Moldova Street.')).toEqual(['Moldova Street']);
  });
});

describe('findCandidates: a body a list knows and a title, with no name after', () => {
  it('names the body alone', () => {
    expect(names('The EU Ambassador to Moldova said so.')).toEqual(['EU', 'Moldova']);
    expect(names('The UN Special Rapporteur said so.')).toEqual(['UN']);
    // Look-alike: with a name after it, the title's holder is named too.
    expect(names('The EU Ambassador Ilona Wrzesniak said so.')).toEqual(['EU', 'Ilona Wrzesniak']);
  });
});
