import { isKnownClubName } from './club-names';
import { COMPANY_TAILS, COMPANY_WORDS } from './lexicon/company-words';
import type { Token } from './tokens';
import {
  HONORIFICS,
  INITIATIVE_WORDS,
  LENDING_WORDS,
  PLACE_WORDS,
  COMPASS_WORDS,
  ORGANIZATION_WORDS,
  PARTY_PLURALS,
  PUBLIC_BODY_WORDS,
  TAX_WORDS,
} from './lexicon/words';
import { GROUP_NOUNS_AFTER } from './lexicon/context-nouns';
import { joinTokens } from './role-split';
import { bracketedPlaceEnd } from './statute-names';
import { beginsKnownNameWithAnd, isCountryOrRegionName, knownName } from './known-names';
import { isPortfolioNamedLikeParty, namesOneDepartment } from './field-names';
import { isListedWord, wordTags } from './word-tags';
import { isPortfolioWord } from './lexicon/portfolio-words';

// Names with an "and" inside: "Competition and Markets Authority", "Kestrel Oil and Gas",
// "Peace and Friendship Stadium". Split from name-joins.ts, which asks joinsAcrossAnd.

// Events named for the fields they show: "… Aviation and Aerospace Exhibition", "… Arts and Crafts Fair".
const EXHIBITION_WORDS = new Set(['Exhibition', 'Expo', 'Fair', 'Show', 'Festival']);
// A legislature's chambers, whose committees are named after them: "Senate Business and Commerce Committee".
export const CHAMBER_WORDS = new Set(['Senate', 'House', 'Assembly', 'Parliament', 'Congress']);
// A state company's last word, after the services it is named for.
const STATE_COMPANY_WORDS = new Set(['Company', 'Corporation']);
// "Peace and Friendship Stadium", "Ulker Sports and Event Hall": venues named for two things.
const VENUE_WORDS = new Set(['Stadium', 'Arena', 'Hall']);

/**
 * "the Socialists and Democrats group", "European Conservatives and Reformists group": two party
 * plurals joined by "and" and followed by a group noun are one group's name. Without the noun
 * ("Republicans and Democrats agreed") they stay two camps.
 */
function namesOneGroup(run: Token[], tokens: Token[], i: number): boolean {
  const before = run[run.length - 1]!;
  const after = tokens[i + 1];
  const noun = tokens[i + 2];
  if (!after || !noun || !after.capitalised || noun.capitalised || !/^ $/.test(after.gapBefore) || !/^ $/.test(noun.gapBefore)) return false;
  const plurals = [before.text, after.text];
  return plurals.every((w) => /\p{Ll}s$/u.test(w)) && plurals.some((w) => PARTY_PLURALS.has(w)) && GROUP_NOUNS_AFTER.has(noun.text);
}

/**
 * "CHIPS and Science Act": a law named by an acronym of its own (unknown to the lexicons), "and",
 * then one or two plain capitalised words ending in a law's word. Not "NATO and Defence Council"
 * (a known body), nor "IBM and Science Advisers" (no law's word last).
 */
function namesOneLawAfterAcronym(run: Token[], tokens: Token[], i: number): boolean {
  const acronym = run.length === 1 ? run[0]! : undefined;
  if (!acronym || !acronym.allCaps || acronym.text.length < 3 || knownName(acronym.text)) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (!t.capitalised || !/^ $/.test(t.gapBefore) || t.allCaps || t.possessive) return false;
    if (INITIATIVE_WORDS.has(t.text)) return j > i + 1;
  }
  return false;
}

/**
 * A field's or a quality's word ("Trade", "Rural", "Industrial"), no name's: a portfolio's word, a
 * common word the tagger lists, or an adjective by its ending. The tagger calls any unknown word a
 * noun ("Kestrel"), so its guesses do not count.
 */
export function isFieldOrQuality(t: Token): boolean {
  if (t.allCaps || t.possessive || knownName(t.text)) return false;
  const listed = isListedWord(t.text) && !wordTags(t.text.toLowerCase()).has('ProperNoun');
  return listed || isPortfolioWord(t.text) || /^\p{Lu}\p{Ll}{3,}(?:ial|ural|ive)$/u.test(t.text);
}

/** "Burumcekci Research and Consulting", "Kestrel Oil and Gas": a firm's two trades joined by "and". */
function namesOneFirm(run: Token[], tokens: Token[], i: number): boolean {
  const tail = (t: Token | undefined) => t !== undefined && (COMPANY_TAILS.has(t.text) || COMPANY_WORDS.has(t.text));
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return run.length >= 2 && tail(run[run.length - 1]) && tail(next) && next!.gapBefore === ' ' && !(after?.capitalised && after.gapBefore === ' ');
}

