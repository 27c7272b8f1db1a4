import { knownName, placeOfAdjective } from './known-names';
import type { Token } from './tokens';
import { wordTags } from './word-tags';

const SCHOOL_HEADS = new Set(['University', 'College', 'School', 'Academy']);

/**
 * "American University in Cairo", "German University in Cairo", "British University in Dubai": a
 * school named for the country it comes from takes the city it stands in after "in" as part of its
 * name; without the town it names no school at all. A school named otherwise ("Harvard University
 * in Cambridge") is only somewhere.
 */
export function joinsCampusName(tokens: Token[], i: number, run: Token[]): boolean {
  const next = tokens[i + 1];
  if (tokens[i]!.text !== 'in' || run.length !== 2 || !next || next.gapBefore !== ' ') return false;
  if (!SCHOOL_HEADS.has(run[1]!.text) || placeOfAdjective(run[0]!.text) === undefined) return false;
  return knownName(next.text)?.type === 'place' || ['City', 'Country'].some((tag) => wordTags(next.text).has(tag));
}
