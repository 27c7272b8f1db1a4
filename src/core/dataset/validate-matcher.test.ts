import { describe, expect, it } from 'vitest';
import { compileAliases, encodeTargets, KEY_SEPARATOR } from '../match/compiled-aliases';
import { AliasMatcher } from '../match/alias-matcher';
import { ID_SEPARATOR } from './entity-table';
import { parseMatcherTable } from './validate-matcher';

const table = () => ({
  ids: ['russia', 'mexico'].join(ID_SEPARATOR),
  types: 'll',
  compiled: compileAliases([
    { text: 'Russia', target: 0 },
    { text: 'Mexico', target: 1 },
    { text: 'New Mexico', target: -1 },
  ]),
});

describe('parseMatcherTable', () => {
  it('accepts what the build writes and the matcher reads it as stored', () => {
    const parsed = parseMatcherTable(JSON.parse(JSON.stringify(table())));
    const text = 'Russia, New Mexico and Mexico';
    expect(new AliasMatcher(parsed.compiled!).scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['Russia', 'Mexico']);
  });

  it('keeps the look-alike heads the matcher drops names next to', () => {
    const parsed = parseMatcherTable(JSON.parse(JSON.stringify({ ...table(), heads: { before: [], after: ['Institute'] } })));
    const text = 'the Russia Institute and Russia';
    expect(new AliasMatcher(parsed.compiled!, parsed.heads).scan(text).map((m) => m.start)).toEqual([25]);
    expect(() => parseMatcherTable({ ...table(), heads: { before: 'Lake', after: [] } })).toThrow(/^matcher\.heads\.before:/);
  });

  it('keeps the cues of an entity\'s senses, and names a pair that points past the entities', () => {
    const senseCues = [[1, { own: ['Tbilisi'], other: ['Atlanta'] }]];
    expect(parseMatcherTable(JSON.parse(JSON.stringify({ ...table(), senseCues }))).senseCues).toEqual(senseCues);
    expect(() => parseMatcherTable({ ...table(), senseCues: [[2, { own: [], other: [] }]] })).toThrow(/^matcher\.senseCues\[0\]:/);
    expect(() => parseMatcherTable({ ...table(), senseCues: [[0, { own: [] }]] })).toThrow(/^matcher\.senseCues\[0\]\[1\]\.other:/);
  });

  it.each([
    ['a target past the entity list', (t: ReturnType<typeof table>) => (t.compiled.targets = encodeTargets([2]) + t.compiled.targets.slice(4)), 'matcher.compiled.targets'],
    ['one target short', (t: ReturnType<typeof table>) => (t.compiled.targets = t.compiled.targets.slice(4)), 'matcher.compiled.targets'],
    ['a target that is not base-32 digits', (t: ReturnType<typeof table>) => (t.compiled.targets = `000z${t.compiled.targets.slice(4)}`), 'matcher.compiled.targets'],
    ['a case exception for no key', (t: ReturnType<typeof table>) => t.compiled.caseExceptions.push(9, 0), 'matcher.compiled.caseExceptions'],
    ['keys out of order', (t: ReturnType<typeof table>) => (t.compiled.keys = t.compiled.keys.split(KEY_SEPARATOR).reverse().join(KEY_SEPARATOR)), 'matcher.compiled.keys'],
    ['an unknown type', (t: ReturnType<typeof table>) => (t.types = 'lq'), 'matcher.types'],
    ['an empty id', (t: ReturnType<typeof table>) => (t.ids = `russia${ID_SEPARATOR}`), 'matcher.ids'],
  ])('names where a corrupt table goes wrong: %s', (_, corrupt, path) => {
    const t = table();
    corrupt(t);
    expect(() => parseMatcherTable(t)).toThrow(new RegExp(`^${path.replace(/\./g, '\\.')}:`));
  });
});
