import { isKnownClubName } from './club-names';
import { typeByEnding } from './name-endings';
import { joinsCampusName } from './campus-names';
import { COMPANY_TAILS, COMPANY_WORDS } from './lexicon/company-words';
import { joinsCaseName } from './case-names';
import type { Token } from './tokens';
import {
  AWARD_WORDS,
  CONNECTORS,
  HONORIFICS,
  INITIATIVE_WORDS,
  LENDING_WORDS,
  PLACE_WORDS,
  COMPASS_WORDS,
  MONTHS,
  ORGANIZATION_WORDS,
  PARTY_PLURALS,
  PUBLIC_BODY_WORDS,
  TAX_WORDS,
  WEEKDAYS,
} from './lexicon/words';
import { GROUP_NOUNS_AFTER } from './lexicon/context-nouns';
import { joinTokens } from './role-split';
import { isNameWord } from './name-word';
import { bracketedPlaceEnd } from './statute-names';
import { beginsKnownNameWithAnd, isCountryOrRegionName, knownFormsThrough, knownName, nameKey } from './known-names';
import { OFFICE_NOUN, ofJoins } from './of-link';
import { isPortfolioNamedLikeParty, namesOneCause, namesOneDepartment, namesSchemeBy } from './field-names';
import { hasPlaceTag, isCommonWord, isListedWord, isTaggedPlace, wordTags } from './word-tags';
import { isPortfolioWord } from './lexicon/portfolio-words';

// When a lower-case word ("and", "of", "in", "for") joins the capitalised words on either side of
// it into one name: "Competition and Markets Authority", "Mission in Somalia". Split from
// candidates.ts, which finds the runs of name words these decide on.

// Events named for the fields they show: "… Aviation and Aerospace Exhibition", "… Arts and Crafts Fair".
const EXHIBITION_WORDS = new Set(['Exhibition', 'Expo', 'Fair', 'Show', 'Festival']);
// A legislature's chambers, whose committees are named after them: "Senate Business and Commerce Committee".
const CHAMBER_WORDS = new Set(['Senate', 'House', 'Assembly', 'Parliament', 'Congress']);
// What a body is "for" before the field it is "in": "Centre for Research in Marine Sciences".
const RESEARCH_WORDS = new Set(['Research', 'Excellence']);
// "Peace and Friendship Stadium", "Ulker Sports and Event Hall": venues named for two things.
const VENUE_WORDS = new Set(['Stadium', 'Arena', 'Hall']);

// Lower-case words that may join two capitalised ones after an organisation or treaty word
// ("Committee for the Protection of Journalists", "Treaty on the Non-Proliferation").
const AFTER_BODY_CONNECTORS = new Set(['for', 'on', 'the']);

// Words that make a weekday part of a name: "Good Friday Agreement", "Bloody Sunday Inquiry".
const DAY_NAME_OPENERS = new Set(['Good', 'Black', 'Bloody', 'Super', 'Ash', 'Cyber', 'Holy', 'Maundy', 'Palm']);

/** A weekday inside a longer name: after one of those words and before another name word. */
export function isDayInName(tokens: Token[], i: number, run: Token[]): boolean {
  const next = tokens[i + 1];
  return WEEKDAYS.has(tokens[i]!.text) && run.length === 1 && DAY_NAME_OPENERS.has(run[0]!.text) && next !== undefined && next.gapBefore === ' ' && isNameWord(next);
}

