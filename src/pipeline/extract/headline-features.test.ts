import { describe, expect, it } from 'vitest';
import { headlineFeatures } from './headline-features';
import { tokenize } from './tokens';

const features = (title: string, body: string) => headlineFeatures(tokenize(title), body);

describe('a headline\'s feature named in the body only inside a longer name', () => {
  it('takes the feature the body prints opening a longer name', () => {
    expect(features('Panama Canal Cuts Daily Transits', 'The Panama Canal Authority said on Tuesday it would cut transits.')).toEqual(['Panama Canal']);
    expect(features('Suez Canal Traffic Falls', 'Officials of the Suez Canal Authority said so.')).toEqual(['Suez Canal']);
  });

  it('leaves a feature with a name word before it, a body\'s word and an unprinted pair', () => {
    // Look-alikes: "Great" before "Barrier Reef"; "Bank" is a body's word; the body never prints the pair.
    expect(features('Barrier Reef Bleaching Worsens', 'The Great Barrier Reef Marine Park Authority said so.')).toEqual([]);
    expect(features('Reserve Bank Raises Rates', 'The Reserve Bank Board met.')).toEqual([]);
    expect(features('Gatun Lake Drains', 'Water levels fell.')).toEqual([]);
  });
});
