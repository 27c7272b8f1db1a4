import type { Token } from './tokens';
import { isCommonWord } from './word-tags';

/**
 * Films, books, songs and shows are printed in quotes in news ("Poor Things", "Lagos by Night",
 * "The Quiet Machines", "Les Heures claires"): a short quoted span in title case is a work's name,
 * the "other" type, kept whole with its "The" and its small words. Speech in quotes has lower-case
 * words ('"Osnabrück stays"', '"fully committed"'), so it is no title.
 */

// Small words a title keeps in lower case: "Lagos by Night", "Gone with the Wind", "La casa de papel".
const SMALL_WORDS = new Set('a an the of by in on and or for to at with from as de la le les du des el los las di del da do dos und y e'.split(' '));
// Articles opening titles in languages that write titles in sentence case: "Les Heures claires",
// "La dolce vita", "Die bleierne Zeit". After one, any lower-case word may follow.
const FOREIGN_ARTICLES = new Set('Les Le La L El Los Las Il Lo Gli I Die Der Das Den Het De Os As'.split(' '));
const MAX_WORDS = 8;
const MAX_SENTENCE_CASE_WORDS = 6;
// What may stand between a title's words besides a space: a subtitle's colon or dash ("Avengers:
// Doomsday", "Mockingjay – Part 1") and an ampersand ("The Ballad of Songbirds & Snakes").
const INNER_GAP = /^(?: |: | [–—-] | & )$/u;

const opens = (gap: string) => /(?:^|[\s(—–-])["“]$/.test(gap);
// The closing quote may follow the sentence's or the clause's mark: '"Dune: Part Three."'.
const closes = (text: string) => /^[,.?!]?["”]/.test(text);

/**
 * Where a quoted title that opens at tokens[i] ends: the index of its last word, or -1. The span
 * must be one to eight words (six in sentence case) between an opening and a closing double quote, the first capitalised,
 * the others capitalised or small words (any word after a foreign article), the last capitalised.
 */
export function quotedTitleEnd(tokens: Token[], i: number, sentence: string): number {
  const first = tokens[i]!;
  if (!opens(first.gapBefore) || !/^\p{Lu}/u.test(first.text)) return -1;
  // Speech opening with "I" reads like an Italian title ("I have not decided yet"): not before an
  // English word. A title in sentence case is kept short.
  const sentenceCase = FOREIGN_ARTICLES.has(first.text) && !(first.text === 'I' && isCommonWord(tokens[i + 1]?.text ?? ''));
  const maxWords = sentenceCase ? MAX_SENTENCE_CASE_WORDS : MAX_WORDS;
  for (let j = i; j < tokens.length && j < i + maxWords; j++) {
    const t = tokens[j]!;
    if (j > i && !INNER_GAP.test(t.gapBefore)) return -1;
    const capital = /^[\p{Lu}\d]/u.test(t.text);
    if (!capital && !SMALL_WORDS.has(t.text) && !sentenceCase) return -1;
    // "Narnia: The Magician's Nephew": a possessive inside the title, never at its end.
    if (t.possessive && closes(sentence.slice(t.end))) return -1;
    // A lone common word in quotes is a scare quote ('called it "Unacceptable"'), not a title.
    if (j === i && closes(sentence.slice(t.end)) && isCommonWord(t.text)) return -1;
    if (closes(sentence.slice(t.end))) return capital || sentenceCase ? j : -1;
  }
  return -1;
}

/**
 * "Enrique "Kiki" Camarena", "Joaquín "El Chapo" Guzmán": a nickname in quotes between a given name
 * (the run so far ends with one) and a surname is inside the person's name. Returns the index of
 * the surname's token, or -1.
 */
export function nicknameSurnameAt(run: Token[], tokens: Token[], i: number, sentence: string, givenName: (word: string) => boolean): number {
  const last = run[run.length - 1];
  if (!last || !givenName(last.text) || !/^ ["“]$/u.test(tokens[i]!.gapBefore)) return -1;
  const end = quotedTitleEnd(tokens, i, sentence);
  const surname = tokens[end + 1];
  if (end < 0 || end - i > 2 || !surname || !/^["”] $/u.test(surname.gapBefore) || !/^\p{Lu}\p{Ll}/u.test(surname.text)) return -1;
  return end + 1;
}
