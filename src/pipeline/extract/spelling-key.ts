import { EAST_ASIAN_FAMILY_NAMES } from './east-asian-names';
import { nameKey } from './known-names';

const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,4}$/u;

/**
 * A looser key than nameKey for transliterated names: "Sergei"/"Sergey", "Aleksandr"/"Alexander"
 * and doubled letters spell one name. Only used to compare names, never shown.
 */
export function spellingKey(text: string): string {
  // An acronym is spelled one way: "SLP" (the police) is not "SLPP" (the party). Not a dateline
  // ("RIYADH"), which is a name in capitals.
  if (ACRONYM.test(text)) return nameKey(text);
  // "Punatsangchhu-I" is not "Punatsangchhu-II", nor "Henry VII" "Henry VIII": a number in Roman
  // figures after the name keeps its doubled letters.
  // A hyphen stays before it: "Dhawan-II" (an engine) is no "Dhawan II" (a man's son).
  const numeral = ROMAN_NUMBER.exec(text)?.[0] ?? '';
  return (
    nameKey(text.slice(0, text.length - numeral.length))
      .replace(/ey\b/g, 'ei')
      .replace(/y/g, 'i')
      .replace(/ks/g, 'x')
      .replace(/ph/g, 'f')
      .replace(/(\p{L})\1/gu, '$1') + numeral.toLowerCase()
  );
}

const ROMAN_NUMBER = /[- ][IVX]{1,5}$/u;

const PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'la', 'le', 'van', 'von', 'bin', 'al', 'el', 'y', 'ap']);

/** East Asian family names of two letters ("Xi", "Li", "Ko", "Wu"), which name a person alone. */
const SHORT_FAMILY_NAMES = new Set([...EAST_ASIAN_FAMILY_NAMES].filter((n) => n.length === 2).map(spellingKey));

/**
 * Spelling keys of the words of a full name that can name the person alone ("Lavrov", "Lula",
 * "Xi"): two-letter words only where they are family names.
 */
export function nameWords(text: string): string[] {
  return spellingKey(text)
    .split(' ')
    .filter((w) => (w.length >= 3 || SHORT_FAMILY_NAMES.has(w)) && !PARTICLES.has(w));
}
