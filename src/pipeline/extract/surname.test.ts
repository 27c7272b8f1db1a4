import { describe, expect, it } from 'vitest';
import { surnameOf } from './surname';

describe('surnameOf', () => {
  it('keeps a surname particle with the surname', () => {
    expect(surnameOf('Marine Le Pen', [])).toBe('Le Pen');
    expect(surnameOf('Ursula von der Leyen', [])).toBe('von der Leyen');
    expect(surnameOf('Tarcísio de Freitas', [])).toBe('de Freitas');
    expect(surnameOf('Laurence des Cars', [])).toBe('des Cars');
    expect(surnameOf('Ronald dela Rosa', [])).toBe('dela Rosa');
    // Look-alike: no particle, the last word alone.
    expect(surnameOf('Sébastien Lecornu', [])).toBe('Lecornu');
    expect(surnameOf('Andrés Manuel López Obrador', [])).toBe('López Obrador');
  });

  it("leaves a generation's suffix out", () => {
    expect(surnameOf('Vicente Sotto III', [])).toBe('Sotto');
    expect(surnameOf('Martin Luther King Jr.', [])).toBe('King');
    // Look-alike: a two-word name ending in a lone letter keeps it.
    expect(surnameOf('Malcolm X', [])).toBe('X');
  });

  it("takes a sovereign's one name before their number", () => {
    expect(surnameOf('Amenhotep III', [])).toBe('Amenhotep');
    expect(surnameOf('Louis XIV', [])).toBe('Louis');
    // Look-alike: a number after a full name is a generation's suffix.
    expect(surnameOf('Vicente Sotto III', [])).toBe('Sotto');
  });

  it('takes the first word of a name printed family name first', () => {
    expect(surnameOf('Xi Jinping', [])).toBe('Xi');
    expect(surnameOf('Tan Mei Ling', [])).toBe('Tan');
    expect(surnameOf('Kim Jong Un', [])).toBe('Kim');
    expect(surnameOf('Lai Ching-te', [])).toBe('Lai');
    // Look-alikes: a family name used as a given name before an English surname, and Vietnamese
    // names, which news shortens to their last word.
    expect(surnameOf('Kim Kardashian', [])).toBe('Kardashian');
    expect(surnameOf('Lin Wood', [])).toBe('Wood');
    expect(surnameOf('Lee Child', [])).toBe('Child');
    expect(surnameOf('Pham Minh Chinh', [])).toBe('Chinh');
  });
});
