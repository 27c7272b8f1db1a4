import { PLACE_WORDS, STORM_HEADS } from './lexicon/words';
import { spellingKey } from './spelling-key';
import { knownName } from './known-names';
import { isTaggedPlace } from './word-tags';
import { isShipName } from './works';
import { groupWords as words, isKnownGroup } from './link-group';
import { isLong, linkTo, only, type ArticleScope } from './article-scope';

// Places, storms and craft named without the word that says what they are.

const FEATURE_HEADS = new Set(['Mount', 'Mt.', 'Lake']);
// "the Caspian" for "the Caspian Sea", "Denman" for the "Denman Glacier": a sea, a desert, a glacier
// or a canal named without its word (not a river: towns are named for theirs, "Bicol" and the
// "Bicol River"; a town a lexicon knows, "Panama", is skipped before).
const FEATURE_TAILS = new Set(['Sea', 'Ocean', 'Desert', 'Mountains', 'Dam', 'Glacier', 'Canal', 'Basin']);

/**
 * "Kristine" for "Typhoon Kristine", "Naga" for "Naga City", "Everest" for "Mount Everest",
 * "Caspian" for "Caspian Sea": a storm, city, mountain, lake or sea named without the word that
 * says what it is, when one long name in the article is that name plus it.
 */
export function bareFeatureLinks(i: number, { groups, long }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (words(g).length !== 1) return [];
  const text = g.observations[0]!.text;
  const bare = long.filter((l) => {
    const w = words(groups[l]!);
    const featureLast = w[0] === text && (w[1] === 'City' || (FEATURE_TAILS.has(w[1]!) && groups[l]!.type === 'place' && g.type === 'place'));
    const headFirst = STORM_HEADS.has(w[0]!) || FEATURE_HEADS.has(w[0]!);
    return w.length === 2 && ((headFirst && w[1] === text) || featureLast);
  });
  return linkTo(i, only(bare));
}

/**
 * "Denarau" for "Denarau Island", "Gough" for "Gough Island": an island named without its word,
 * when no lexicon knows the bare name as a place of its own ("Vancouver" is a city). Not a park:
 * "Jasper" and "Karoo" are a town and a region beside their national parks.
 */
export function islandLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const text = g.observations[0]!.text;
  if (g.type !== 'place' || isKnownGroup(g) || knownName(text) !== undefined || isTaggedPlace(text)) return [];
  const key = spellingKey(text);
  return linkTo(i, only(multiWord.filter((l) => {
    const lw = words(groups[l]!);
    return l !== i && lw.at(-1) === 'Island' && groups[l]!.type === 'place' && spellingKey(lw.slice(0, -1).join(' ')) === key;
  })));
}

/** "Nuyina" for the "RSV Nuyina", "Southern Bounty" for the "MV Southern Bounty": a ship without its prefix. */
export function shipLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const own = words(groups[i]!).join(' ');
  return linkTo(i, only(multiWord.filter((l) => isShipName(words(groups[l]!)) && words(groups[l]!).slice(1).join(' ') === own)));
}

/**
 * "Hamad International" for "Hamad International Airport": an airport named without its word, as
 * news shortens them. Not "Munich" or "Tuy Hoa" for "Munich Airport": the town is itself.
 */
export function airportLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const own = words(groups[i]!);
  if (own.length < 2 || own.at(-1) !== 'International') return [];
  const text = groups[i]!.observations[0]!.text;
  return linkTo(i, only(multiWord.filter((l) => {
    const w = words(groups[l]!);
    return w.at(-1) === 'Airport' && w.length === own.length + 1 && spellingKey(w.slice(0, -1).join(' ')) === spellingKey(text);
  })));
}

/**
 * "the Renaissance Dam" for "the Grand Ethiopian Renaissance Dam": a place of two words or more
 * ending in a place's word, named without the words before it in the one long place that ends so.
 */
export function placeEndingLinks(i: number, { groups, long }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const w = words(g);
  if (!isLong(g) || g.type !== 'place' || !PLACE_WORDS.has(w[w.length - 1]!)) return [];
  const ending = ` ${w.join(' ')}`;
  const fuller = long.filter((l) => l !== i && groups[l]!.type === 'place' && words(groups[l]!).join(' ').endsWith(ending));
  return fuller.length === 1 ? linkTo(i, only(fuller)) : [];
}
