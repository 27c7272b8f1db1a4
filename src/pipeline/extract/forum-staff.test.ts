import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';

describe('a forum with staff', () => {
  it('types a forum whose chief or spokesperson follows its name a body', () => {
    expect(typeOf('Road Transport Forum chief executive Karen Whitlow said trucks had priority.', 'Road Transport Forum')).toBe('organization');
  });

  it('keeps a forum that people meet at an event', () => {
    // Look-alike: no staff word after the name.
    expect(typeOf('Leaders met at the Pacific Forum on Monday.', 'Pacific Forum')).toBe('event');
  });
});
