import { coreLinks } from './event-cores';
import { isKnownGroup, type LinkGroup } from './link-group';
import { articleScopes, type LinkRule } from './article-scope';
import { divisionLinks, headWordOfLinks, sameAsLinks } from './stated-links';
import { initialsLinks, partyPluralLinks } from './initials-links';
import { firstWordLinks, headWordLinks, lastWordLinks } from './one-word-links';
import { airportLinks, bareFeatureLinks, islandLinks, placeEndingLinks, shipLinks } from './feature-links';
import { coinedWordLinks, companyTailLinks, knownCompanyFirstWordLinks, knownCompanyPlusOneLinks, lenderTailLinks, locatedClubLinks, nicknamedClubLinks } from './company-short-links';
import { countryLinks, fieldFirstLinks, openingLinks, withoutOfLinks, withoutPlaceLinks } from './qualified-links';

/** Rules for every name, a lexicon's included: what the article states, events by their core, divisions. */
const EVERY_NAME_RULES: LinkRule[] = [(i, s) => coreLinks(i, s.groups, s.multiWord, s.keyOf), sameAsLinks, divisionLinks];

/** Rules for the names no lexicon knows: a known name ("Chad") is itself, no short form of another. */
const UNKNOWN_NAME_RULES: LinkRule[] = [
  openingLinks, countryLinks, initialsLinks, headWordLinks, lastWordLinks, firstWordLinks,
  bareFeatureLinks, islandLinks, shipLinks, airportLinks,
  knownCompanyFirstWordLinks, knownCompanyPlusOneLinks, coinedWordLinks, fieldFirstLinks,
  nicknamedClubLinks, locatedClubLinks, withoutPlaceLinks, partyPluralLinks, placeEndingLinks,
  withoutOfLinks, companyTailLinks, lenderTailLinks, headWordOfLinks,
];

/**
 * Links between groups that one article's own wording proves, as pairs of group indices: a short
 * form and the full name it stands for. Each rule says which short forms it takes:
 * - what the article states (stated-links.ts: "known as", a head word given a name, "Enga" for
 *   "Enga Province");
 * - acronyms and initials (initials-links.ts: "FTC" for "Federal Trade Commission");
 * - one word of a longer name (one-word-links.ts: "Senate", "Couche-Tard", "Rio");
 * - places, storms and craft without their class word (feature-links.ts: "Everest", "Nuyina");
 * - companies, clubs and lenders without some of their words (company-short-links.ts: "Samsung",
 *   "Northampton", "Novo");
 * - names without a country or an "of" part (qualified-links.ts: "Labour Code", "Supreme Court"),
 *   and events by their core (event-cores.ts: "Black Nights").
 * Only within one article: another article's "Senate" may be another country's.
 */
export function articleLinks(groups: LinkGroup[]): [number, number][] {
  const links: [number, number][] = [];
  for (const scope of articleScopes(groups)) {
    for (const i of scope.members) {
      for (const rule of EVERY_NAME_RULES) links.push(...rule(i, scope));
      if (isKnownGroup(groups[i]!)) continue;
      for (const rule of UNKNOWN_NAME_RULES) links.push(...rule(i, scope));
    }
  }
  return links;
}
