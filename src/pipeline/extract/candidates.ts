import type { Token } from './tokens';
import {
  ORGANIZATION_HEADS,
  CONNECTORS,
  FUNCTION_WORDS,
  GROUP_NOUNS_AFTER,
  HONORIFICS,
  NON_NAME_ADJECTIVES,
  INITIATIVE_WORDS,
  HOLIDAYS,
  PLACE_WORDS,
  COMPASS_WORDS,
  MONTHS,
  ORGANIZATION_WORDS,
  PARTY_MEMBERS,
  PARTY_PLURALS,
  PUBLIC_BODY_WORDS,
  ROLE_WORDS,
  WEEKDAYS,
  STANDING_WORDS,
  COMBINING_FORMS,
  ROLE_HEADS,
  INITIAL_CLASS_NOUNS,
  EVENT_WORDS,
  STORM_HEADS,
} from './lexicon/words';
import { joinTokens, splitRole, type RoleSplit } from './role-split';
import { knownName, placeOfAdjective } from './known-names';
import { ofJoins } from './of-link';
import { isCommonWord } from './word-tags';
import { appositiveNoun, describingNoun, restatedNoun, workplaceNoun } from './context-cues';
import { isBareModelCode, isMakerModel, isModelNumber, numberedModelEnd, productNounAfter } from './products';
import { companyCue, isLowerCaseBrand } from './company-cues';

/** A run of capitalised words in one sentence that may name something. */
export interface Candidate {
  /** As printed, title stripped ("Sergei Lavrov"). */
  text: string;
  tokens: Token[];
  role?: string;
  honorific: boolean;
  /** Starts the sentence, so its capital proves nothing: needs support from elsewhere. */
  initial: boolean;
  /** Acronym printed in parentheses right after it: "(TIAR)". */
  acronym?: string;
  /** The word before it ("in", "said", …), lower-cased, for typing. */
  before: string;
  /** The word after it, lower-cased. */
  after: string;
  /** Noun of a descriptive phrase right before it: "the business daily" → "daily". */
  described?: string;
  /** Head noun of an apposition after it: ", the wireless unit that" → "unit". */
  appositive?: string;
  /** Noun before "at" in "an analyst at Gartner": someone works there. */
  workplace?: string;
  /** Noun of a phrase the name restates between commas: "the main opposition party, Chadema," → "party". */
  restated?: string;
  /** A product noun follows: "Soyuz rockets", "its Spectrum rocket". */
  product?: true;
  /** How surely the sentence treats it as a company: "X's shares", "operated by X" (3), "owned by X" (2). */
  company?: 2 | 3;
}

const NOT_NAME_WORDS = (t: Token) => MONTHS.has(t.text) || WEEKDAYS.has(t.text) || HOLIDAYS.has(t.text);
// Lower-case words that may join two capitalised ones after an organisation or treaty word
// ("Committee for the Protection of Journalists", "Treaty on the Non-Proliferation").
const AFTER_BODY_CONNECTORS = new Set(['for', 'on', 'the']);

function isNameWord(t: Token): boolean {
  return t.capitalised && !NOT_NAME_WORDS(t) && /\p{L}/u.test(t.text);
}

