import { IS_LOWER, IS_MARK, IS_UPPER, IS_WORD, isLetter, isUpperCase, unitFlags } from '../text/char-tables';

/**
 * How the letter case of a text must look for an alias to count, packed into one integer so a
 * compiled dataset stores it as a number, and a check reads the page text in place:
 * - exact (negative): acronyms and dotted abbreviations ("US", "U.S.") match only with the same
 *   letters in capitals, so "us" is no mention of the United States (accents may differ);
 * - name (non-negative): every capitalised word of the alias must be capitalised in the text, or
 *   the whole match is in capitals (headlines, datelines). Lower-case alias words ("de",
 *   "peninsula") may be either.
 */
export type CasePattern = number;

const MAX_WORDS = 24;
const WORD_COUNT = 2 ** MAX_WORDS;
const MAX_EXACT_LETTERS = 20;

/**
 * Every word capitalised, however many: what a matcher checks for the aliases with no stored
 * pattern, whose words are the matched text's words (so it never needs to count the alias's).
 * Above every packed pattern.
 */
export const EVERY_WORD: CasePattern = 2 ** 30;

/** The pattern of a name whose every word is capitalised ("Sergei Lavrov"): most aliases. */
export function everyWordCapitalised(words: number): CasePattern {
  const counted = Math.min(words, MAX_WORDS);
  return counted * WORD_COUNT + (2 ** counted - 1);
}

export function casePatternOf(alias: string): CasePattern {
  const letters = [...alias].filter((c) => /\p{L}/u.test(c));
  const isAllCaps = letters.length > 0 && letters.every((c) => /\p{Lu}/u.test(c));
  const hasDots = /\p{L}\.\p{L}/u.test(alias);
  if (((isAllCaps && letters.length <= 6) || hasDots) && letters.length <= MAX_EXACT_LETTERS) {
    const upperMask = letters.reduce((mask, c, i) => (/\p{Lu}/u.test(c) ? mask | (1 << i) : mask), 0);
    return -1 - (upperMask * 32 + letters.length);
  }
  const words = alias.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  const capitalised = words.slice(0, MAX_WORDS).reduce((mask, w, i) => (/\p{Lu}/u.test(w[0]!) ? mask | (1 << i) : mask), 0);
  return Math.min(words.length, MAX_WORDS) * WORD_COUNT + capitalised;
}

/** Whether `text` from `start` to `end` (equal to the alias once folded) has an acceptable case. */
export function caseFits(pattern: CasePattern, text: string, start: number, end: number): boolean {
  return pattern < 0 ? exactFits(-1 - pattern, text, start, end) : nameFits(pattern, text, start, end);
}

function exactFits(packed: number, text: string, start: number, end: number): boolean {
  const count = packed & 31;
  const upperMask = packed >>> 5;
  let i = 0;
  for (let j = start; j < end && i < count; j++) {
    const unit = text.charCodeAt(j);
    if (!isLetter(unit)) continue;
    if (isUpperCase(unit) !== ((upperMask >>> i) & 1) > 0) return false;
    i++;
  }
  // Letters the text lacks count as not capitals.
  for (; i < count; i++) if ((upperMask >>> i) & 1) return false;
  return true;
}

/**
 * The capitalised words first: one unit decides it for a one-word name, which most matches are.
 * Only when they fail is the whole match read for a lower-case letter (a headline in capitals).
 */
function nameFits(pattern: number, text: string, start: number, end: number): boolean {
  const every = pattern === EVERY_WORD;
  const words = every ? 0 : Math.floor(pattern / WORD_COUNT);
  const capitalised = every ? -1 : pattern % WORD_COUNT;
  let w = 0;
  let inWord = false;
  let fits = true;
  for (let j = start; j < end; j++) {
    const f = unitFlags(text.charCodeAt(j));
    if (f & IS_WORD) {
      if (!inWord) {
        if (w < MAX_WORDS && (capitalised >>> w) & 1 && !(f & IS_UPPER)) {
          fits = false;
          break;
        }
        w++;
        inWord = true;
      }
    } else if (!(f & IS_MARK && inWord)) inWord = false;
  }
  if (fits && w >= words) return true;
  for (let j = start; j < end; j++) if (unitFlags(text.charCodeAt(j)) & IS_LOWER) return false;
  return true;
}
