import { describe, expect, it } from 'vitest';
import { candidatesIn, typeOf } from './candidate-type.test-helper';
import { isInitialPlayerPosition, isPlayerPosition } from './player-positions';

describe('player positions', () => {
  it('knows positions, not words that also stand before places', () => {
    expect(isPlayerPosition('winger')).toBe(true);
    expect(isPlayerPosition('fly-half')).toBe(true);
    // Look-alikes: "the city centre", "the right wing".
    expect(isPlayerPosition('centre')).toBe(false);
    expect(isPlayerPosition('wing')).toBe(false);
  });

  it('takes a capitalised position opening a sentence, unless it opens names too', () => {
    expect(isInitialPlayerPosition('Scrum-half')).toBe(true);
    // Look-alike: "Forward Party" is a party's name.
    expect(isInitialPlayerPosition('Forward')).toBe(false);
  });

  it('makes a full name after a position a player, whatever its words say alone', () => {
    expect(typeOf('He scored through winger Will Corran after eight minutes.', 'Will Corran')).toBe('person');
    expect(typeOf('The try came from flanker Ted Marsh Hill.', 'Ted Marsh Hill')).toBe('person');
    // Look-alike: with no position before it, "Hill" still ends a place's name.
    expect(typeOf('They walked up Corran Hill.', 'Corran Hill')).not.toBe('person');
  });

  it('splits a position opening the sentence off as the title', () => {
    const [player] = candidatesIn('Fly-half Finn Caskie kicked four penalties.');
    expect(player).toMatchObject({ text: 'Finn Caskie', role: 'Fly-half' });
    const [setter] = candidatesIn('Setter Marco Vellani ran the attack.');
    expect(setter).toMatchObject({ text: 'Marco Vellani', role: 'Setter' });
    // Look-alike: a party named with "Forward" keeps it.
    expect(candidatesIn('Forward Party leaders met.').map((c) => c.text)).toContain('Forward Party');
  });
});
