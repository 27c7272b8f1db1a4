import { typeByEnding } from './name-endings';
import { joinsCampusName } from './campus-names';
import { joinsCaseName } from './case-names';
import type { Token } from './tokens';
import {
  AWARD_WORDS,
  BODY_EVENT_WORDS,
  CONNECTORS,
  HOLIDAYS,
  INITIATIVE_WORDS,
  LENDING_WORDS,
  PLACE_WORDS,
  MONTHS,
  ORGANIZATION_WORDS,
  PARTY_PLURALS,
  WEEKDAYS,
} from './lexicon/words';
import { CHAMBER_WORDS, isFieldOrQuality, joinsAcrossAnd } from './and-joins';
import { joinTokens } from './role-split';
import { isNameWord } from './name-word';
import { isCountryOrRegionName, knownFormsThrough, knownName, nameKey } from './known-names';
import { OFFICE_NOUN, ofJoins } from './of-link';
import { namesOneCause, namesSchemeBy } from './field-names';
import { isInInsideStatute } from './statute-names';
import { namesSchemeInFull } from './scheme-names';
import { hasPlaceTag, isCommonWord, isTaggedPlace, wordTags } from './word-tags';

// When a lower-case word ("and", "of", "in", "for") joins the capitalised words on either side of
// it into one name: "Competition and Markets Authority", "Mission in Somalia". Split from
// candidates.ts, which finds the runs of name words these decide on.

// What a body is "for" before the field it is "in": "Centre for Research in Marine Sciences".
const RESEARCH_WORDS = new Set(['Research', 'Excellence']);

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

// What a name opened by a holiday ends in: "Christmas Cheer Board", "Christmas Kettle Campaign".
const HOLIDAY_NAME_ENDS = new Set([...ORGANIZATION_WORDS, 'Campaign', 'Appeal']);

/**
 * "the Christmas Kettle Campaign": a holiday opens a name when up to three name words after it end
 * in a body's or a campaign's word; alone or before a day ("Christmas Day") it names no one thing.
 */
export function isHolidayOpeningName(tokens: Token[], i: number, run: Token[]): boolean {
  const opened = run.length === 0 || (run.length === 1 && run[0]!.text === 'The');
  if (!opened || !HOLIDAYS.has(tokens[i]!.text)) return false;
  const nameWordAt = (j: number) => tokens[j] !== undefined && tokens[j]!.gapBefore === ' ' && isNameWord(tokens[j]!);
  for (let j = i + 1; j <= i + 3 && nameWordAt(j); j++) if (HOLIDAY_NAME_ENDS.has(tokens[j]!.text) && !nameWordAt(j + 1)) return true;
  return false;
}

/** "Theresa May", "Brian June": a month after a name word, with no day number after it, is a surname. */
export function isSurnameLikeDate(tokens: Token[], i: number, run: Token[]): boolean {
  const t = tokens[i]!;
  // Not "In February": a sentence's first word that is a common word is no given name.
  const last = run[run.length - 1];
  const commonFirst = last !== undefined && last.initial && isCommonWord(last.text);
  return MONTHS.has(t.text) && last !== undefined && last.capitalised && !commonFirst && !/^\d/.test(tokens[i + 1]?.text ?? '');
}

// Small words a long name's initials pass over: "International Center for Agricultural Research in the Dry Areas".
const INITIALS_SKIP = new Set(['and', 'of', 'for', 'in', 'the', 'on', 'to']);

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
  const words = namedAfterOn(tokens, i);
  // "the Finance Ministry on Wilhelmstrasse": a street written as one word (name-endings.ts).
  const street = words.length === 1 && typeByEnding(words) === 'place';
  return words.length > 0 && (PLACE_WORDS.has(words[words.length - 1]!) || street || knownName(words.join(' '))?.type === 'place');
}

/** The name words after an "on" at tokens[i] and its "the"; none when tokens[i] is no "on". */
function namedAfterOn(tokens: Token[], i: number): string[] {
  if (tokens[i]!.text !== 'on') return [];
  let j = i + 1;
  if (tokens[j]?.text === 'the') j++;
  const words: string[] = [];
  // A possessive ends the name: "on the European Commission's targets".
  for (; j < tokens.length && isNameWord(tokens[j]!) && /^\s+$/.test(tokens[j]!.gapBefore) && !tokens[j - 1]!.possessive; j++) words.push(tokens[j]!.text);
  return words;
}

/**
 * "most of the European Union on the European Commission's targets": a body the lexicon knows
 * whole is not named for another it knows "on" ("Commission on the Status of Women" still joins).
 */
function knownBodyOnKnownBody(name: Token[], tokens: Token[], i: number): boolean {
  const after = namedAfterOn(tokens, i);
  return after.length > 0 && knownName(joinTokens(name))?.type === 'organization' && knownName(after.join(' '))?.type === 'organization';
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
  if (joinsCaseName(tokens, i, run) || joinsCampusName(tokens, i, run) || namesSchemeBy(run, tokens, i) || isInInsideStatute(tokens, i, run)) return true;
  if (namesSchemeInFull(run, tokens, i)) return true;
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
  if (t.text === 'and' && joinsAcrossAnd(run, tokens, i)) return true;
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
  // "Uzbek Forum for Human Rights": a forum, a body or a meeting, is "for" its cause as a body is.
  const bodyWord = (lendersFacility || run.some((r) => ORGANIZATION_WORDS.has(r.text) || BODY_EVENT_WORDS.has(r.text) || INITIATIVE_WORDS.has(r.text) || AWARD_WORDS.has(r.text) || OFFICE_NOUN.test(r.text))) && (!PLACE_WORDS.has(lastWord) || bodyWordLast);
  // "Symphony No. 5 on BBC Radio 3": a name closed by its number takes nothing after it.
  const numbered = /^\d/.test(run[run.length - 1]!.text);
  if (!CONNECTORS.has(t.text) && !(bodyWord && !numbered && AFTER_BODY_CONNECTORS.has(t.text) && !onAPlace(tokens, i) && !knownBodyOnKnownBody(name, tokens, i))) return false;
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
