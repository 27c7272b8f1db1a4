/**
 * What a learned type guess reads about a name: its own shape (words, last word, ending, digits,
 * capitals) and the words around each of its mentions in the article. No Node APIs: the same
 * features are taken when training (from a gold list) and when guessing (from an extracted entity).
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Words on each side of a mention read as a bag ("drug", "launched", "festival", "mayor"). */
const CONTEXT_WORDS = 6;
/** Characters read on each side of a mention: enough for the context words. */
const WINDOW = 80;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where `name` is printed as whole words (a literal search: a RegExp per name was 50× slower). */
function* occurrences(text: string, name: string): Generator<number> {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (WORD_CHARACTER.test(text.charAt(at - 1)) || WORD_CHARACTER.test(text.charAt(at + name.length))) continue;
    yield at;
  }
}

function shapeFeatures(name: string, features: Set<string>): void {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  features.add(`n:${Math.min(words.length, 4)}`);
  features.add(`last:${last.toLowerCase()}`);
  features.add(`end:${last.slice(-3).toLowerCase()}`);
  if (words.length > 1) features.add(`first:${words[0]!.toLowerCase()}`);
  for (const word of words) features.add(`word:${word.toLowerCase()}`);
  if (/\d/u.test(name)) features.add('digit');
  if (/^[\p{Lu}\d&.-]+$/u.test(name.replace(/\s/gu, ''))) features.add('capitals');
  if (name.includes('-')) features.add('hyphen');
  // "OpenAI", "BlackRock", "McKinsey": a capital inside a word.
  if (/\p{Ll}\p{Lu}/u.test(name)) features.add('inner-capital');
}

function mentionFeatures(before: string, after: string, features: Set<string>): void {
  const wordsBefore = [...before.matchAll(WORD)].map((m) => m[0].toLowerCase());
  const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(after);
  const wordsAfter = [...after.matchAll(WORD)].map((m) => m[0].toLowerCase()).slice(possessive ? 1 : 0);
  const punctuation = /^\s*([,.;:()])/u.exec(after)?.[1];
  if (possessive) features.add('possessive');
  if (punctuation) features.add(`punct:${punctuation}`);
  const previous = wordsBefore[wordsBefore.length - 1];
  if (previous !== undefined) features.add(`before:${previous}`);
  if (wordsBefore.length > 1) features.add(`before2:${wordsBefore[wordsBefore.length - 2]}`);
  if (!punctuation && wordsAfter[0] !== undefined) features.add(`after:${wordsAfter[0]}`);
  if (!punctuation && wordsAfter[1] !== undefined) features.add(`after2:${wordsAfter[1]}`);
  for (const word of [...wordsBefore.slice(-CONTEXT_WORDS), ...wordsAfter.slice(0, CONTEXT_WORDS)]) features.add(`near:${word}`);
}

/**
 * The features of one entity in one article's text: `names` are its printed forms, the fullest
 * first. Each feature counts once however often it occurs, so a name printed ten times does not
 * outweigh the rest.
 */
export function typeFeatures(names: readonly string[], text: string): Set<string> {
  const features = new Set<string>();
  if (names.length === 0) return features;
  shapeFeatures(names[0]!, features);
  for (const name of new Set(names)) {
    if (name === '') continue;
    for (const start of occurrences(text, name)) {
      const end = start + name.length;
      mentionFeatures(text.slice(Math.max(0, start - WINDOW), start), text.slice(end, end + WINDOW), features);
    }
  }
  return features;
}
