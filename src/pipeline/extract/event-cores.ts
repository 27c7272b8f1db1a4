import { isKnownPlace } from './known-names';
import { groupWords as words, isKnownGroup, type LinkGroup } from './link-group';
import { spellingKey } from './spelling-key';
import { isTaggedPlace } from './word-tags';

// Events and prizes named by their core: split from article-links.ts, which links the short forms
// one article proves.

// The words that say what class of event or prize a name is, after its own words.
const EVENT_CLASS_TAILS = new Set(['Festival', 'Film', 'Award', 'Awards', 'Prize', 'International', 'Music', 'Arts', 'Literary', 'Book', 'Song', 'Contest', 'Competition']);

/** An event's or a prize's name without its class words ("Black Nights"), and with its town before ("Tallinn Black Nights"). */
function coresOf(name: string[]): string[] {
  let end = name.length;
  while (end > 0 && EVENT_CLASS_TAILS.has(name[end - 1]!)) end--;
  if (end === 0 || end === name.length || !EVENT_CLASS_TAILS.has(name[name.length - 1]!)) return [];
  const core = name.slice(0, end);
  const placeFirst = isKnownPlace(core.slice(0, 1)) || isTaggedPlace(core[0]!);
  // Cores of two words or more, none a place alone: "Dublin" is no short form of the "Dublin Book
  // Festival", nor "NIN" (a magazine) of the "NIN Award".
  return [core, placeFirst ? core.slice(1) : []].filter((c) => c.length >= 2 && !isKnownPlace(c)).map((c) => c.join(' '));
}

/**
 * "Black Nights" or "Tallinn Black Nights" for the "Tallinn Black Nights Film Festival", "New
 * Currents" for the "New Currents Award": an event or a prize named by its core, when one such name
 * in the article has that core. A lexicon's name counts, as its lists hold the full name only.
 */
export function coreLinks(i: number, groups: LinkGroup[], multiWord: number[], keyOf: Map<string, number>): [number, number][] {
  const g = groups[i]!;
  if (g.type !== 'event' && g.type !== 'other') return [];
  const links: [number, number][] = [];
  for (const core of coresOf(words(g))) {
    const short = keyOf.get(spellingKey(core));
    const claimed = multiWord.filter((l) => coresOf(words(groups[l]!)).includes(core)).length === 1;
    if (short !== undefined && short !== i && claimed && groups[short]!.type !== 'person' && !isKnownGroup(groups[short]!)) links.push([short, i]);
  }
  return links;
}