/** "Theresa May", "Brian June": a month after a name word, with no day number after it, is a surname. */
function isSurnameLikeDate(tokens: Token[], i: number, run: Token[]): boolean {
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
 * "Competition and Markets Authority", "Food and Drug Administration": one or two plain words,
 * "and", then at most three capitalised words ending in a public body's word. Company words
 * ("Networks", "Group") do not count, so "HPE and Juniper Networks" stays two names, nor do
 * acronyms, names a lexicon knows or party plurals before "and".
 */
function namesOneBody(run: Token[], tokens: Token[], i: number): boolean {
  const plain = (t: Token) => !t.allCaps && !t.possessive && !knownName(t.text) && !PARTY_PLURALS.has(t.text) && !ORGANIZATION_WORDS.has(t.text) && !HONORIFICS.has(t.text);
  // "Bangladesh Garment and Industrial Workers Federation": a body may be named for its country first.
  const body = run[0]!.text === 'The' ? run.slice(1) : run;
  const own = body.length > 1 && knownName(body[0]!.text)?.type === 'place' ? body.slice(1) : body;
  // "African Union Support and Stabilization Mission": a body may be named for the body it serves
  // first; the words after that body's own word are what must be plain.
  const parentEnd = own.map((t) => ORGANIZATION_WORDS.has(t.text)).lastIndexOf(true);
  const served = parentEnd > 0 && parentEnd < own.length - 1 ? own.slice(parentEnd + 1) : own;
  // "National Disaster Risk Reduction and Management Council": up to four plain words before "and".
  // A law or agreement may have a body's word there: "Foreign Exchange and Foreign Trade Act".
  const bodyWord = (t: Token) => ORGANIZATION_WORDS.has(t.text) && !t.allCaps && !t.possessive;
  if (own.length > 4 || !own.every((t) => plain(t) || bodyWord(t)) || knownName(joinTokens(run))) return false;
  const ownPlain = served.every(plain);
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (!t.capitalised || !/^ $/.test(t.gapBefore) || t.allCaps) return false;
    if (PUBLIC_BODY_WORDS.has(t.text)) return ownPlain && j > i + 1;
    // "Comprehensive and Progressive Agreement for Trans-Pacific Partnership": an agreement or a law
    // named for two qualities or fields ends in its own word.
    if (INITIATIVE_WORDS.has(t.text)) return j > i + 1;
    // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": departments named
    // "<field> and <field> <country>", the country last after at least one more word.
    // Not "Northern Territory and South Australia": two places, the first ending in a place word.
    if (knownName(t.text)?.type === 'place') return ownPlain && j > i + 1 && !PLACE_WORDS.has(run[run.length - 1]!.text) && !COMPASS_WORDS.has(tokens[i + 1]!.text);
    // "Securities and Exchange Commission": a body's word may come before the last one.
    if (!plain(t) && !ORGANIZATION_WORDS.has(t.text)) return false;
    if (t.possessive) return false;
  }
  return false;
}

/**
 * "Department of Public Works and Highways", "Ministry of Agriculture and Rural Development": a
 * department named for two fields. After "and" one or two plain capitalised words end the name.
 */
function namesOneDepartment(whole: Token[], tokens: Token[], i: number): boolean {
  // "The Ministry of Agriculture and Rural Development said": "The" opening a sentence is no part of it.
  const run = whole[0]!.text === 'The' ? whole.slice(1) : whole;
  if (!/^(?:Department|Ministry)$/.test(run[0]?.text ?? '') || run[1]?.text !== 'of' || run.length < 3) return false;
  let j = i + 1;
  for (; j < tokens.length && j <= i + 2 && tokens[j]!.capitalised && /^ $/.test(tokens[j]!.gapBefore); j++) {
    const t = tokens[j]!;
    if (t.allCaps || t.possessive || knownName(t.text) || ORGANIZATION_WORDS.has(t.text)) return false;
  }
  return j > i + 1 && !(tokens[j]?.capitalised && /^ $/.test(tokens[j]!.gapBefore));
}

/**
 * "Association for Elections and Democracy", "Centre for Science and Environment": a body named
 * "for" one cause and another. One plain word after "for", then "and" and one or two plain words
 * that end the name; not a body or a known name after "and" ("Fund for Peace and Amnesty
 * International" stays two names).
 */
function namesOneCause(run: Token[], tokens: Token[], i: number): boolean {
  const n = run.length;
  if (n < 3 || run[n - 2]!.text !== 'for' || !ORGANIZATION_WORDS.has(run[n - 3]!.text)) return false;
  const plain = (t: Token | undefined) =>
    t !== undefined && t.capitalised && !t.allCaps && !t.possessive && / $/.test(t.gapBefore) && !knownName(t.text) && !ORGANIZATION_WORDS.has(t.text);
  if (!plain(run[n - 1]) || !plain(tokens[i + 1])) return false;
  const end = plain(tokens[i + 2]) ? i + 3 : i + 2;
  return !(tokens[end]?.capitalised && /^ $/.test(tokens[end]!.gapBefore));
}

