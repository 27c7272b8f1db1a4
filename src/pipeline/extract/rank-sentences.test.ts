import { describe, expect, it } from 'vitest';
import { rankSentences } from './rank-sentences';

const s = (sentence: string, order: number, extra: { fullName?: boolean; others?: number; headline?: boolean } = {}) => ({
  sentence,
  order,
  fullName: false,
  others: 0,
  headline: false,
  ...extra,
});

describe('rankSentences', () => {
  it('puts a full naming among other names before a headline or a bare surname', () => {
    const ranked = rankSentences([
      s('US Asserts its Intransigence on Venezuela', 0, { headline: true, others: 1 }),
      s('Lavrov said it.', 1),
      s('The Russian Foreign Minister Sergei Lavrov met Mike Pompeo in Sochi, Russia to discuss Venezuela and Syria.', 2, { fullName: true, others: 4 }),
    ]);
    expect(ranked.map((r) => r.order)).toEqual([2, 0, 1]);
  });

  it('keeps reading order between equals', () => {
    expect(rankSentences([s('A b c.', 1), s('D e f.', 0)]).map((r) => r.order)).toEqual([0, 1]);
  });
});