/** "Theresa May", "Brian June": a month after a name word, with no day number after it, is a surname. */
export function isSurnameLikeDate(tokens: Token[], i: number, run: Token[]): boolean {
  const t = tokens[i]!;
  // Not "In February": a sentence's first word that is a common word is no given name.
  const last = run[run.length - 1];
  const commonFirst = last !== undefined && last.initial && isCommonWord(last.text);
  return MONTHS.has(t.text) && last !== undefined && last.capitalised && !commonFirst && !/^\d/.test(tokens[i + 1]?.text ?? '');
}

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
function isFieldOrQuality(t: Token): boolean {
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
    if (knownName(t.text)?.type === 'place') return ownPlain && j > i + 1 && typeAfter !== 'place' && typeAfter !== 'organization' && isCountryOrRegionName(t.text) && !PLACE_WORDS.has(run[run.length - 1]!.text) && !COMPASS_WORDS.has(tokens[i + 1]!.text);
    // "Trade and Development Bank", "Agriculture and Rural Development Bank": a bank named for the
    // fields it lends to. Not "Kestrel and Orrin Bank": the words must be common ones.
    if (t.text === 'Bank' && j > i + 1 && [...served, ...tokens.slice(i + 1, j)].every(isFieldOrQuality)) return true;
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

// Small words a long name's initials pass over: "International Center for Agricultural Research in the Dry Areas".
const INITIALS_SKIP = new Set(['and', 'of', 'for', 'in', 'the', 'on']);

/**
 * "Office of Disaster Preparedness and Emergency Management, known as ODPEM", "International Center
 * for Agricultural Research in the Dry Areas (ICARDA)": a small word joins where the initials
 * printed right after ("known as …" or in brackets) spell the capitalised words on both sides of
 * it; "the Ministry of Health and Red Cross (MOH)" stays two names.
 */
function namesOneByInitials(run: Token[], tokens: Token[], i: number): boolean {
  const end = initialsSpanEnd(tokens, i + 1);
  const rest = tokens.slice(i + 1, end);
  if (!rest.some((t) => t.capitalised) || !tokens[end - 1]!.capitalised) return false;
  return spelledByInitials([...run, ...rest], tokens, end);
}

/**
 * Where the words a long name's initials may spell, from tokens[from] on, end: capitalised words
 * and small words, through a possessive ("… of the Earth's Interior (IAVCEI)").
 */
export function initialsSpanEnd(tokens: Token[], from: number): number {
  let end = from;
  const joined = (t: Token) => /^ $/.test(t.gapBefore) || (tokens[end - 1]?.possessive === true && /^(?:['’]s)? $/u.test(t.gapBefore));
  while (end < tokens.length && joined(tokens[end]!) && ((tokens[end]!.capitalised && !tokens[end]!.allCaps) || INITIALS_SKIP.has(tokens[end]!.text))) end++;
  return end;
}

/**
 * Whether the initials right after tokens[end - 1] ("known as …" or in brackets) spell the
 * capitalised words of `words`, "The" aside: "King Abdulaziz City for Science and Technology (KACST)".
 */
export function spelledByInitials(words: Token[], tokens: Token[], end: number): boolean {
  const knownAs = tokens[end]?.text === 'known' && tokens[end + 1]?.text === 'as' ? tokens[end + 2] : /\($/.test(tokens[end]?.gapBefore ?? '') ? tokens[end] : undefined;
  if (!knownAs?.allCaps || knownAs.text.length < 3) return false;
  return words.filter((t) => t.capitalised && t.text !== 'The').map((t) => t.text[0]).join('') === knownAs.text;
}

// Names' heads that take an ordinal in figures: "5th Circuit", "14th Amendment", "82nd Airborne Division".
const ORDINAL_HEADS = new Set(['Circuit', 'District', 'Amendment', 'Army', 'Fleet', 'Division', 'Brigade', 'Corps', 'Regiment', 'Battalion', 'Airborne', 'Infantry', 'Congress', 'Plenum', 'Street', 'Avenue', 'Precinct', 'Ward']);

/** "the 5th Circuit": an ordinal in figures before such a head is a name's word. */
export function isOrdinalInName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!/^\d{1,3}(?:st|nd|rd|th)$/.test(tokens[i]!.text) || next === undefined || next.gapBefore !== ' ') return false;
  return ORDINAL_HEADS.has(next.text) || isNumberedSummit(tokens, i + 1);
}

/** "the 47th ASEAN Summit": one to three capitalised words, the last "Summit", count their meetings. */
function isNumberedSummit(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.capitalised || t.gapBefore !== ' ') return false;
    if (t.text === 'Summit') return k > from;
  }
  return false;
}

/**
 * "Russia's Northern Fleet on the Kola Peninsula", "the Finance Ministry on Wilhelmstrasse": a body
 * "on" a place or a street is where it is, not its subject ("Treaty on the Non-Proliferation",
 * "Convention on the Law of the Sea" still join).
 */
function onAPlace(tokens: Token[], i: number): boolean {
  if (tokens[i]!.text !== 'on') return false;
  let j = i + 1;
  if (tokens[j]?.text === 'the') j++;
  const words: string[] = [];
  for (; j < tokens.length && isNameWord(tokens[j]!) && /^\s+$/.test(tokens[j]!.gapBefore); j++) words.push(tokens[j]!.text);
  // "the Finance Ministry on Wilhelmstrasse": a street written as one word (name-endings.ts).
  const street = words.length === 1 && typeByEnding(words) === 'place';
  return words.length > 0 && (PLACE_WORDS.has(words[words.length - 1]!) || street || knownName(words.join(' '))?.type === 'place');
}

/**
 * "entered Parliament for the National Party", "ran for the Senate for the Labour Party": a chamber's
 * one word "for" a party is a seat won for it, not a body named for it ("Congress for Progressive
 * Change" names no party after "for").
 */
function seatForParty(name: Token[], tokens: Token[], i: number): boolean {
  if (name.length !== 1 || !CHAMBER_WORDS.has(name[0]!.text)) return false;
  const from = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
  const after: Token[] = [];
  for (let j = from; j < tokens.length && tokens[j]!.capitalised && /^ $/.test(tokens[j]!.gapBefore); j++) after.push(tokens[j]!);
  return after.length > 0 && (after[after.length - 1]!.text === 'Party' || knownName(joinTokens(after))?.type === 'organization');
}

/** Whether the lower-case word at tokens[i] joins the run before it to the capitalised words after it. */
export function joinsName(tokens: Token[], i: number, run: Token[]): boolean {
  const t = tokens[i]!;
  if (t.capitalised || run.length === 0) return false;
  if (joinsCaseName(tokens, i, run) || joinsCampusName(tokens, i, run) || namesSchemeBy(run, tokens, i)) return true;
  // "Album of the Year": the "the" of an award named for the year (ofJoins took its "of").
  if (t.text === 'the' && run[run.length - 1]!.text === 'of' && run.length <= 4 && tokens[i + 1]?.text === 'Year') return true;
  // "Trinidad and Tobago", "Alternative for Germany": "and" (or any other lower-case word) joins
  // where a lexicon knows the whole name.
  // The run may open with "The" before the name ("The Bangko Sentral ng Pilipinas"), but not with
  // another name ("Ana Brothers of Italy" is Ana, of the party).
  const name = run[0]!.text === 'The' ? run.slice(1) : run;
  // "Fa'atuatua i le Atua Samoa ua Tasi": through up to three short lower-case words in a row to
  // the capitalised word after them.
  let wordAfter = i + 1;
  while (wordAfter < i + 3 && tokens[wordAfter] && !tokens[wordAfter]!.capitalised && /^\p{Ll}{1,4}$/u.test(tokens[wordAfter]!.text)) wordAfter++;
  const through = tokens[wordAfter] ? `${joinTokens(name)} ${tokens.slice(i, wordAfter + 1).map((k) => k.text).join(' ')}` : '';
  if (through && name.length > 0 && /^[\p{Ll}]{1,4}$/u.test(t.text) && (knownName(through) || printsKnownFormThrough(name, tokens, i, through))) return true;
  // "African Union Transition Mission in Somalia", "UN Mission in South Sudan": missions are
  // named for the country they serve in.
  // So are prizes for their field: "Nobel Prize in Literature".
  const missionOrPrize = run[run.length - 1]!.text === 'Mission' || AWARD_WORDS.has(run[run.length - 1]!.text);
  if (t.text === 'in' && missionOrPrize && tokens[i + 1] && isNameWord(tokens[i + 1]!) && /^ $/.test(tokens[i + 1]!.gapBefore)) return true;
  // "ASEAN Trade in Goods Agreement", "Trade in Services Agreement": trade's own phrase, inside an
  // agreement's name (not "talks on Trade in Services" alone).
  if (t.text === 'in' && run[run.length - 1]!.text === 'Trade' && /^(?:Goods|Services)$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2] !== undefined && isNameWord(tokens[i + 2]!) && tokens[i + 2]!.gapBefore === ' ') return true;
  // "Democrats for Andorra", "Citizens for Europe": a party's plural "for" its country.
  if (t.text === 'for' && name.length === 1 && PARTY_NAME_PLURALS.has(name[0]!.text) && placeWordsAfter(tokens, i) > 0) return true;
  if (t.text === 'for' && namesCampaignGroup(name, tokens, i)) return true;
  if (INITIALS_SKIP.has(t.text) && namesOneByInitials(run, tokens, i)) return true;
  // "Centre for Research in Marine Sciences", "Australian Centre for Excellence in Antarctic
  // Science": a body "for" research or excellence "in" a field, not in a place ("… in Washington").
  const field = tokens[i + 1];
  const fieldNotPlace = field !== undefined && field.capitalised && field.gapBefore === ' ' && !isTaggedPlace(field.text) && knownName(field.text)?.type !== 'place';
  if (t.text === 'in' && RESEARCH_WORDS.has(run[run.length - 1]!.text) && run.some((r, k) => ORGANIZATION_WORDS.has(r.text) && run[k + 1]?.text === 'for') && fieldNotPlace) return true;
  // "Ministry in Charge of Emergency Management": a body "in Charge of" its field, as Rwanda names its ministries.
  if (t.text === 'in' && tokens[i + 1]?.text === 'Charge' && tokens[i + 2]?.text === 'of' && ORGANIZATION_WORDS.has(run[run.length - 1]!.text)) return true;
  // "Western European and Others Group": no one is named "Others"; "and Others" is inside a name.
  if (t.text === 'and' && tokens[i + 1]?.text === 'Others' && tokens[i + 1]!.gapBefore === ' ') return true;
  if (t.text === 'and' && (namesOneFirm(run, tokens, i) || namesOneGroup(run, tokens, i) || namesOneBody(run, tokens, i) || namesOneKnown(run, tokens, i) || namesOneOfKnownPlace(run, tokens, i) || namesOneVenue(run, tokens, i) || namesOneLawAfterAcronym(run, tokens, i) || namesOneDepartment(run, tokens, i))) return true;
  if (namesOneCause(run, tokens, i)) return true;
  // Not after a place's word: "the Lusail International Circuit for the Qatar Grand Prix" is two names.
  // "Grawemeyer Award for Music Composition": an award's "for" as well.
  // "Reform and Growth Facility for the Western Balkans": a lender's facility, named for whom it lends to.
  const lendersFacility = run.some((r, k) => r.text === 'Facility' && k > 0 && LENDING_WORDS.has(run[k - 1]!.text));
  // "Japan Bank for International Cooperation": "Bank" is a body's word as well as a place's, but
  // not in a place's known name ("the West Bank").
  const lastWord = run[run.length - 1]!.text;
  const bodyWordLast = ORGANIZATION_WORDS.has(lastWord) && knownName(joinTokens(run[0]!.text === 'The' ? run.slice(1) : run))?.type !== 'place';
  // "Superintendency of the Environment": an office's abstract noun heads a body as "Ministry" does.
  const bodyWord = (lendersFacility || run.some((r) => ORGANIZATION_WORDS.has(r.text) || INITIATIVE_WORDS.has(r.text) || AWARD_WORDS.has(r.text) || OFFICE_NOUN.test(r.text))) && (!PLACE_WORDS.has(lastWord) || bodyWordLast);
  // "Symphony No. 5 on BBC Radio 3": a name closed by its number takes nothing after it.
  const numbered = /^\d/.test(run[run.length - 1]!.text);
  if (!CONNECTORS.has(t.text) && !(bodyWord && !numbered && AFTER_BODY_CONNECTORS.has(t.text) && !onAPlace(tokens, i))) return false;
  if (t.text === 'for' && seatForParty(name, tokens, i)) return false;
  if (t.text === 'of' && !ofJoins(run, tokens, i)) return false;
  // Only if a capitalised word follows, possibly after "the" or a second particle: "of the
  // Petroleum…", "Ursula von der Leyen", "Luis de la Fuente".
  for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
    if (!/^\s+$/.test(tokens[j]!.gapBefore)) return false;
    if (isNameWord(tokens[j]!) || isOrdinalInName(tokens, j)) return true;
    if (tokens[j]!.text !== 'the' && !(t.text !== 'of' && CONNECTORS.has(tokens[j]!.text))) return false;
  }
  return false;
}

