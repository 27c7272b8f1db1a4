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

const isLetter = (c: string) => /\p{L}/u.test(c);

/**
 * A check of whether `written` (already known to equal `alias` once folded) has an acceptable
 * letter case. The alias side is worked out once here, not on every match.
 */
export function caseCheckFor(alias: string, rule: CaseRule): (written: string) => boolean {
  if (rule === 'exact') {
    // Accents may differ; only the case of letters must agree, letter by letter.
    const upper = [...alias].filter(isLetter).map((c) => UPPER.test(c));
    return (written) => {
      const letters = [...written].filter(isLetter);
      return upper.every((u, i) => u === UPPER.test(letters[i] ?? ''));
    };
  }
  const capitalised = words(alias).map((w) => UPPER.test(w[0]!));
  return (written) => {
    if (!LOWER.test(written)) return true; // ALL CAPS
    const writtenWords = words(written);
    return capitalised.every((mustBeUpper, i) => {
      const ww = writtenWords[i];
      return ww !== undefined && (!mustBeUpper || UPPER.test(ww[0]!));
    });
  };
}
