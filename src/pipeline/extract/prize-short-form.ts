import { AWARD_WORDS } from './lexicon/words';
import { groupWords as words, type LinkGroup } from './link-group';

/**
 * "the Nobel of mathematics" beside "the Nobel Prize": a prize's first word alone is the prize,
 * when the article names exactly one prize of that word and the award's word, and no person
 * whose surname the word is ("Alfred Nobel"). The prize's group, or undefined.
 */
export function prizeOfFirstWord(i: number, groups: LinkGroup[], members: number[]): number | undefined {
  const own = words(groups[i]!);
  // Not "NIN" for the "NIN Award": letters name the body that gives the prize.
  if (own.length !== 1 || !/\p{Ll}/u.test(own[0]!)) return undefined;
  const prizes = members.filter((l) => {
    const w = words(groups[l]!);
    return w.length === 2 && w[0] === own[0] && AWARD_WORDS.has(w[1]!);
  });
  const person = members.some((l) => groups[l]!.type === 'person' && words(groups[l]!).length >= 2 && words(groups[l]!).at(-1) === own[0]);
  return prizes.length === 1 && !person ? prizes[0] : undefined;
}
