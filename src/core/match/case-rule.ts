import { isCombiningMark, isWordChar } from '../text/fold';

/**
 * How the letter case of a text must look for an alias to count:
 * - "exact": acronyms and dotted abbreviations ("US", "U.S.") match only as written, so "us" is no
 *   mention of the United States;
 * - "name": every capitalised word of the alias must be capitalised in the text, or the whole match
 *   is in capitals (headlines, datelines). Lower-case alias words ("de", "peninsula") may be either.
 */
export type CaseRule = 'exact' | 'name';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function caseRuleFor(alias: string): CaseRule {
  const letters = [...alias].filter((c) => /\p{L}/u.test(c));
  const isAllCaps = letters.length > 0 && letters.every((c) => UPPER.test(c));
  const hasDots = /\p{L}\.\p{L}/u.test(alias);
  return (isAllCaps && letters.length <= 6) || hasDots ? 'exact' : 'name';
}

function words(text: string): string[] {
  const result: string[] = [];
  let current = '';
  for (const ch of text) {
    if (isWordChar(ch) || (current && isCombiningMark(ch))) current += ch;
    else if (current) {
      result.push(current);
      current = '';
    }
  }
  if (current) result.push(current);
  return result;
}

/** Whether `written` (already known to equal `alias` once folded) has an acceptable letter case. */
export function caseMatches(alias: string, rule: CaseRule, written: string): boolean {
  if (rule === 'exact') {
    // Accents may differ; only the case of letters must agree, letter by letter.
    const aliasLetters = [...alias].filter((c) => /\p{L}/u.test(c));
    const writtenLetters = [...written].filter((c) => /\p{L}/u.test(c));
    return aliasLetters.every((c, i) => UPPER.test(c) === UPPER.test(writtenLetters[i] ?? ''));
  }
  if (!LOWER.test(written)) return true; // ALL CAPS
  const aliasWords = words(alias);
  const writtenWords = words(written);
  return aliasWords.every((aw, i) => {
    const ww = writtenWords[i];
    if (ww === undefined) return false;
    return !UPPER.test(aw[0]!) || UPPER.test(ww[0]!);
  });
}
