import { describe, expect, it } from 'vitest';
import { parseDateline, titleCase } from './dateline';

describe('parseDateline', () => {
  it('reads the place, the country and the agency of an ALL-CAPS dateline', () => {
    expect(parseDateline('BOGOTÁ, Colombia (Reuters) — Members voted.')).toEqual({ places: ['Bogotá', 'Colombia'], agency: 'Reuters', rest: 'Members voted.' });
    expect(parseDateline('VIENNA — The group met.')).toEqual({ places: ['Vienna'], rest: 'The group met.' });
  });

  it('reads past the day a dateline prints, so the sentence after it opens there', () => {
    expect(parseDateline('TOKYO, Nov 26 — Hundreds of fans queued.')).toEqual({ places: ['Tokyo'], rest: 'Hundreds of fans queued.' });
    expect(parseDateline('DHAKA, Bangladesh, Nov. 23, 2026 (AP) — Tens of thousands walked out.')).toEqual({
      places: ['Dhaka', 'Bangladesh'],
      agency: 'AP',
      rest: 'Tens of thousands walked out.',
    });
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(parseDateline('Russia supports a dialogue.')).toBeNull();
    expect(parseDateline('US — a headline-like line')).toBeNull();
  });

  it('reads a two-letter town when its country follows, so the sentence after it opens there', () => {
    expect(parseDateline('BA, Fiji, Dec 10 — The Fiji Sugar Corporation will shut its mill.')).toEqual({
      places: ['Ba', 'Fiji'],
      rest: 'The Fiji Sugar Corporation will shut its mill.',
    });
  });

  it('title-cases the place as a reader would print it', () => {
    expect(titleCase('RIO DE JANEIRO')).toBe('Rio de Janeiro');
  });
});
