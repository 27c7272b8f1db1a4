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

describe('"World Heritage" alone, and the convention\'s lists', () => {
  it('names nothing before "site" in lower case, and joins the list "in Danger"', () => {
    expect(names('The valley was inscribed as a World Heritage site by UNESCO in 1979.')).toEqual(['UNESCO']);
    expect(names('The city has two World Heritage sites.')).toEqual([]);
    expect(names('They may add it to the List of World Heritage in Danger next year.')).toEqual(['List of World Heritage in Danger']);
    // Look-alike: the status in capitals before a body's word is a name.
    expect(names('The World Heritage Site Trust met.')).toContain('World Heritage Site Trust');
  });
});
