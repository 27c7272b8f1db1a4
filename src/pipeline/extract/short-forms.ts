import { knownName } from './known-names';
import type { Token } from './tokens';

/**
 * "Malaysian Meteorological Department (MetMalaysia)", "Philippine Health Insurance Corporation
 * (PhilHealth)": a short form in parentheses blending the long name's words, each part with its
 * capital, opening with the first letters of one of them. Not a company's own name after another
 * ("Microsoft (OpenAI)"), whose first letters open none of the long name's words.
 */
export function isBlendedShortForm(text: string, name: Token[]): boolean {
  if (name.length < 2 || !/^\p{Lu}\p{Ll}+\p{Lu}\p{L}+$/u.test(text) || knownName(text)) return false;
  const opening = text.slice(0, 3).toLowerCase();
  return name.some((t) => t.text.toLowerCase().startsWith(opening));
}
