// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageMention } from './mentions';
import { sameMentions, selectShown } from './shown-mentions';

function mentionsOf(entityIds: string[]): PageMention[] {
  document.body.innerHTML = `<p>${entityIds.map((id) => `${id} `).join('')}</p>`;
  const text = document.querySelector('p')!.firstChild as Text;
  let at = 0;
  return entityIds.map((entityId) => {
    const end = at + entityId.length;
    const m = new PageMention(entityId, at, end, entityId, text, at, text, end, document.body);
    at += entityId.length + 1;
    return m;
  });
}

const TYPES: Record<string, 'person' | 'place'> = { lavrov: 'person', sochi: 'place', pompeo: 'person' };
const ids = (list: PageMention[]) => list.map((m) => m.entityId);

describe('selectShown', () => {
  const found = mentionsOf(['lavrov', 'sochi', 'lavrov', 'pompeo']);

  it('keeps everything by default, in the (reading) order given', () => {
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'all' }, (id) => TYPES[id]))).toEqual([
      'lavrov', 'sochi', 'lavrov', 'pompeo',
    ]);
  });

  it('keeps the first marks in reading order up to the cap', () => {
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'all' }, (id) => TYPES[id], 2))).toEqual(['lavrov', 'sochi']);
  });

  it('stops reading at the cap', () => {
    const asked: string[] = [];
    selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'all' }, (id) => (asked.push(id), TYPES[id]), 2);
    expect(asked).toEqual(['lavrov', 'sochi']);
  });

  it('drops hidden types and muted entities, and can keep only first mentions', () => {
    expect(ids(selectShown(found, { types: ['person'], muted: ['pompeo'], mentions: 'all' }, (id) => TYPES[id]))).toEqual(['lavrov', 'lavrov']);
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'first' }, (id) => TYPES[id]))).toEqual([
      'lavrov', 'sochi', 'pompeo',
    ]);
  });
});

describe('sameMentions', () => {
  const found = mentionsOf(['lavrov', 'sochi', 'pompeo']);
  const rules = { types: ['person', 'place'] as const, muted: [], mentions: 'all' as const };

  it('tells a later slice past the cap, which shows nothing new, from one that does', () => {
    const before = selectShown(found.slice(0, 2), rules, (id) => TYPES[id], 2);
    expect(sameMentions(selectShown(found, rules, (id) => TYPES[id], 2), before)).toBe(true);
    expect(sameMentions(selectShown(found, rules, (id) => TYPES[id], 3), before)).toBe(false);
    // The same text read again is a new mention: its marks must be made again.
    expect(sameMentions(mentionsOf(['lavrov', 'sochi']), before)).toBe(false);
  });
});
