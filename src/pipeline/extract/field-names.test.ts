import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe('a committee named by the fields it oversees', () => {
  it('goes on past the commas and "and" of its fields to "Committee", and ends there', () => {
    expect(names("The Welsh Senedd's Housing, Local Government and Heritage Committee will meet.")).toContain('Housing, Local Government and Heritage Committee');
    expect(names('The Tourism, Sport and Youth Committee of the Kestrel Assembly said so.')).toEqual(['Tourism, Sport and Youth Committee', 'Kestrel Assembly']);
    // Look-alike: a list of places or firms before a committee is a list, not one name.
    expect(names('Health, Education and Zorvath Bank Committee staff met.')).not.toContain('Health, Education and Zorvath Bank Committee');
  });
});
