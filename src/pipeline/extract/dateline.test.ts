import { describe, expect, it } from 'vitest';
import { parseDateline, titleCase } from './dateline';

describe('parseDateline', () => {
  it('reads the place, the country and the agency of an ALL-CAPS dateline', () => {
    expect(parseDateline('BOGOTÁ, Colombia (Reuters) — Members voted.')).toEqual({ places: ['Bogotá', 'Colombia'], agency: 'Reuters', rest: 'Members voted.' });
    expect(parseDateline('VIENNA — The group met.')).toEqual({ places: ['Vienna'], rest: 'The group met.' });
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(parseDateline('Russia supports a dialogue.')).toBeNull();
    expect(parseDateline('US — a headline-like line')).toBeNull();
  });

  it('title-cases the place as a reader would print it', () => {
    expect(titleCase('RIO DE JANEIRO')).toBe('Rio de Janeiro');
  });
});
