import { describe, expect, it } from 'vitest';
import { typeOf } from '../candidate-type.test-helper';

describe('arenas named by a sponsor and "Center"', () => {
  it('are places, though "Center" ends bodies\' names too', () => {
    expect(typeOf('A chant broke out at Golden 1 Center during the game.', 'Golden 1 Center')).toBe('place');
    expect(typeOf('The Mavericks sold out the American Airlines Center again.', 'American Airlines Center')).toBe('place');
    expect(typeOf('Tickets for the Delta Center concert sold fast.', 'Delta Center')).toBe('place');
    // Look-alike: a body's "Center" no arena list holds stays a body.
    expect(typeOf('The Kestrel Policy Center said so.', 'Kestrel Policy Center')).toBe('organization');
  });
});
