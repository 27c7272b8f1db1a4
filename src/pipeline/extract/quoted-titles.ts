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
const MAX_WORDS = 6;

const opens = (gap: string) => /(?:^|[\s(—–-])["“]$/.test(gap);
const closes = (text: string) => /^,?["”]/.test(text);

/**
 * Where a quoted title that opens at tokens[i] ends: the index of its last word, or -1. The span
 * must be one to six words between an opening and a closing double quote, the first capitalised,
 * the others capitalised or small words (any word after a foreign article), the last capitalised.
 */
export function quotedTitleEnd(tokens: Token[], i: number, sentence: string): number {
  const first = tokens[i]!;
  if (!opens(first.gapBefore) || !/^\p{Lu}/u.test(first.text)) return -1;
  const sentenceCase = FOREIGN_ARTICLES.has(first.text);
  for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (j > i && t.gapBefore !== ' ') return -1;
    const capital = /^[\p{Lu}\d]/u.test(t.text);
    if (!capital && !SMALL_WORDS.has(t.text) && !sentenceCase) return -1;
    if (t.possessive) return -1;
    // A lone common word in quotes is a scare quote ('called it "Unacceptable"'), not a title.
    if (j === i && closes(sentence.slice(t.end)) && isCommonWord(t.text)) return -1;
    if (closes(sentence.slice(t.end))) return capital || sentenceCase ? j : -1;
  }
  return -1;
}
