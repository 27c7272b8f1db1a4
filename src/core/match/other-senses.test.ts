import { describe, expect, it } from 'vitest';
import type { AliasMatch } from './alias-matcher';
import { OtherSenses } from './other-senses';

const GEORGIA = 0;
const CUES = { own: ['Tbilisi', 'Georgian'], other: ['Atlanta', 'Republican', 'Gov.', 'county'] };
/** Every "Georgia" in `text`, as the matcher would report it. */
const georgias = (text: string): AliasMatch[] =>
  [...text.matchAll(/Georgia(?!n)/g)].map((m) => ({ start: m.index!, end: m.index! + 7, target: GEORGIA, ambiguous: false }));
/** The starts of the matches kept on a fresh page that reads `texts` in turn (the last one's). */
function kept(...texts: string[]): number[] {
  const senses = new OtherSenses([[GEORGIA, CUES]]);
  let last: AliasMatch[] = [];
  for (const text of texts) last = senses.keep(text, georgias(text));
  return last.map((m) => m.start);
}
const at = (text: string, n: number) => [...text.matchAll(/Georgia(?!n)/g)][n]!.index!;

describe('OtherSenses', () => {
  it("drops a match whose sentence holds a cue of the other sense, and none of its own", () => {
    const text = 'Representative Doug Collins of Georgia, the top Republican on the panel, spoke. Georgian troops stayed.';
    expect(kept(text)).toEqual([]);
    const mixed = 'Far away, in Atlanta, Georgia signed a law. None of that touched the vote in Georgia.';
    expect(kept(mixed)).toEqual([at(mixed, 1)]);
  });

  it('keeps a match whose sentence holds a cue of its own sense, whatever the page says', () => {
    const text = 'ATLANTA — A Republican county Gov. spoke. Georgia, whose capital is Tbilisi, sent envoys.';
    expect(kept(text)).toEqual([at(text, 0)]);
  });

  it('drops the rest on a page with three more cues of the other sense than of its own, read so far', () => {
    const state = 'ATLANTA — The county recount ended. A Republican objected. Georgia certified the result.';
    expect(kept(state)).toEqual([]);
    // The page read before counts too (a long article read in slices, a live blog), where it
    // named the entity: a text that does not is not read for cues.
    expect(kept(state, 'Georgia moves on.')).toEqual([]);
    expect(kept('ATLANTA — The county recount ended. A Republican objected.', 'Georgia moves on.')).toEqual([0]);
    // Two stray cues do not outvote a page about the country.
    const stray = 'A Republican senator in Atlanta wrote. Georgia waits.';
    expect(kept(stray)).toEqual([at(stray, 0)]);
    // The same paragraph read again (a rescan) is not counted twice: two stray cues stay two.
    expect(kept(stray, stray, stray)).toEqual([at(stray, 0)]);
    const outweighed = 'ATLANTA county Republican. Talks in Tbilisi. Georgia waits.';
    expect(kept(outweighed)).toEqual([at(outweighed, 0)]);
  });

  it('reads cues as written or in capitals, as whole words, and sentences by full stops and paragraph ends', () => {
    expect(kept('Georgia said republican values matter.')).toEqual([0]);
    expect(kept('Georgia hosted Atlantans and Republicanism scholars.')).toEqual([0]);
    const text = 'Georgia and Russia met.\u0000Republican senators objected.\nGeorgia replied.';
    expect(kept(text)).toEqual([0, at(text, 1)]);
  });

  it('starts each page afresh, and keeps every match of entities without cues', () => {
    const senses = new OtherSenses([[GEORGIA, CUES]]);
    senses.keep('Atlanta, Atlanta, Atlanta, Atlanta. Georgia.', georgias('Atlanta, Atlanta, Atlanta, Atlanta. Georgia.'));
    senses.forget();
    expect(senses.keep('Georgia waits.', georgias('Georgia waits.'))).toHaveLength(1);
    expect(new OtherSenses().keep('Georgia, Atlanta', georgias('Georgia, Atlanta'))).toHaveLength(1);
    expect(new OtherSenses([[1, CUES]]).keep('Georgia, Atlanta', georgias('Georgia, Atlanta'))).toHaveLength(1);
  });
});
