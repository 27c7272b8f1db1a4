import { PARTY_PLURALS } from './lexicon/words';
import { groupWords as words, isKnownGroup } from './link-group';
import { holdsInitials, initialsOf } from './group-initials';
import { isLong, linkTo, only, type ArticleScope } from './article-scope';

/**
 * An acronym never spelled out beside its name is the initials of a name the article prints
 * ("HPE" and "Hewlett Packard Enterprise", "FTC" and "Federal Trade Commission").
 */
export function initialsLinks(i: number, { groups, members, long, multiWord }: ArticleScope): [number, number][] {
  const text = groups[i]!.observations[0]!.text;
  if (!/^\p{Lu}{2,6}$/u.test(text)) return [];
  // Lexicon names printed in the article count, in their own form too: "FDA" beside a printed
  // "US Food and Drug Administration".
  const forms = (l: number) => [groups[l]!.observations[0]!.text, groups[l]!.observations[0]!.knownName ?? ''];
  const initialled = (withOf: boolean) => only(multiWord.filter((l) => forms(l).some((f) => f !== '' && initialsOf(f, withOf) === text)));
  const exact = initialled(false) ?? initialled(true);
  // Not when the article gave the acronym in brackets after a name: "the Swiss Syndicate of Media
  // Workers (SSM)" is its expansion, whatever else's initials "SSM" holds ("SRG SSR").
  // A one-word owner ("Tourism (CNC)") is a fragment of the name, not the name.
  const bracketed = members.some((l) => words(groups[l]!).length >= 3 && groups[l]!.observations.some((o) => o.acronym === text));
  return linkTo(i, exact ?? (bracketed ? undefined : only(long.filter((l) => groups[l]!.type === 'organization' && holdsInitials(text, groups[l]!.observations[0]!.text)))));
}

/**
 * "the Christian Democrats" for a known "Christian Democratic Union", whose acronym "CDU" holds
 * the initials of the words they share: a party's plural only, as the initials are loose.
 */
export function partyPluralLinks(i: number, { groups, members }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (!isLong(g) || g.type !== 'organization' || !PARTY_PLURALS.has(words(g).at(-1)!)) return [];
  const text = g.observations[0]!.text;
  const acronymOf = (l: number) => [groups[l]!.observations[0]!.knownName!, ...(groups[l]!.observations[0]!.knownAliases ?? [])].filter((a) => /^\p{Lu}{2,6}$/u.test(a));
  return linkTo(i, only(members.filter((l) => isKnownGroup(groups[l]!) && groups[l]!.type === 'organization' && acronymOf(l).some((a) => holdsInitials(a, text)))));
}