/**
 * "Competition and Markets Authority", "Food and Drug Administration": one or two plain words,
 * "and", then at most four capitalised words ending in a public body's word ("Rwanda Agriculture
 * and Animal Resources Development Board"). Company words ("Networks", "Group") do not count, so
 * "HPE and Juniper Networks" stays two names, nor do acronyms, names a lexicon knows or party
 * plurals before "and".
 */
function namesOneBody(run: Token[], tokens: Token[], i: number): boolean {
  // "Labour and Social Security Inspectorate": a portfolio's word a lexicon knows as a party is plain.
  const portfolio = isPortfolioNamedLikeParty;
  const plain = (t: Token) => !t.allCaps && !t.possessive && (!knownName(t.text) || portfolio(t)) && !PARTY_PLURALS.has(t.text) && !ORGANIZATION_WORDS.has(t.text) && !HONORIFICS.has(t.text);
  // "Bangladesh Garment and Industrial Workers Federation": a body may be named for its country first.
  const body = run[0]!.text === 'The' ? run.slice(1) : run;
  // "New Mexico Oil and Gas Association": the place may take more than one word.
  // "Hindu Kush Himalaya Monitoring and Assessment Programme": or places one after the other.
  let placeWords = 0;
  for (let more = 1; more > 0; placeWords += more) more = [3, 2, 1].find((k) => placeWords + k < body.length && knownName(joinTokens(body.slice(placeWords, placeWords + k)))?.type === 'place') ?? 0;
  const own = body.slice(placeWords);
  // "African Union Support and Stabilization Mission": a body may be named for the body it serves
  // first; the words after that body's own word are what must be plain.
  // "Senate Business and Commerce Committee": so may a chamber's committee be named after its
  // chamber; not "Senate Finance and House Appropriations Committee", two chambers' committees.
  const parentEnd = own.map((t) => ORGANIZATION_WORDS.has(t.text)).lastIndexOf(true);
  const chamberFirst = parentEnd === 0 && CHAMBER_WORDS.has(own[0]!.text) && !CHAMBER_WORDS.has(tokens[i + 1]?.text ?? '');
  const served = (parentEnd > 0 || chamberFirst) && parentEnd < own.length - 1 ? own.slice(parentEnd + 1) : own;
  // "National Disaster Risk Reduction and Management Council": up to four plain words before "and".
  // A law or agreement may have a body's word there: "Foreign Exchange and Foreign Trade Act".
  const bodyWord = (t: Token) => ORGANIZATION_WORDS.has(t.text) && !t.allCaps && !t.possessive;
  // "Resolution 2719 and Senate Bill 5": a numbered name is whole before "and".
  if (own.length > 4 || !own.every((t) => plain(t) || bodyWord(t)) || own.some((t) => /^\d/.test(t.text)) || (knownName(joinTokens(run)) && !(run.length === 1 && portfolio(run[0]!)))) return false;
  const ownPlain = served.every(plain);
  // Whether the words on both sides of "and", up to tokens[j], are fields or qualities ("Trade", "Rural").
  const fieldsBefore = (j: number) => [...served, ...tokens.slice(i + 1, j)].every(isFieldOrQuality);
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    // "Mines and Minerals (Amendment) Bill": a statute's bracket after the field's words.
    if (j > i + 1 && t.gapBefore === ' (' && bracketedPlaceEnd(tokens, j, 1) > 0) return true;
    if (!t.capitalised || !/^ $/.test(t.gapBefore) || t.allCaps) return false;
    // Not "Labour and Green Party": two parties, the first a portfolio's word.
    if (PUBLIC_BODY_WORDS.has(t.text) && !TAX_WORDS.has(tokens[j + 1]?.text ?? '')) return ownPlain && j > i + 1 && !(t.text === 'Party' && own.some(portfolio));
    // "China International Aviation and Aerospace Exhibition": an exhibition named for two fields,
    // which a body's word ("International") may qualify; it ends the name.
    const nameGoesOn = tokens[j + 1]?.capitalised === true && tokens[j + 1]!.gapBefore === ' ';
    if (EXHIBITION_WORDS.has(t.text) && j > i + 1 && !nameGoesOn) return served.every((w) => plain(w) || bodyWord(w));
    // "Athens Water Supply and Sewerage Company", "Korea Mine Rehabilitation and Mineral Resources
    // Corporation": a state company named for its two services. Not "Itochu and Sumitomo
    // Corporation": a known name before "and" is a company of its own (plain words only).
    if (STATE_COMPANY_WORDS.has(t.text) && j > i + 1 && !nameGoesOn) return ownPlain;
    // "Comprehensive and Progressive Agreement for Trans-Pacific Partnership": an agreement or a law
    // named for two qualities or fields ends in its own word.
    if (INITIATIVE_WORDS.has(t.text)) return j > i + 1;
    // "Goods and Services Tax", "Alcohol and Tobacco Duty": a tax named for what it is levied on.
    if (TAX_WORDS.has(t.text)) return j > i + 1;
    // "Resilience and Sustainability Facility", "Poverty Reduction and Growth Facility": a lender's facility.
    if (t.text === 'Facility' && LENDING_WORDS.has(tokens[j - 1]!.text)) return ownPlain && j > i + 1;
    // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": departments named
    // "<field> and <field> <country>", the country last after at least one more word.
    // Not "Northern Territory and South Australia": two places, the first ending in a place word.
    // Not "Isar Aerospace and Rocket Factory Augsburg": a city there is a company's, and ends two names.
    // Nor "Victoria and New South Wales": the words after "and" are a place's whole name; nor
    // "Bharat PetroResources and Oil India", where they are a known company's.
    const typeAfter = knownName(joinTokens(tokens.slice(i + 1, j + 1)))?.type;
    // Nor "Ucell and Beeline Uzbekistan": the words before the country are fields, not names.
    if (knownName(t.text)?.type === 'place') return ownPlain && fieldsBefore(j) && j > i + 1 && typeAfter !== 'place' && typeAfter !== 'organization' && isCountryOrRegionName(t.text) && !PLACE_WORDS.has(run[run.length - 1]!.text) && !COMPASS_WORDS.has(tokens[i + 1]!.text);
    // "Trade and Development Bank", "Agriculture and Rural Development Bank": a bank named for the
    // fields it lends to. Not "Kestrel and Orrin Bank": the words must be common ones.
    if (t.text === 'Bank' && j > i + 1 && fieldsBefore(j)) return true;
    // "Securities and Exchange Commission": a body's word may come before the last one; so may a
    // portfolio's word a party's name shares ("Employment and Labour Relations Court").
    if (!plain(t) && !ORGANIZATION_WORDS.has(t.text) && !(isPortfolioWord(t.text) && knownName(t.text)?.type === 'organization')) return false;
    if (t.possessive) return false;
  }
  return false;
}

