import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';

describe('findQuotes', () => {
  it('attributes a quote to the name after or before it', () => {
    expect(findQuotes('"We see that there are suspicions and prejudices," Lavrov said of the U.S.')).toEqual([
      { text: 'We see that there are suspicions and prejudices', speakerText: 'Lavrov' },
    ]);
    expect(findQuotes('"This is a first step, and the hardest is ahead," said Volker Perthes, the envoy.')[0]!.speakerText).toBe('Volker Perthes');
    expect(findQuotes('Pompeo said, "but we are not destined to be adversaries."')[0]!.speakerText).toBe('Pompeo');
  });

  it('skips scare quotes of a few words', () => {
    expect(findQuotes('They called it "quite far apart" on Friday, Lavrov said.')).toEqual([]);
  });
});
