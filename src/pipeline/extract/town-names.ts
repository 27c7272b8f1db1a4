import { knownName } from './known-names';
import { isListedWord } from './word-tags';

/**
 * German and Austrian spa towns put "Bad" (bath) first: "Bad Aussee", "Bad Ischl", "Bad Homburg".
 * Only before one word that is no English word, so that "Bad Bunny" or "Bad Blood" stay what the
 * rest of the rules make of them.
 */
export function isSpaTownName(words: string[]): boolean {
  return words.length === 2 && words[0] === 'Bad' && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && !isListedWord(words[1]!);
}

// Words that name a part of a country by its land: "Peninsular Malaysia", "Mainland China".
const LAND_QUALIFIERS = new Set(['Peninsular', 'Mainland', 'Continental', 'Metropolitan', 'Insular']);

/** Whether a name is a land qualifier then a place a lexicon knows: a part of that place, not a body named for it. */
export function isQualifiedPlace(words: string[]): boolean {
  return words.length >= 2 && LAND_QUALIFIERS.has(words[0]!) && knownName(words.slice(1).join(' '))?.type === 'place';
}