/**
 * "Immigration and Customs Enforcement", "U.S. Customs and Border Protection": "and" inside a name a
 * lexicon knows, when up to three capitalised words after it complete that name.
 */
function namesOneKnown(run: Token[], tokens: Token[], i: number): boolean {
  return completesKnownName(run[0]!.text === 'The' ? run.slice(1) : run, tokens, i, () => true);
}

/**
 * "Law Association of Trinidad and Tobago", "Court of Bosnia and Herzegovina": a body "of" a
 * country whose own name has an "and" goes on to its end.
 */
function namesOneOfKnownPlace(run: Token[], tokens: Token[], i: number): boolean {
  const of = run.map((t) => t.text).lastIndexOf('of');
  return of > 0 && completesKnownName(run.slice(of + 1), tokens, i, (type) => type === 'place');
}

/** Whether `words`, "and" at tokens[i] and up to three capitalised words after it make a known name. */
function completesKnownName(words: Token[], tokens: Token[], i: number, typeFits: (type: string) => boolean): boolean {
  let text = joinTokens(words);
  if (words.length === 0 || !beginsKnownNameWithAnd(text)) return false;
  text += ' and';
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (!tokens[j]!.capitalised || tokens[j]!.gapBefore !== ' ') return false;
    text += ` ${tokens[j]!.text}`;
    const known = knownName(text);
    if (known !== undefined) return typeFits(known.type);
  }
  return false;
}

/**
 * "Peace and Friendship Stadium", "Ulker Sports and Event Hall": a venue named for two things, of
 * one or two words each, ends in its own word. A sponsor may open it, but not a club, a place or a
 * person: "Arsenal and Emirates Stadium", "Kestrel Group and Vale Arena" are two names.
 */
function namesOneVenue(run: Token[], tokens: Token[], i: number): boolean {
  const own = run[0]!.text === 'The' ? run.slice(1) : run;
  const word = (t: Token) => t.capitalised && !t.allCaps && !t.possessive && !isKnownClubName([t.text]) && !['place', 'person'].includes(knownName(t.text)?.type ?? '');
  const after = tokens.slice(i + 1, i + 4);
  const end = after.findIndex((t) => VENUE_WORDS.has(t.text));
  const next = tokens[i + end + 2];
  if (own.length === 0 || own.length > 2 || end < 1 || (next?.capitalised && next.gapBefore === ' ')) return false;
  const second = after.slice(0, end + 1);
  return [...own, ...second].every((t) => word(t) && !COMPANY_WORDS.has(t.text)) && second.every((t) => t.gapBefore === ' ' && !knownName(t.text));
}

/** Whether "and" at tokens[i] joins the run before it to the capitalised words after it into one name. */
export function joinsAcrossAnd(run: Token[], tokens: Token[], i: number): boolean {
  return namesOneFirm(run, tokens, i) || namesOneGroup(run, tokens, i) || namesOneBody(run, tokens, i) || namesOneKnown(run, tokens, i) || namesOneOfKnownPlace(run, tokens, i) || namesOneVenue(run, tokens, i) || namesOneLawAfterAcronym(run, tokens, i) || namesOneDepartment(run, tokens, i);
}