function joinsName(tokens: Token[], i: number, run: Token[]): boolean {
  const t = tokens[i]!;
  if (t.capitalised || run.length === 0) return false;
  // "Trinidad and Tobago", "Alternative for Germany": "and" (or any other lower-case word) joins
  // where a lexicon knows the whole name.
  if (tokens[i + 1] && /^[\p{Ll}]{2,4}$/u.test(t.text) && knownName(`${joinTokens(run)} ${t.text} ${tokens[i + 1]!.text}`)) return true;
  // "African Union Transition Mission in Somalia", "UN Mission in South Sudan": missions are
  // named for the country they serve in.
  if (t.text === 'in' && run[run.length - 1]!.text === 'Mission' && tokens[i + 1] && isNameWord(tokens[i + 1]!) && /^ $/.test(tokens[i + 1]!.gapBefore)) return true;
  // "Western European and Others Group": no one is named "Others"; "and Others" is inside a name.
  if (t.text === 'and' && tokens[i + 1]?.text === 'Others' && tokens[i + 1]!.gapBefore === ' ') return true;
  if (t.text === 'and' && (namesOneGroup(run, tokens, i) || namesOneBody(run, tokens, i) || namesOneDepartment(run, tokens, i) || namesOneCause(run, tokens, i))) return true;
  const bodyWord = run.some((r) => ORGANIZATION_WORDS.has(r.text) || INITIATIVE_WORDS.has(r.text));
  if (!CONNECTORS.has(t.text) && !(bodyWord && AFTER_BODY_CONNECTORS.has(t.text))) return false;
  if (t.text === 'of' && !ofJoins(run, tokens, i)) return false;
  // Only if a capitalised word follows, possibly after "the" or a second particle: "of the
  // Petroleum…", "Ursula von der Leyen", "Luis de la Fuente".
  for (let j = i + 1; j < tokens.length && j <= i + 2; j++) {
    if (!/^\s+$/.test(tokens[j]!.gapBefore)) return false;
    if (isNameWord(tokens[j]!)) return true;
    if (tokens[j]!.text !== 'the' && !(t.text !== 'of' && CONNECTORS.has(tokens[j]!.text))) return false;
  }
  return false;
}

/**
 * "CAC 40", "FTSE 100": a number ends a name where a lexicon knows the name with it, or after a
 * numbered instrument's word ("Resolution 2719", "Directive 2019"): those are named by number.
 */
function endsKnownNumberName(run: Token[], t: Token): boolean {
  if (!/^\d+$/.test(t.text)) return false;
  if (run.length > 0 && NUMBERED_WORDS.has(run[run.length - 1]!.text) && /^ $/.test(t.gapBefore)) return true;
  return run.some((_, k) => knownName(`${joinTokens(run.slice(k))} ${t.text}`) !== undefined);
}
const NUMBERED_WORDS = new Set(['Resolution', 'Directive', 'Regulation', 'Proposition', 'Amendment', 'Article', 'Decree', 'Order']);

/**
 * "Ministry of Economy, Trade and Industry": a body's "of" may take a list of plain words, commas
 * and a last "and" included. Joins at a comma only when such a list follows: single capitalised
 * words separated by ", " and ending in "and" and one more word.
 */
function bodyListEnd(run: Token[], tokens: Token[], i: number): number {
  const ofAt = run.findIndex((t, k) => t.text === 'of' && k > 0 && ORGANIZATION_HEADS.has(run[k - 1]!.text));
  if (ofAt < 0 || run.length - ofAt !== 2 || tokens[i]?.gapBefore !== ', ') return -1;
  for (let j = i; j < tokens.length && j < i + 6; j++) {
    const t = tokens[j]!;
    const last = tokens[j + 1];
    if (t.text === 'and') return j > i && t.gapBefore === ' ' && last && isNameWord(last) && !last.allCaps && last.gapBefore === ' ' ? j + 1 : -1;
    if (!isNameWord(t) || t.allCaps || t.possessive || (j > i && t.gapBefore !== ', ')) return -1;
  }
  return -1;
}

/**
 * "the Ombudsman's Office", "the Prosecutor's Office", "the Attorney General's Office": a title's
 * possessive before "Office" names the body, whose name goes on past the "'s". Not "Kadogosa's
 * office" (no title) nor "the minister's office" (lower case).
 */