/**
 * "State of the Nation Address": the run so far, the small word at i and the word after it open a
 * known form that the sentence prints whole from the run's start.
 */
function printsKnownFormThrough(name: Token[], tokens: Token[], i: number, through: string): boolean {
  const start = tokens.indexOf(name[0]!);
  return knownFormsThrough(through).some((form) => {
    const n = form.split(' ').length;
    return start + n <= tokens.length && tokens.slice(start + 1, start + n).every((t) => /^[ \t]+$/.test(t.gapBefore)) && nameKey(joinTokens(tokens.slice(start, start + n))) === nameKey(form);
  });
}

const PARTY_NAME_PLURALS = new Set([...PARTY_PLURALS, 'Citizens', 'Patriots']);

// People a campaign group is named for its members as: "Citizens for Accountability", "Parents for Safe Schools".
const CAMPAIGN_MEMBERS = new Set(['Citizens', 'Residents', 'Parents', 'Mothers', 'Fathers', 'Doctors', 'Nurses', 'Lawyers', 'Scientists', 'Students', 'Teachers', 'Women', 'Neighbours', 'Neighbors', 'Voters', 'Taxpayers', 'Grandparents', 'Communities']);

/**
 * "Tuguegarao Citizens for Accountability", "Parents for Safe Schools": a group of people "for" a
 * cause of one or two words, which is no name of its own (a place's is "Citizens for Europe").
 */
