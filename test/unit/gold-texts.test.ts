import { describe, expect, it } from 'vitest';
import { loadFixtureEntities, parseGold } from './gold-texts';

describe('parseGold', () => {
  const entities = loadFixtureEntities();

  it('reads a mark by alias and one by id, leaving the plain text', () => {
    const parsed = parseGold('[Lavrov] met [the Russian minister](sergei-lavrov).', entities, 'x.md');
    expect(parsed.text).toBe('Lavrov met the Russian minister.');
    expect(parsed.gold).toEqual([
      { id: 'sergei-lavrov', start: 0, end: 6 },
      { id: 'sergei-lavrov', start: 11, end: 31 },
    ]);
  });

  it("marks a possessive on the name, whether its 's is inside the brackets or not", () => {
    const inside = parseGold("[Maduro's](nicolas-maduro) rule and [Russia’s](russia) claim", entities, 'x.md');
    const outside = parseGold("[Maduro]'s rule and [Russia]’s claim", entities, 'x.md');
    expect(inside.text).toBe(outside.text);
    expect(inside.gold).toEqual(outside.gold);
    expect(inside.gold.map((g) => inside.text.slice(g.start, g.end))).toEqual(['Maduro', 'Russia']);
  });

  it("keeps the 's of a name that is written so", () => {
    const lloyds = { id: 'lloyds', name: "Lloyd's", type: 'organization' as const, aliases: [] };
    const parsed = parseGold("[Lloyd's] rose.", [...entities, lloyds], 'x.md');
    expect(parsed.gold).toEqual([{ id: 'lloyds', start: 0, end: 7 }]);
  });

  it('names the file when a mark names no entity', () => {
    expect(() => parseGold('[Atlantis] rose.', entities, 'y.md')).toThrow('y.md: "Atlantis" names no fixture entity');
  });
});
