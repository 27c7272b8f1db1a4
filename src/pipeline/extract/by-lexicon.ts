import type { TypeGuess } from './classify';
import { knownName } from './known-names';
import { GIVEN_NAMES, SURNAME_FIRST } from './lexicon/given-names';
import { hasPlaceTag, isListedWord, isTaggedPlace, phraseTags, wordTags } from './word-tags';

/** "Hill", "Brook": a word compromise knows in lower case as a noun and not as a name. */
const isCommonNoun = (word: string) => {
  const tags = wordTags(word.toLowerCase());
  return isListedWord(word.toLowerCase()) && tags.has('Noun') && !tags.has('ProperNoun');
};

const SAINT_PREFIX = /^(?:San|Santa|Santo|São|Sankt)$/u;

/** What compromise's lexicon says about a name, word by word. */
export function byLexicon(words: string[]): TypeGuess | undefined {
  const tags = words.length === 1 ? [wordTags(words[0]!)] : phraseTags(words.join(' '));
  if (tags.length > 0 && tags.every((t) => t.has('Organization'))) return { type: 'organization', strength: 3 };
  // "Santa Cruz", "San Cristóbal", "São Carlos": a saint's name opens towns, not people's names.
  if (words.length > 1 && words.length <= 4 && SAINT_PREFIX.test(words[0]!)) return { type: 'place', strength: 3 };
  // "Helen Marsh", "Rose Glen": read as one phrase, compromise tags the first word a place when the
  // last is a place's noun; a given name that is no place alone is surer than that: one of our
  // list, or compromise's before one common noun ("Marcus Hill"; not "Abu Dhabi").
  const givenName = GIVEN_NAMES.has(words[0]!) || (words.length === 2 && wordTags(words[0]!).has('FirstName') && isCommonNoun(words[1]!));
  if (words.length > 1 && words.length <= 4 && givenName && !isTaggedPlace(words[0]!)) return { type: 'person', strength: 3 };
  // "Hesham Abdel Aziz": a place tag compromise guessed from the ending ("-ham") of a word its list
  // does not hold loses to a given name after it: the first word is one more of the person's names.
  const guessedPlace = words.length > 1 && words.length <= 4 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && isTaggedPlace(words[0]!) && !isListedWord(words[0]!) && (GIVEN_NAMES.has(words[1]!) || Boolean(tags[1]?.has('FirstName')));
  if (guessedPlace) return { type: 'person', strength: 3 };
  if (hasPlaceTag(tags[0])) return { type: 'place', strength: 3 };
  if (words.length > 1 && tags[0]?.has('FirstName')) return { type: 'person', strength: 3 };
  // Our own list of given names across languages, and surnames printed first ("Wang Yi"):
  // compromise's list is mostly English, so "Abukar Osman" or "Katja Wolf" got no first name.
  if (words.length > 1 && words.length <= 4 && (GIVEN_NAMES.has(words[0]!) || SURNAME_FIRST.has(words[0]!))) return { type: 'person', strength: 3 };
  // "I.M. Pei", "J.K. Rowling": initials that are no known name ("U.S.", "U.K.") before a surname.
  if (words.length === 2 && /^(?:\p{Lu}\.){1,3}$/u.test(words[0]!) && !knownName(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!)) return { type: 'person', strength: 3 };
  // "Nitish Kumar": a known surname last says person as surely as a known first name first.
  if (words.length > 1 && tags[tags.length - 1]?.has('LastName') && !tags[0]?.has('Place')) return { type: 'person', strength: 3 };
  if (words.length === 1 && tags[0]?.has('Organization')) return { type: 'organization', strength: 3 };
  return undefined;
}
