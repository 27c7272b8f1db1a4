import { groupWords as words, type LinkGroup } from './link-group';
import { AWARD_WORDS, VENUE_TAILS } from './lexicon/words';
import { spellingKey } from './spelling-key';

/** Bodies and buildings named after someone or something: "Georgia O'Keeffe" is not the museum. */
export const NAMESAKE_TAILS: ReadonlySet<string> = new Set(['Museum', 'Foundation', 'Institute', 'Gallery', 'Library', 'School', 'College', 'University', 'Hospital', 'Centre', 'Center', ...AWARD_WORDS, ...VENUE_TAILS]);

/**
 * "Pan Continental" for the "Pan Continental Curling Championships", "Royal Challengers" for
 * "Royal Challengers Bengaluru": a name of two words or more that no list holds and nothing surer
 * types, printed alone, is the body or event the article names with it and more words. Of several
 * such names, the shortest when every other one extends it. Not one word alone: a word opens
 * names of things it is not ("Latin music" and the "Latin Grammy Awards", "Signal" and the
 * "Signal Foundation").
 */
export function openingShortForm(i: number, groups: LinkGroup[], multiWord: number[]): number | undefined {
  const g = groups[i]!;
  const own = words(g).map(spellingKey);
  if (g.observations[0]!.knownName !== undefined || g.strength > 1 || own.length < 2) return undefined;
  const opensWith = (l: number) => {
    const w = words(groups[l]!);
    return l !== i && w.length > own.length && w[own.length] !== 'of' && !NAMESAKE_TAILS.has(w.at(-1)!) && own.every((o, k) => spellingKey(w[k]!) === o);
  };
  const fuller = multiWord.filter((l) => opensWith(l) && (groups[l]!.type === 'event' || groups[l]!.type === 'organization'));
  if (fuller.length === 0) return undefined;
  const shortest = fuller.reduce((a, b) => (words(groups[b]!).length < words(groups[a]!).length ? b : a));
  const prefix = words(groups[shortest]!).map(spellingKey);
  const extendsShortest = (l: number) => prefix.every((p, k) => spellingKey(words(groups[l]!)[k]!) === p);
  return fuller.every(extendsShortest) ? shortest : undefined;
}
