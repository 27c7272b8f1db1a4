import { HOLIDAYS, MONTHS, WEEKDAYS } from './lexicon/words';
import type { Token } from './tokens';

// A word of a name, asked by the joins of name-joins.ts and the field lists of field-names.ts
// (kept apart so neither imports the other).

// "60 Labour MPs", "Green MEPs": members' plural abbreviations name no one.
const MEMBERS_PLURALS = new Set(['MPs', 'MEPs', 'MSPs', 'MLAs', 'MPPs', 'TDs', 'MKs']);
// "a Ba3 rating": Moody's grades name nothing (not "A3" or "B1", which models and roads share).
const CREDIT_GRADE = /^(?:Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])$/;
const NOT_NAME_WORDS = (t: Token) => MONTHS.has(t.text) || WEEKDAYS.has(t.text) || HOLIDAYS.has(t.text) || MEMBERS_PLURALS.has(t.text) || CREDIT_GRADE.test(t.text);

/** A capitalised word that may be part of a name: not a month, a weekday, a holiday or a credit grade. */
export function isNameWord(t: Token): boolean {
  return t.capitalised && !NOT_NAME_WORDS(t) && /\p{L}/u.test(t.text);
}
