// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageMention } from './mentions';
import { sameMentions, selectShown } from './shown-mentions';

/** The entities of these tests, by index (as a tab names them). */
const NAMES = ['lavrov', 'sochi', 'pompeo'];
const TYPES = ['person', 'place', 'person'] as const;
const typeOf = (entity: number) => TYPES[entity]!;
const indexOf = (name: string) => NAMES.indexOf(name);

function mentionsOf(names: string[]): PageMention[] {
  document.body.innerHTML = `<p>${names.map((name) => `${name} `).join('')}</p>`;
  const text = document.querySelector('p')!.firstChild as Text;
  let at = 0;
  return names.map((name) => {
    const end = at + name.length;
    const m = new PageMention(indexOf(name), at, end, name, text, at, text, end, document.body);
    at += name.length + 1;
    return m;
  });
}

const ids = (list: PageMention[]) => list.map((m) => NAMES[m.entity]);

describe('selectShown', () => {
  const found = mentionsOf(['lavrov', 'sochi', 'lavrov', 'pompeo']);

  it('keeps everything by default, in the (reading) order given', () => {
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'all' }, typeOf))).toEqual([
      'lavrov', 'sochi', 'lavrov', 'pompeo',
    ]);
  });

  it('keeps the first marks in reading order up to the cap', () => {
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'all' }, typeOf, 2))).toEqual(['lavrov', 'sochi']);
  });

  it('stops reading at the cap', () => {
    const asked: string[] = [];
    selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'all' }, (entity) => (asked.push(NAMES[entity]!), typeOf(entity)), 2);
    expect(asked).toEqual(['lavrov', 'sochi']);
  });

  it('drops hidden types and muted entities, and can keep only first mentions', () => {
    expect(ids(selectShown(found, { types: ['person'], muted: [indexOf('pompeo')], mentions: 'all' }, typeOf))).toEqual(['lavrov', 'lavrov']);
    expect(ids(selectShown(found, { types: ['person', 'place'], muted: [], mentions: 'first' }, typeOf))).toEqual([
      'lavrov', 'sochi', 'pompeo',
    ]);
  });
});

describe('sameMentions', () => {
  const found = mentionsOf(['lavrov', 'sochi', 'pompeo']);
  const rules = { types: ['person', 'place'] as const, muted: [], mentions: 'all' as const };

  it('tells a later slice past the cap, which shows nothing new, from one that does', () => {
    const before = selectShown(found.slice(0, 2), rules, typeOf, 2);
    expect(sameMentions(selectShown(found, rules, typeOf, 2), before)).toBe(true);
    expect(sameMentions(selectShown(found, rules, typeOf, 3), before)).toBe(false);
    // The same text read again is a new mention: its marks must be made again.
    expect(sameMentions(mentionsOf(['lavrov', 'sochi']), before)).toBe(false);
  });
});
