import { describe, expect, it } from 'vitest';
import { typeOf } from '../candidate-type.test-helper';

describe('online platforms and services', () => {
  it('are bodies, as YouTube and TikTok are, while their features and product lines stay things', () => {
    expect(typeOf('The video spread on Instagram and WhatsApp overnight.', 'Instagram')).toBe('organization');
    expect(typeOf('The video spread on Instagram and WhatsApp overnight.', 'WhatsApp')).toBe('organization');
    expect(typeOf('The series will stream on Prime Video in March.', 'Prime Video')).toBe('organization');
    expect(typeOf('Rural clinics now connect through Starlink.', 'Starlink')).toBe('organization');
    expect(typeOf('The clip was first posted to YouTube.', 'YouTube')).toBe('organization');
    expect(typeOf('Brands moved budgets to Instagram Reels.', 'Instagram Reels')).toBe('other');
  });
});
