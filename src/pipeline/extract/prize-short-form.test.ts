import { describe, expect, it } from 'vitest';
import { clusterObservations } from './cluster';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], extra: Partial<Observation> = {}): Observation => ({ text, type, strength: 3, articleId: 'a', ...extra });
const names = (observations: Observation[]) => clusterObservations(observations).map((e) => e.aliases.join(' | '));

describe('a prize named by its first word', () => {
  it('joins "Nobel" to the one "Nobel Prize" the article names', () => {
    expect(names([o('Nobel Prize', 'other'), o('Nobel', 'other', { strength: 1 }), o('Nobel Peace Prize', 'other')])).toEqual(['Nobel Prize | Nobel', 'Nobel Peace Prize']);
  });

  it('leaves the word alone beside a person of that surname, or as letters', () => {
    expect(names([o('Nobel Prize', 'other'), o('Nobel', 'other', { strength: 1 }), o('Alfred Nobel', 'person')])).not.toContain('Nobel Prize | Nobel');
    expect(names([o('NIN Award', 'other'), o('NIN', 'organization', { strength: 1 })])).toEqual(['NIN Award', 'NIN']);
  });
});
