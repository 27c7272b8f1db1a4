import { describe, expect, it } from 'vitest';
import { namesIn as names } from './candidate-type.test-helper';

describe('a listing body before "World Heritage"', () => {
  it('names the body alone: "World Heritage" and "site" after it are the site\'s status', () => {
    expect(names('Kestrel Island, a UNESCO World Heritage site, draws divers.')).toEqual(['Kestrel Island', 'UNESCO']);
    expect(names('Floods reached the UNESCO World Heritage Site at Hue.')).toEqual(['UNESCO', 'Hue']);
  });

  it('keeps the names "World Heritage" opens, and an unknown word before it', () => {
    expect(names('The World Heritage Committee met in Paris.')).toEqual(['World Heritage Committee', 'Paris']);
    expect(names('The Kestrel World Heritage Trust met.')).toEqual(['Kestrel World Heritage Trust']);
  });
});
