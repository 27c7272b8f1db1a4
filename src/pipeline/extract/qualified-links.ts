import { spellingKey } from './spelling-key';
import { isKnownPlace, placeOfAdjective } from './known-names';
import { countryOfShortForm } from './country-short-forms';
import { openingShortForm } from './opening-short-forms';
import { prizeOfFirstWord } from './prize-short-form';
import { groupWords as words } from './link-group';
import { isLong, linkTo, only, type ArticleScope } from './article-scope';

// Names printed once with words that qualify them (a country, an "of" part) and then without.

const LAW_WORDS = new Set(['Act', 'Law', 'Code', 'Bill']);

/**
 * Words before a name that qualify it without making another thing of it: a known place
 * ("Canada Labour Code"), a place's adjective ("Philippine Coast Guard"), a body's initials ("CAF
 * Champions League"), or for a law any capitalised words ("Judicial Council Restoration Act" is
 * the "Restoration Act"; laws are cited by their short titles).
 */
function isQualifier(prefix: string[], short: string[]): boolean {
  if (isKnownPlace(prefix)) return true;
  if (prefix.length === 1 && (placeOfAdjective(prefix[0]!) !== undefined || /^\p{Lu}{2,5}$/u.test(prefix[0]!))) return true;
  return LAW_WORDS.has(short[short.length - 1]!) && prefix.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * Whether `full` is `short` with a qualifier before it (isQualifier) or a known place after it
 * with "of" ("Freedom Party of Austria").
 */
function namedWithPlace(full: string[], short: string[]): boolean {
  const extra = full.length - short.length;
  if (extra < 1) return false;
  if (full.slice(extra).join(' ') === short.join(' ') && isQualifier(full.slice(0, extra), short)) return true;
  const after = full.slice(short.length);
  return full.slice(0, short.length).join(' ') === short.join(' ') && after[0] === 'of' && isKnownPlace(after.slice(after[1] === 'the' ? 2 : 1));
}

/**
 * "the Labour Code" for "the Canada Labour Code", "the Freedom Party" for the "Freedom Party of
 * Austria": a name of two words or more, printed once with a known place before it or after "of",
 * is that name without its country. Lexicon names count: "the Freedom Party" for a known "Freedom
 * Party of Austria".
 */
export function withoutPlaceLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (!isLong(g)) return [];
  const placed = multiWord.filter((l) => l !== i && groups[l]!.type === g.type && namedWithPlace(words(groups[l]!), words(g)));
  return placed.length === 1 ? linkTo(i, only(placed)) : [];
}

/**
 * "the Supreme Court" for "the Supreme Court of Justice of the Nation": a body of two words or
 * more named without its "of" part, when one long body in the article opens with it so.
 */
export function withoutOfLinks(i: number, { groups, long }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (!isLong(g) || g.type !== 'organization') return [];
  const opening = `${words(g).join(' ')} of`;
  const fuller = long.filter((l) => l !== i && groups[l]!.type === 'organization' && words(groups[l]!).slice(0, words(g).length + 1).join(' ') === opening);
  return fuller.length === 1 ? linkTo(i, only(fuller)) : [];
}

/**
 * "the Commerce Department" for "the Department of Commerce", "the Finance Ministry" for the
 * "Ministry of Finance": a department or ministry named with its field first, when one body in
 * the article is named with it after "of".
 */
export function fieldFirstLinks(i: number, { groups, keyOf }: ArticleScope): [number, number][] {
  const fieldFirst = /^(\S+(?: \S+)?) (Department|Ministry)$/u.exec(groups[i]!.observations[0]!.text);
  if (!fieldFirst || groups[i]!.type !== 'organization') return [];
  const ofField = keyOf.get(spellingKey(`${fieldFirst[2]} of ${fieldFirst[1]}`)) ?? keyOf.get(spellingKey(`${fieldFirst[2]} of the ${fieldFirst[1]}`));
  return ofField !== undefined && ofField !== i ? [[i, ofField]] : [];
}

/** "America" beside "United States": the article's bare form of the country it names. */
export function countryLinks(i: number, { groups, countries }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const country = g.type === 'place' ? countryOfShortForm(g.observations[0]!.text, new Set(countries.keys())) : undefined;
  return linkTo(i, country === undefined ? undefined : countries.get(country));
}

/**
 * A name of two words or more that opens one longer name ("Pan Continental",
 * opening-short-forms.ts), or a prize named by its first word (prize-short-form.ts).
 */
export function openingLinks(i: number, { groups, members, multiWord }: ArticleScope): [number, number][] {
  return linkTo(i, openingShortForm(i, groups, multiWord) ?? prizeOfFirstWord(i, groups, members));
}
