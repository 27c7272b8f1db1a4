import { describe, expect, it } from 'vitest';
import { lookalikeBlockers } from './lookalikes';

describe('lookalikeBlockers', () => {
  it('blocks the real names that contain a place name but name something else', () => {
    expect(lookalikeBlockers('Mexico', 'place')).toEqual(['New Mexico', 'Mexico City', 'Gulf of Mexico', 'Bank of Mexico']);
    expect(lookalikeBlockers('Africa', 'place')).toContain('South Africa');
    expect(lookalikeBlockers('Guinea', 'place')).toEqual(['Papua New Guinea', 'New Guinea', 'Equatorial Guinea', 'Guinea-Bissau', 'Gulf of Guinea']);
    expect(lookalikeBlockers('China', 'place')).toEqual(['South China Sea', 'East China Sea', 'Bank of China', 'Air China', 'China Daily']);
  });

  it('matches whole words only, and gives a phrase to no entity it names itself', () => {
    expect(lookalikeBlockers('India', 'place')).toEqual(['Reserve Bank of India', 'Air India', 'Times of India']);
    expect(lookalikeBlockers('Niger', 'place')).toEqual(['Niger River']);
    expect(lookalikeBlockers('North Korea', 'place')).toEqual([]);
    expect(lookalikeBlockers('New Zealand', 'place')).toEqual([]);
  });

  it('gives nothing to entities other than places', () => {
    expect(lookalikeBlockers('George Washington', 'person')).toEqual([]);
    expect(lookalikeBlockers('Bank of Russia', 'organization')).toEqual([]);
  });
});
