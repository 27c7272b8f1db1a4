import { CARE_SITE_WORDS, ORGANIZATION_HEADS, ORGANIZATION_WORDS } from './lexicon/words';
import { isTeamNickname } from './team-names';
import { spellingKey } from './spelling-key';
import { isCountryOrRegionName, knownName } from './known-names';
import { isTaggedPlace } from './word-tags';
import { GIVEN_NAMES } from './lexicon/given-names';
import { groupWords as words, type LinkGroup } from './link-group';
import { linkTo, mostNamed, only, type ArticleScope } from './article-scope';

// One word of a longer name standing for it: its head, its last word, its first.

/** A place of a given name and a surname: an oil field or a site named for its person. */
const isNamedForPerson = (g: LinkGroup) => g.type === 'place' && words(g).length === 2 && GIVEN_NAMES.has(words(g)[0]!);

/**
 * A body's head word alone is its short form, when one body in the article has that head
 * ("Senate" and "Georgia Senate", "House" and "House of Representatives").
 */
export function headWordLinks(i: number, { groups, members }: ArticleScope): [number, number][] {
  const text = groups[i]!.observations[0]!.text;
  if (words(groups[i]!).length !== 1 || !(ORGANIZATION_WORDS.has(text) || ORGANIZATION_HEADS.has(text))) return [];
  // Lexicon names count here ("the Fund" for the IMF): the head word is printed, not known.
  const bodies = members.filter((l) => words(groups[l]!).length >= 2).filter((l) => {
    const w = words(groups[l]!);
    // "Hospital officials" for a hospital typed a site ("died at … Hospital"): still its name.
    return (groups[l]!.type === 'organization' || CARE_SITE_WORDS.has(text)) && (w[w.length - 1] === text || (w[0] === text && w[1] === 'of'));
  });
  return linkTo(i, only(bodies));
}

/**
 * "Couche-Tard" for "Alimentation Couche-Tard": a body's last word alone, when no other long name
 * in the article ends in it (a person's surname is linked by the clustering already).
 * Not "Rotterdam" for "Hutchison Ports ECT Rotterdam": a town's name, printed as a place, ends a
 * body's name as its location, not as its short form.
 * Nor "Australia" (the national side) for "Rugby Australia": a country ends its sport's body.
 * Nor "Inga" for the "Agency for the Development and Promotion of Grand Inga": what a body is "of"
 * ends its name, one word or two, or three with "the" ("… of the South Atlantic").
 */
export function lastWordLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const text = g.observations[0]!.text;
  const townAlone = (g.type === 'place' && isTaggedPlace(text)) || isCountryOrRegionName(text);
  if (words(g).length !== 1 || !/\p{Ll}/u.test(text) || townAlone) return [];
  // Lexicon names count ("the Fringe" for the known "Edinburgh Festival Fringe").
  // Nor "Tayside" for "NHS Tayside", printed as a place: a known body's initials before one word
  // make that word its area ("KPS Siedlce", a club no list knows, is named by its town).
  const areaAfterInitials = (w: string[]) =>
    w.length === 2 && /^\p{Lu}{2,5}$/u.test(w[0]!) && knownName(w[0]!)?.type === 'organization' && g.type === 'place' && g.strength >= 2;
  const ending = multiWord.filter((l) => spellingKey(words(groups[l]!).at(-1)!) === spellingKey(text) && !words(groups[l]!).slice(-4, -1).includes('of') && !areaAfterInitials(words(groups[l]!)));
  const body = only(ending);
  // "the Fringe" for "Edinburgh Festival Fringe": an event is named by its last word as a body is;
  // "Castberg" for the "Johan Castberg" field: so is a site named for a person.
  if (body !== undefined) {
    const type = groups[body]!.type;
    return type === 'organization' || type === 'event' || isNamedForPerson(groups[body]!) ? [[i, body]] : [];
  }
  // "the Bears' roster" in a story on the Perth Bears that recalls the North Sydney Bears: a
  // mascot alone is the team the article names most, as "the Cup" is its main event.
  const team = isTeamNickname([text]) ? mostNamed(ending.filter((l) => groups[l]!.type === 'organization'), groups) : undefined;
  return [...linkTo(i, mostNamed(ending.filter((l) => groups[l]!.type === 'event'), groups)), ...linkTo(i, team)];
}

/**
 * "Dar" for "Dar es Salaam", "Rio" for "Rio de Janeiro": a place named by its first word, when
 * one place in the article is that word, a lower-case particle and more (lexicon names count).
 * A club too: "Estudiantes" for "Estudiantes de La Plata", of one type or both typed by default.
 */
export function firstWordLinks(i: number, { groups, members }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (words(g).length !== 1) return [];
  const text = g.observations[0]!.text;
  const longer = members.filter((l) => {
    const w = words(groups[l]!);
    const same = groups[l]!.type === g.type || (g.strength === 0 && groups[l]!.strength === 0);
    // Not "England" for the "England and Wales Cricket Board": "and" joins two names, no particle.
    return same && w.length >= 3 && w[0] === text && /^\p{Ll}{1,3}$/u.test(w[1]!) && w[1] !== 'and';
  });
  return linkTo(i, only(longer));
}
