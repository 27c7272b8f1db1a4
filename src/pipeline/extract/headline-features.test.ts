import { describe, expect, it } from 'vitest';
import { headlineFeatures } from './headline-features';
import { tokenize } from './tokens';
import { articleEntities } from './candidate-type.test-helper';

const features = (title: string, body: string) => headlineFeatures(tokenize(title), body);

describe('a headline\'s feature named in the body only inside a longer name', () => {
  it('takes the feature the body prints opening a longer name (a known one is the headline lexicon\'s)', () => {
    expect(features('Kestrel Canal Cuts Daily Transits', 'The Kestrel Canal Authority said on Tuesday it would cut transits.')).toEqual(['Kestrel Canal']);
    expect(features('Dunmore Lake Levels Fall', 'Officials of the Dunmore Lake Authority said so.')).toEqual(['Dunmore Lake']);
  });

  it('leaves a feature with a name word before it, a body\'s word and an unprinted pair', () => {
    // Look-alikes: "Great" before "Barrier Reef"; "Bank" is a body's word; the body never prints the pair.
    expect(features('Barrier Reef Bleaching Worsens', 'The Great Barrier Reef Marine Park Authority said so.')).toEqual([]);
    expect(features('Reserve Bank Raises Rates', 'The Reserve Bank Board met.')).toEqual([]);
    expect(features('Gatun Lake Drains', 'Water levels fell.')).toEqual([]);
  });
});

describe('parts of continents in a headline', () => {
  it('are places the lexicon knows, so the headline names them', () => {
    const entities = articleEntities(['Moniepoint raised money on Thursday.'], 'Moniepoint raises $250 million as Nigerian fintech eyes East Africa push');
    expect(entities.map((e) => `${e.name}: ${e.type}`)).toContain('East Africa: place');
  });
});
