import { knownName } from './known-names';
import { holdsInitials } from './group-initials';
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

/**
 * "Refineria di Aruba (RdA)", "Banco do Brasil (BdB)": initials that keep a particle's in lower
 * case, each letter the first of the name's words in turn, in that word's case.
 */
export function isParticleInitials(text: string, name: Token[]): boolean {
  if (!/\p{Ll}/u.test(text) || (text.match(/\p{Lu}/gu)?.length ?? 0) < 2 || knownName(text)) return false;
  return text.length === name.length && name.every((t, k) => t.text[0] === text[k]);
}

/**
 * "African Space Agency (AfSA)", "African Development Bank (AfDB)": the capitals spell the initials
 * of the long name's capitalised words, and a lower-case letter or two after a capital lengthen one
 * of them ("Af" for "African").
 */
export function isLengthenedInitials(text: string, name: Token[]): boolean {
  if (!/^(?:\p{Lu}\p{Ll}{0,2}){2,6}$/u.test(text) || !/\p{Ll}/u.test(text) || !/\p{Lu}$/u.test(text) || knownName(text)) return false;
  const words = name.filter((t) => t.capitalised && t.text !== 'The');
  const parts = text.match(/\p{Lu}\p{Ll}*/gu)!;
  return parts.length === words.length && parts.every((part, k) => words[k]!.text.startsWith(part));
}

/**
 * "Tertiary Education Trust Fund (TETFund)", "South African National Parks (SANParks)": the
 * initials of the long name's words but its last, then that last word spelled out.
 */
export function isInitialsThenLastWord(text: string, name: Token[]): boolean {
  const parts = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}+)$/u.exec(text);
  const words = name.filter((t) => t.capitalised && t.text !== 'The');
  if (!parts || words.length < 3 || words.at(-1)!.text !== parts[2] || knownName(text)) return false;
  return words.slice(0, -1).map((t) => t.text[0]).join('') === parts[1];
}

const capitalisedWords = (name: Token[]) => name.filter((t) => t.capitalised && t.text !== 'The').map((t) => t.text);

/**
 * "Movement for Democracy (MpD)", "University of Amsterdam (UvA)", "Ministry of Digital Economy and
 * Entrepreneurship (MoDEE)": lower-case letters for the small words, from the name's own language
 * or another, between capitals that spell the initials of its capitalised words.
 */
export function isCapitalInitials(text: string, name: Token[]): boolean {
  if (!/^\p{Lu}\p{L}{1,7}$/u.test(text) || !/\p{Ll}/u.test(text) || knownName(text)) return false;
  // "(BuCor)" may end in lower case after a name of three words; "(KRa)" after two, or a plural's
  // "s" ("(KPUs)" after a name in the singular), is no short form of it.
  if (/\p{Ll}$/u.test(text) && (name.length < 3 || text.endsWith('s'))) return false;
  const capitals = text.replace(/\P{Lu}/gu, '');
  return capitals.length >= 2 && capitals === capitalisedWords(name).map((w) => w[0]).join('');
}

/**
 * "Japan Postal Group Union (JP Union)", "Financial Sector Deepening Zambia (FSD Zambia)": the
 * initials of the name's words, then its last word; or "Civil Aviation Safety Authority of Papua
 * New Guinea (CASA PNG)": its initials in two parts.
 */
export function isInitialsAndWord(first: string, second: string, name: Token[]): boolean {
  const words = capitalisedWords(name);
  if (!/^\p{Lu}{2,6}$/u.test(first) || words.length < 3) return false;
  if (second === words.at(-1)) return holdsInitials(first, words.slice(0, -1).join(' '));
  return /^\p{Lu}{2,4}$/u.test(second) && words.map((w) => w[0]).join('') === first + second;
}