function isOfficeOfRole(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.possessive && ROLE_WORDS.has(tokens[i]!.text) && next?.text === 'Office' && /^(?:'s)? $/.test(next.gapBefore);
}

/**
 * "the 2050 Strategy for the Blue Pacific Continent", "its 2030 Agreement": a year right before an
 * initiative's word opens the initiative's name. Not "in 2050 Boeing plans" (no initiative word).
 */
function opensInitiativeName(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return /^(?:19|20)\d\d$/.test(tokens[i]!.text) && next !== undefined && next.gapBefore === ' ' && INITIATIVE_WORDS.has(next.text);
}

function runs(tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let run: Token[] = [];
  // Tokens kept though not capitalised: model numbers, and brands printed in lower case.
  const models = new Set<Token>();
  const close = () => {
    // A number ends a name only where a lexicon knows it whole ("CAC 40", "FTSE 100") or as a
    // product's model number ("Ariane 6", "Falcon 9").
    const kept = (t: Token) => t.capitalised || models.has(t) || endsKnownNumberName(run.slice(0, -1), t);
    while (run.length > 0 && !kept(run[run.length - 1]!)) run.pop();
    if (run.length > 0) result.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const listEnd = run.length > 0 ? bodyListEnd(run, tokens, i) : -1;
    if (listEnd > 0) {
      run.push(...tokens.slice(i, listEnd + 1));
      i = listEnd;
      continue;
    }
    // "Seven & i Holdings", "Procter & Gamble": an ampersand joins the words of one company's name,
    // even a lone lower-case letter ("i") when the name goes on or ends there.
    if (run.length > 0 && t.gapBefore === ' & ' && (isNameWord(t) || /^\p{Ll}$/u.test(t.text))) {
      run.push(t);
      continue;
    }
    const continues = run.length === 0 || /^[ \t]+$/.test(t.gapBefore) || (i > 0 && tokens[i - 1]!.possessive && t.gapBefore === "'s ");
    if (!continues) close();
    if (continues && (isModelNumber(run, tokens, i) || isMakerModel(run, tokens, i))) {
      models.add(t);
      run.push(t);
    } else if (run.length === 0 && (numberedModelEnd(tokens, i) > 0 || isBareModelCode(t.text))) {
      // "a 737 MAX 9", "the 777X family": an aircraft's name opens with its number.
      const end = Math.max(i, numberedModelEnd(tokens, i));
      for (const model of tokens.slice(i, end + 1)) models.add(model);
      run.push(...tokens.slice(i, end + 1));
      i = end;
      close();
    } else if (isNameWord(t) || endsKnownNumberName(run, t) || joinsName(tokens, i, run) || isSurnameLikeDate(tokens, i, run)) {
      run.push(t);
      // The name goes on past the "'s", which the tokens drop: it is put back into the gap.
      if (isOfficeOfRole(tokens, i)) tokens[i + 1]!.gapBefore = "'s ";
      else if (t.possessive) close();
    } else if (run.length === 0 && opensInitiativeName(tokens, i)) run.push(t);
    else if (run.length === 0 && isLowerCaseBrand(tokens, i)) {
      // "low-cost carrier flydubai": a brand in lower case is a name of one word.
      models.add(t);
      run.push(t);
      close();
    }
    else close();
  }
  close();
  return result;
}

// Capitalised particles that open surnames: "Le Pen", "De Gaulle", "Van Rompuy", "Von der Leyen".
const SURNAME_PARTICLES = new Set(['Le', 'La', 'De', 'Di', 'Da', 'Du', 'Del', 'Della', 'Van', 'Von', 'Dos', 'Das', 'Ter', 'Ten']);

/** Drops a capitalised common word that only starts the sentence ("Despite", "Officials"). */
function dropInitialCommonWord(run: Token[]): Token[] {
  const first = run[0]!;
  // "Seven & i": a word joined by "&" is a name's, whatever else it means.
  // "Orsted scrapped …": a name a lexicon knows is no common word, whatever its ending says.
  if (!first.initial || run[1]?.gapBefore === ' & ' || knownName(first.text)) return run;
  // "New Zealand's Prime Minister …": a common word that opens a name a lexicon knows is the name's.
  if (run.some((_, k) => k >= 1 && knownName(joinTokens(run.slice(0, k + 1))) !== undefined)) return run;
  // "Marine Le Pen's …": a capitalised particle and a name after the word make it a given name.
  if (run.length >= 3 && SURNAME_PARTICLES.has(run[1]!.text) && run[2]!.capitalised) return run;
  // "Insurer ICICI Lombard said": a class noun opening the sentence before a name.
  const classNoun = INITIAL_CLASS_NOUNS.has(first.text.toLowerCase()) && run.length > 1;
  // "Supreme Court judges ruled", "State Bank of Vietnam kept rates", "Storm Boris brought": an
  // adjective or a word that is also a verb, before a name's head word or as a storm's, opens the name.
  const headed = run.slice(1).some((t) => ORGANIZATION_WORDS.has(t.text) || PLACE_WORDS.has(t.text) || EVENT_WORDS.has(t.text) || INITIATIVE_WORDS.has(t.text) || STORM_HEADS.has(t.text));
  if (!FUNCTION_WORDS.has(first.text) && !classNoun && (headed || (STORM_HEADS.has(first.text) && run.length > 1))) return run;
  if (!FUNCTION_WORDS.has(first.text) && !isCommonWord(first.text) && !classNoun) return run;
  const rest = run.slice(1);
  while (rest.length > 0 && !rest[0]!.capitalised) rest.shift();
  return rest;
}

/**
 * "Opposition Democratic Party chairman Luvsanvandan Bold": a word for a party's standing before a
 * body's name (ending in a body's word, or a head word with "of") is no part of it.
 */
function withoutStandingWord(run: Token[]): Token[] {
  const rest = run.slice(1);
  const body = rest.length >= 2 && (ORGANIZATION_WORDS.has(rest[rest.length - 1]!.text) || (ORGANIZATION_HEADS.has(rest[0]!.text) && rest[1]!.text === 'of'));
  return STANDING_WORDS.has(run[0]?.text ?? '') && body ? rest : run;
}

/**
 * "told The Associated Press": a capitalised "The" inside a sentence before a name a lexicon knows
 * without it is the house style of the name's owner, not another name. "The Hague", known whole, keeps it.
 */
function withoutLeadingThe(run: Token[]): Token[] {
  const rest = run.slice(1);
  return run[0]?.text === 'The' && rest.length > 0 && knownName(joinTokens(rest)) !== undefined && knownName(joinTokens(run)) === undefined ? rest : run;
}

/**
 * "Internal Market Commissioner Thierry Breton" opening a sentence: "Internal" went as a common
 * word, but it began a title of words no list has, so it goes back into the role.
 */
function withDroppedTitleWord(found: Token[], run: Token[], split: RoleSplit): RoleSplit {
  const dropped = found[0]!;
  if (!split.role || found.length !== run.length + 1 || FUNCTION_WORDS.has(dropped.text) || ROLE_WORDS.has(run[0]!.text)) return split;
  return { ...split, role: joinTokens([dropped, ...run.slice(0, split.nameStart)]) };
}

/**
 * "Anglo-Australian", "Sino-Soviet", "Franco-German": a compound of two peoples' adjectives, or of
 * a combining form and one, qualifies a noun and names nothing itself.
 */
function isCompoundAdjective(word: string): boolean {
  const parts = word.split('-');
  return parts.length >= 2 && parts.every((p, k) => placeOfAdjective(p) !== undefined || (k < parts.length - 1 && COMBINING_FORMS.has(p)));
}

/**
 * "warships to the Caribbean": a place whose adjective is its name ("Caribbean nations") names the
 * place when no lower-case noun follows it.
 */
function namesPlaceItself(run: Token[], tokens: Token[]): boolean {
  const text = joinTokens(run);
  const next = tokens[tokens.indexOf(run[run.length - 1]!) + 1];
  return knownName(text)?.name === text && !(next && !next.capitalised && /^ $/.test(next.gapBefore) && /^\p{Ll}+$/u.test(next.text) && !FUNCTION_WORDS.has(next.text) && !/^(?:in|on|at|and|or|to|from|with|by|of|for|as|after|before|since|during|over|under)$/.test(next.text));
}

/** "Russian", "Latin American", "Republican": adjectives, not names of anything. */
function isOnlyAdjectives(run: Token[]): boolean {
  if (placeOfAdjective(joinTokens(run)) !== undefined) return true;
  return run.every((t) => placeOfAdjective(t.text) !== undefined || FUNCTION_WORDS.has(t.text) || NON_NAME_ADJECTIVES.has(t.text) || isCompoundAdjective(t.text));
}

/** The word before a name, looking past "the" and "of" ("in the Bosphorus", "port of Odesa"). */
function wordBefore(tokens: Token[], index: number): string {
  let i = index - 1;
  while (i > 0 && /^(the|of)$/.test(tokens[i]!.text)) i--;
  const t = tokens[i];
  // A name's own word is no cue: in "Samajwadi Party of Akhilesh Yadav", "Party" is not "the party X".
  if (!t || (t.capitalised && !t.initial)) return '';
  return t.text.toLowerCase();
}

function placeInTitle(t: Token, tokens: Token[]): Candidate {
  const i = tokens.indexOf(t);
  return { text: t.text, tokens: [t], honorific: false, initial: t.initial, before: wordBefore(tokens, i), after: tokens[i + 1]?.text.toLowerCase() ?? '' };
}

/** Known places among a title's words, longest first: "São Paulo" in "São Paulo Governor". */
function placesIn(title: Token[]): Token[][] {
  const places: Token[][] = [];
  for (let i = 0; i < title.length; ) {
    const length = [3, 2, 1].find((n) => i + n <= title.length && knownName(joinTokens(title.slice(i, i + n)))?.type === 'place');
    if (length) places.push(title.slice(i, i + length));
    i += length ?? 1;
  }
  return places;
}

/**
 * "French Armed Forces Minister Sébastien Lecornu": before "Minister" or "Secretary", words that
 * open with a field's word name the minister's portfolio, not a body of that name.
 */
function isPortfolio(body: Token[], head: Token | undefined): boolean {
  const field = body.find((t) => placeOfAdjective(t.text) === undefined && knownName(t.text)?.type !== 'place');
  return head !== undefined && /^(?:Minister|Secretary)$/.test(head.text) && field !== undefined && ROLE_WORDS.has(field.text) && !ROLE_HEADS.has(field.text);
}

/**
 * "European Commission President Ursula von der Leyen", "Labour Party leader …": the body a title
 * belongs to is named too. The title's words up to its last organisation word, if two or more.
 */
function bodyInTitle(title: Token[]): Token[] | undefined {
  let end = -1;
  title.forEach((t, i) => {
    if (ORGANIZATION_WORDS.has(t.text) || knownName(t.text)?.type === 'organization') end = i;
  });
  const body = title.slice(0, end + 1);
  if (isPortfolio(body, title[end + 1])) return undefined;
  return body.length >= 2 || (body.length === 1 && knownName(body[0]!.text)?.type === 'organization') ? body : undefined;
}

/**
 * "Kerr County Judge Rob Kelly", "Hatay Province Governor …": a title that opens with a place named
 * by its feature word names that place too. The words up to a place's word, two at least, none of
 * them a title's word.
 */
function featureInTitle(title: Token[]): Token[] | undefined {
  const end = title.findIndex((t) => PLACE_WORDS.has(t.text));
  const place = title.slice(0, end + 1);
  return end >= 1 && !place.some((t) => ROLE_WORDS.has(t.text)) && knownName(joinTokens(place)) === undefined ? place : undefined;
}

/**
 * "Nexora Chief Executive Tom Hale", "Brastow CEO Ana Lind": the words before a company's title
 * name the company. One to three plain words, none a title's, a place's or a list's word.
 */
function companyInTitle(title: Token[]): Token[] | undefined {
  const head = title.findIndex((t, k) => t.text === 'CEO' || (t.text === 'Chief' && /^(?:Executive|Financial|Operating)$/.test(title[k + 1]?.text ?? '')) || /^(?:Chairman|Chairwoman|Founder)$/.test(t.text));
  const company = title.slice(0, head);
  const plain = (t: Token) => !ROLE_WORDS.has(t.text) && !knownName(t.text) && placeOfAdjective(t.text) === undefined && !PLACE_WORDS.has(t.text);
  return head >= 1 && head <= 3 && company.every(plain) ? company : undefined;
}

/**
 * "a Massachusetts Democrat": a place and a party member's noun are two names, the place and the
 * party, not one. Returns the place's tokens, or undefined.
 */
function placeOfPartyMember(name: Token[]): Token[] | undefined {
  const last = name[name.length - 1]!;
  const place = name.slice(0, -1);
  return name.length > 1 && PARTY_MEMBERS.has(last.text) && knownName(joinTokens(place))?.type === 'place' ? place : undefined;
}

/** The context cues a candidate's type may be read from, around tokens first..last of the sentence. */
function cues(tokens: Token[], sentence: string, firstIndex: number, lastIndex: number): Pick<Candidate, 'described' | 'appositive' | 'workplace'> {
  const found: Pick<Candidate, 'described' | 'appositive' | 'workplace'> = {};
  const described = describingNoun(tokens, firstIndex);
  const appositive = tokens[lastIndex]!.possessive ? undefined : appositiveNoun(sentence, tokens, lastIndex);
  const workplace = workplaceNoun(tokens, firstIndex);
  if (described) found.described = described;
  if (appositive) found.appositive = appositive;
  if (workplace) found.workplace = workplace;
  return found;
}

/** Candidates in one sentence, in order. */
export function findCandidates(tokens: Token[], sentence: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const found of runs(tokens)) {
    const run = withoutLeadingThe(withoutStandingWord(dropInitialCommonWord(found)));
    if (run.length === 0 || (isOnlyAdjectives(run) && !namesPlaceItself(run, tokens))) continue;
    const split = withDroppedTitleWord(found, run, splitRole(run));
    // "Georgia Gov. Brian Kemp", "São Paulo Governor …": the place in a title is named too.
    const titlePlaces = placesIn(run.slice(0, split.nameStart));
    for (const place of titlePlaces) {
      candidates.push({ ...placeInTitle(place[0]!, tokens), text: joinTokens(place), tokens: place });
    }
    const body = bodyInTitle(run.slice(0, split.nameStart));
    if (body) candidates.push({ ...placeInTitle(body[0]!, tokens), text: joinTokens(body), tokens: body, after: '' });
    // "Hatay Province Governor": the known "Hatay" was named already.
    const titlePlace = body || titlePlaces.length > 0 ? undefined : featureInTitle(run.slice(0, split.nameStart));
    if (titlePlace) candidates.push({ ...placeInTitle(titlePlace[0]!, tokens), text: joinTokens(titlePlace), tokens: titlePlace, after: '' });
    const employer = body || titlePlace || titlePlaces.length > 0 ? undefined : companyInTitle(run.slice(0, split.nameStart));
    if (employer) candidates.push({ ...placeInTitle(employer[0]!, tokens), text: joinTokens(employer), tokens: employer, after: '', company: 3 });
    const name = run.slice(split.nameStart);
    if (name.length === 0 || (isOnlyAdjectives(name) && !namesPlaceItself(name, tokens))) continue;
    const place = placeOfPartyMember(name);
    if (place) {
      const member = name[name.length - 1]!;
      candidates.push({ ...placeInTitle(place[0]!, tokens), text: joinTokens(place), tokens: place, after: member.text.toLowerCase() });
      candidates.push({ ...placeInTitle(member, tokens), before: '' });
      continue;
    }
    const last = name[name.length - 1]!;
    const firstIndex = tokens.indexOf(name[0]!);
    const lastIndex = tokens.indexOf(last);
    const next = tokens[lastIndex + 1];
    // "(Perludem)" after "Association for Elections and Democracy": a short form made of syllables,
    // not initials, is as much the long name's own, unless a lexicon knows it as something else.
    const syllables = (t: Token) => name.length >= 3 && /^\p{Lu}\p{Ll}{3,}$/u.test(t.text) && !knownName(t.text);
    const acronym =
      next && /^\s*\($/.test(next.gapBefore) && ((next.allCaps && next.text.length >= 2) || syllables(next)) && sentence[next.end] === ')' && !last.possessive
        ? next.text
        : undefined;
    const candidate: Candidate = {
      text: joinTokens(name),
      tokens: name,
      honorific: split.honorific,
      initial: name[0]!.initial,
      before: split.nameStart > 0 ? run[split.nameStart - 1]!.text.toLowerCase() : wordBefore(tokens, firstIndex),
      // Only the word right after counts: in "ships in the Bosphorus, said officials", "said" is not its verb.
      after: last.possessive ? "'s" : next && /^\s+$/.test(next.gapBefore) ? next.text.toLowerCase() : '',
      ...cues(tokens, sentence, firstIndex, lastIndex),
    };
    if (split.role) candidate.role = split.role;
    if (acronym) candidate.acronym = acronym;
    if (productNounAfter(tokens, lastIndex)) candidate.product = true;
    const restated = restatedNoun(tokens, firstIndex, lastIndex);
    if (restated) candidate.restated = restated;
    const company = companyCue(sentence, name);
    if (company) candidate.company = company;
    candidates.push(candidate);
  }
  return candidates;
}
