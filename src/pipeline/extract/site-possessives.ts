import { knownName } from './known-names';
import { PLACE_WORDS } from './lexicon/words';
import type { Token } from './tokens';

/**
 * "at Franklin's Gardens", "St Peter's Square": a possessive then one place's word ends a site's
 * name, not the possessor's. Not after a known place or body ("Mexico's Gulf" is Mexico's), nor
 * before a name of two words ("Moscow's Gorky Park" is the park in the city).
 */
export function isPossessiveSiteName(tokens: Token[], sentence: string, i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const apostropheS = /^['’]s$/u.test(sentence.slice(t.start + t.text.length, t.end));
  if (!t.possessive || !apostropheS || knownName(t.text) || !next || next.gapBefore !== ' ' || !PLACE_WORDS.has(next.text)) return false;
  return !(after && after.capitalised && /^ $/.test(after.gapBefore));
}
