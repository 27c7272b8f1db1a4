import type { Token } from './tokens';
import { wordTags } from './word-tags';
import { PERSON_NOUNS } from './lexicon/person-nouns';

/**
 * "Comedian Tom Ashworth", "Economist Lotte Jansen", "Chef José Andrés": a noun for what a person
 * does (compromise tags such nouns "Actor"), opening the sentence before a given name and a
 * surname, is the person's description, not the start of the name. No list of titles needs to
 * hold it. Not "Mason Mount" nor "Marshal Tito": a word that is itself a name (a given name or
 * surname in compromise's list) keeps its place in the name.
 */
export function opensWithPersonNoun(run: Token[], isGivenName: (word: string) => boolean): boolean {
  const [first, second, third] = run;
  if (!first?.initial || !second || !third || !isGivenName(second.text) || !/^\p{Lu}\p{Ll}/u.test(third.text)) return false;
  if (isGivenName(first.text) || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  const ownTags = wordTags(first.text);
  if (ownTags.has('ProperNoun') || ownTags.has('LastName')) return false;
  const tags = wordTags(first.text.toLowerCase());
  // "Referee Anthony Taylor": the project's own person nouns count too.
  return (tags.has('Actor') || PERSON_NOUNS.has(first.text.toLowerCase())) && !tags.has('ProperNoun');
}
