import { describe, expect, it } from 'vitest';
import { surnameOf } from './surname';

describe('surnameOf', () => {
  it('keeps a surname particle with the surname', () => {
    expect(surnameOf('Marine Le Pen', [])).toBe('Le Pen');
    expect(surnameOf('Ursula von der Leyen', [])).toBe('von der Leyen');
    expect(surnameOf('Tarcísio de Freitas', [])).toBe('de Freitas');
    // Look-alike: no particle, the last word alone.
    expect(surnameOf('Sébastien Lecornu', [])).toBe('Lecornu');
    expect(surnameOf('Andrés Manuel López Obrador', [])).toBe('López Obrador');
  });
});
