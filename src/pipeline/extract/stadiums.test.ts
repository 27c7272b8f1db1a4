import { describe, expect, it } from 'vitest';
import { typeOf } from './candidate-type.test-helper';
import { isStadiumName } from './stadiums';

describe('stadium names', () => {
  it('reads a stadium head word first as a ground', () => {
    expect(isStadiumName(['Stade', 'Ernest-Wallon'])).toBe(true);
    expect(isStadiumName(['Estadio', 'Azteca'])).toBe(true);
    expect(typeOf('They won at a sold-out Stade Marcel-Roux.', 'Stade Marcel-Roux')).toBe('place');
  });

  it('leaves a club named "Stade" and its town\'s adjective', () => {
    // Look-alikes: clubs, not grounds.
    expect(isStadiumName(['Stade', 'Toulousain'])).toBe(false);
    expect(isStadiumName(['Stade', 'Rennais'])).toBe(false);
    expect(isStadiumName(['Stade'])).toBe(false);
  });

  it('reads a size or newness adjective before the head word as the ground\'s', () => {
    expect(isStadiumName(['Grand', 'Stade', 'Hassan', 'II'])).toBe(true);
    expect(isStadiumName(['Nuevo', 'Estadio', 'Los', 'Cármenes'])).toBe(true);
    expect(typeOf('The Grand Stade Hassan II will hold 115,000 spectators.', 'Grand Stade Hassan II')).toBe('place');
    // Look-alikes: the adjective before a club's name, and before no head word at all.
    expect(isStadiumName(['Grand', 'Stade', 'Rennais'])).toBe(false);
    expect(isStadiumName(['Grand', 'Hotel', 'Central'])).toBe(false);
  });
});

describe('a coliseum named first', () => {
  it('reads "Coliseo" first as an arena, named for a person after it', () => {
    expect(typeOf('The pageant was held at the Coliseo de Puerto Rico José Miguel Agrelot in San Juan.', 'Coliseo de Puerto Rico José Miguel Agrelot')).toBe('place');
  });
});

describe('lowlands', () => {
  it('reads a region named for its lowlands as a place', () => {
    expect(typeOf('The belt lies in the James Bay Lowlands, far north.', 'James Bay Lowlands')).toBe('place');
  });
});
