import nlp from 'compromise';

/**
 * compromise's lexicon tags for one word on its own ("Caracas" → Place, "Sergei" → FirstName,
 * "Despite" → Preposition). Used as a dictionary, not as a tagger of whole sentences: out of the
 * box its entity tagging is weak (F1 0.54 on news), but its word lists are good. Cached, since
 * the same words recur across articles.
 */
const cache = new Map<string, ReadonlySet<string>>();

export function wordTags(word: string): ReadonlySet<string> {
  let tags = cache.get(word);
  if (!tags) {
    const terms = nlp(word).json() as { terms: { tags: string[] }[] }[];
    tags = new Set(terms.length === 1 && terms[0]!.terms.length === 1 ? terms[0]!.terms[0]!.tags : []);
    cache.set(word, tags);
  }
  return tags;
}

const PLACE_TAGS = ['Place', 'City', 'Country'];

/** Whether compromise tags a set of tags (one word's, or one word of a phrase) as a place. */
export const hasPlaceTag = (tags: ReadonlySet<string> | undefined): boolean => tags !== undefined && PLACE_TAGS.some((t) => tags.has(t));

/** Whether compromise knows the word on its own as a place ("Santiago", "Rotterdam"). */
export const isTaggedPlace = (word: string): boolean => hasPlaceTag(wordTags(word));

/** Whether compromise knows the word as a person's (a given name, a surname, a person). */
export const isTaggedPerson = (word: string): boolean => ((tags) => tags.has('FirstName') || tags.has('LastName') || tags.has('Person'))(wordTags(word));

const LEXICON = ((nlp as unknown as { world(): { model?: { one?: { lexicon?: Record<string, unknown> } } } }).world().model?.one?.lexicon ?? {}) as Record<string, unknown>;

/**
 * Whether compromise's own word list holds the word in lower case ("nobody", "someone"): its tags
 * for other words are guesses from their spelling, so "Transnet" is not in it.
 */
export function isListedWord(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(LEXICON, word.toLowerCase());
}

const NOT_NAME_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord', 'Modal', 'Value'];

/** Whether a sentence-initial capitalised word is a common word rather than the start of a name. */
export function isCommonWord(word: string): boolean {
  // "Zelensky said": compromise guesses an adjective from the "-y"; Slavic surnames in "-sky" or
  // "-ski" that its list does not hold are names. Seven letters at least: "Risky" is a word.
  if (/^\p{L}{4,}(?:sky|skyi|skiy|ski)$/u.test(word) && !isListedWord(word)) return false;
  const tags = wordTags(word.toLowerCase());
  if (tags.has('ProperNoun') || tags.size === 0) return false;
  return NOT_NAME_TAGS.some((t) => tags.has(t)) || (tags.has('Adjective') && !tags.has('Noun'));
}

/** compromise's tags for each word of a multi-word name, read as one phrase ("Goldman Sachs"). */
export function phraseTags(phrase: string): ReadonlySet<string>[] {
  const terms = (nlp(phrase).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms);
  return terms.map((t) => new Set(t.tags));
}
