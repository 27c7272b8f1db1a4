import { describe, expect, it } from 'vitest';
import { articleEntities } from './candidate-type.test-helper';

/** Entities of one article built alone, as "name/type". */
const entities = (title: string, paragraphs: string[]) => articleEntities(paragraphs, title).map((e) => `${e.name}/${e.type}`);

describe('roads named by a code or a number (rounds 162-163)', () => {
  it('finds a road’s code before its noun, and the code alone after', () => {
    const found = entities('Toll booths go', ['Traffic on the A1 motorway was light as drivers on the D-100 highway slowed.', 'The A1 links Zagreb and Split.']);
    expect(found).toEqual(expect.arrayContaining(['A1/place', 'D-100/place']));
  });

  it('keeps a state’s route whole, even opening a sentence, and an interstate', () => {
    const found = entities('Fire spreads', ['Firefighters held the line near Fillmore.', 'State Route 126 was closed, and Interstate 95 was jammed.']);
    expect(found).toEqual(expect.arrayContaining(['State Route 126/place', 'Interstate 95/place']));
    expect(found.some((e) => e.startsWith('Route 126'))).toBe(false);
  });

  it('leaves a code with no road noun, and a bus’s route, unnamed', () => {
    const found = entities('Buses and paper', ['The number 42 bus takes Route 7 through town.', 'Forms must be printed on A4 paper, officials said.']);
    expect(found.filter((e) => /Route 7|A4/u.test(e))).toEqual([]);
  });

  it("keeps a national road's number, but no street's", () => {
    const found = entities('Workers march', ['Workers marched along National Road 4 to the ministry.', 'Shops on Mill Road 12 days ago closed.']);
    expect(found).toEqual(expect.arrayContaining(['National Road 4/place', 'Mill Road/place']));
    expect(found).not.toContain('Mill Road 12/place');
  });
});
