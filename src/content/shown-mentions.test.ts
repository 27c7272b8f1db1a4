// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageMention } from './mentions';
import { selectShown } from './shown-mentions';

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

  it('drops hidden types and muted entities, and can keep only first mentions', () => {
    expect(ids(selectShown(found, { types: ['person'], muted: ['pompeo'], mentions: 'all' }, (id) => TYPES[id]))).toEqual(['lavrov', 'lavrov']);
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'first' }, (id) => TYPES[id]))).toEqual([
      'lavrov', 'sochi', 'pompeo',
    ]);
  });
});
