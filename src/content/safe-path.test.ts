import { describe, expect, it } from 'vitest';
import { onSafePath } from './safe-path';

// A card below and to the right of the mark the pointer left at (100, 100).
const card = { left: 150, top: 130, right: 490, bottom: 430 };
const from = { x: 100, y: 100 };

describe('onSafePath', () => {
  it('holds inside the triangle toward the card and in the card', () => {
    expect(onSafePath({ x: 140, y: 115 }, from, card)).toBe(true);
    expect(onSafePath({ x: 300, y: 128 }, from, card)).toBe(true);
    expect(onSafePath({ x: 200, y: 200 }, from, card)).toBe(true);
  });

  it('fails moving away from the card or along the line', () => {
    expect(onSafePath({ x: 60, y: 120 }, from, card)).toBe(false);
    expect(onSafePath({ x: 100, y: 80 }, from, card)).toBe(false);
    expect(onSafePath({ x: 400, y: 105 }, from, card)).toBe(false);
  });

  it('uses the facing edge wherever the card sits', () => {
    const above = { left: 0, top: 0, right: 340, bottom: 80 };
    expect(onSafePath({ x: 120, y: 90 }, { x: 130, y: 100 }, above)).toBe(true);
    expect(onSafePath({ x: 130, y: 110 }, { x: 130, y: 100 }, above)).toBe(false);
    const left = { left: 0, top: 50, right: 80, bottom: 350 };
    expect(onSafePath({ x: 90, y: 100 }, { x: 100, y: 100 }, left)).toBe(true);
  });
});