function namesCampaignGroup(name: Token[], tokens: Token[], i: number): boolean {
  const members = name[name.length - 1];
  if (!members || !CAMPAIGN_MEMBERS.has(members.text) || members.possessive) return false;
  const cause = (t: Token | undefined) => t !== undefined && t.capitalised && !t.allCaps && t.gapBefore === ' ' && !knownName(t.text) && !hasPlaceTag(wordTags(t.text)) && !wordTags(t.text).has('Person');
  // The cause opens with a common word ("Safe", "Clean") or an abstract noun ("Accountability"),
  // not a person's name ("Lawyers for Wicaksono" are his lawyers).
  const first = tokens[i + 1];
  const common = first !== undefined && (isFieldOrQuality(first) || /\p{Ll}(?:ity|ment|ness|ion|ance|ence|ism|ure)$/u.test(first.text));
  if (!cause(first) || !common) return false;
  const end = !tokens[i + 1]!.possessive && cause(tokens[i + 2]) ? i + 3 : i + 2;
  return !(tokens[end]?.capitalised && tokens[end]!.gapBefore === ' ');
}

/** How many words after index i (one or two) name a country or a region, else 0. */
function placeWordsAfter(tokens: Token[], i: number): number {
  // Not "Liberals for Andorra's future": a possessive country is whose the next noun is.
  const spaced = (k: number) => tokens[k] !== undefined && tokens[k]!.capitalised && !tokens[k]!.possessive && /^ $/.test(tokens[k]!.gapBefore);
  if (spaced(i + 1) && spaced(i + 2) && isCountryOrRegionName(`${tokens[i + 1]!.text} ${tokens[i + 2]!.text}`)) return 2;
  return spaced(i + 1) && isCountryOrRegionName(tokens[i + 1]!.text) ? 1 : 0;
}
