// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageMention } from './mentions';
import { byDocumentOrder, entityCounts, positionAmongSameEntity, stepFrom } from './page-navigation';

const LAVROV = 0;
const POMPEO = 1;

function mentions(): PageMention[] {
  document.body.innerHTML = '<p>Lavrov met Pompeo. Lavrov left.</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const at = (entity: number, start: number, end: number): PageMention =>
    new PageMention(entity, start, end, text.data.slice(start, end), text, start, text, end, document.body);
  // Found out of order, as chunks added by later scans can be.
  return [at(LAVROV, 20, 26), at(POMPEO, 11, 17), at(LAVROV, 0, 6)];
}

describe('page navigation', () => {
  it('orders mentions as they read and counts them per entity', () => {
    const ordered = mentions().sort(byDocumentOrder);
    expect(ordered.map((m) => m.start)).toEqual([0, 11, 20]);
    expect(entityCounts(ordered)).toEqual([
      { entity: LAVROV, count: 2 },
      { entity: POMPEO, count: 1 },
    ]);
  });

  it('steps forward and back, wrapping around', () => {
    const ordered = mentions().sort(byDocumentOrder);
    expect(stepFrom(ordered, ordered[0]!, 1, 800)).toBe(ordered[1]);
    expect(stepFrom(ordered, ordered[2]!, 1, 800)).toBe(ordered[0]);
    expect(stepFrom(ordered, ordered[0]!, -1, 800)).toBe(ordered[2]);
    expect(stepFrom([], null, 1, 800)).toBeNull();
  });

  it("places a mention among its entity's mentions", () => {
    const ordered = mentions().sort(byDocumentOrder);
    const { index, siblings } = positionAmongSameEntity(ordered, ordered[2]!);
    expect(index).toBe(2);
    expect(siblings.map((m) => m.start)).toEqual([0, 20]);
  });
});
