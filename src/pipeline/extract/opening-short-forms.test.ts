import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 4, articleId: 'a', ...extra });
const names = (observations: Observation[]) => clusterObservations(observations).map((e) => e.aliases.join(' | '));

describe('a name of two words or more that opens a longer one', () => {
  it('joins it to the body or event it opens', () => {
    expect(names([o('Tarn Valley Curling Championships', 'event'), o('Tarn Valley', 'organization', { strength: 1 })])).toEqual(['Tarn Valley Curling Championships | Tarn Valley']);
    expect(names([o('Royal Kestrels Bengaluru', 'organization'), o('Royal Kestrels', 'place', { strength: 1 })])).toEqual(['Royal Kestrels Bengaluru | Royal Kestrels']);
  });

  it('picks the shortest when every other one extends it', () => {
    expect(names([o('Tarn Valley Open', 'event'), o('Tarn Valley Open Qualifying', 'event'), o('Tarn Valley', 'place', { strength: 0 })])).toEqual([
      'Tarn Valley Open | Tarn Valley',
      'Tarn Valley Open Qualifying',
    ]);
  });

  it('leaves one word alone, names more than a guess, namesakes, and two unrelated longer names', () => {
    expect(names([o('Vortalo Cup', 'event'), o('Vortalo', 'place', { strength: 0 })])).toHaveLength(2);
    expect(names([o('Tarn Valley Curling Championships', 'event'), o('Tarn Valley', 'place', { strength: 3 })])).toHaveLength(2);
    expect(names([o('Mirela Ostrova Museum', 'organization'), o('Mirela Ostrova', 'organization', { strength: 1 })])).toHaveLength(2);
    expect(names([o('Tarn Valley Open', 'event'), o('Tarn Valley Classic', 'event'), o('Tarn Valley', 'organization', { strength: 1 })])).toHaveLength(3);
  });
});
