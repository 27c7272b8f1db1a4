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
} from './lexicon/words';
import { joinTokens, splitRole, type RoleSplit } from './role-split';
import { knownName, placeOfAdjective } from './known-names';
import { ofJoins } from './of-link';
import { isCommonWord } from './word-tags';
import { appositiveNoun, describingNoun, workplaceNoun } from './context-cues';

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
  // "National Disaster Risk Reduction and Management Council": up to four plain words before "and".
  if (own.length > 4 || !own.every(plain) || knownName(joinTokens(run))) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    const t = tokens[j]!;
    if (!t.capitalised || !/^ $/.test(t.gapBefore) || t.allCaps) return false;
    if (PUBLIC_BODY_WORDS.has(t.text)) return j > i + 1;
    // "Environment and Climate Change Canada", "Fisheries and Oceans Canada": departments named
    // "<field> and <field> <country>", the country last after at least one more word.
    // Not "Northern Territory and South Australia": two places, the first ending in a place word.
    if (knownName(t.text)?.type === 'place') return j > i + 1 && !PLACE_WORDS.has(run[run.length - 1]!.text) && !COMPASS_WORDS.has(tokens[i + 1]!.text);
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
function namesOneDepartment(run: Token[], tokens: Token[], i: number): boolean {
  if (!/^(?:Department|Ministry)$/.test(run[0]!.text) || run[1]?.text !== 'of' || run.length < 3) return false;
  let j = i + 1;
  for (; j < tokens.length && j <= i + 2 && tokens[j]!.capitalised && /^ $/.test(tokens[j]!.gapBefore); j++) {
    const t = tokens[j]!;
    if (t.allCaps || t.possessive || knownName(t.text) || ORGANIZATION_WORDS.has(t.text)) return false;
  }
  return j > i + 1 && !(tokens[j]?.capitalised && /^ $/.test(tokens[j]!.gapBefore));
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
  if (t.text === 'and' && (namesOneGroup(run, tokens, i) || namesOneBody(run, tokens, i) || namesOneDepartment(run, tokens, i))) return true;
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

function runs(tokens: Token[]): Token[][] {
  const result: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    // A number ends a name only where a lexicon knows it whole ("CAC 40", "FTSE 100").
    while (run.length > 0 && !run[run.length - 1]!.capitalised && !endsKnownNumberName(run.slice(0, -1), run[run.length - 1]!)) run.pop();
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
    const continues = run.length === 0 || /^[ \t]+$/.test(t.gapBefore);
    if (!continues) close();
    if (isNameWord(t) || endsKnownNumberName(run, t) || joinsName(tokens, i, run) || isSurnameLikeDate(tokens, i, run)) {
      run.push(t);
      if (t.possessive) close();
    } else close();
  }
  close();
  return result;
}

/** Drops a capitalised common word that only starts the sentence ("Despite", "Officials"). */
function dropInitialCommonWord(run: Token[]): Token[] {
  const first = run[0]!;
  // "Seven & i": a word joined by "&" is a name's, whatever else it means.
  if (!first.initial || run[1]?.gapBefore === ' & ') return run;
  if (!FUNCTION_WORDS.has(first.text) && !isCommonWord(first.text)) return run;
  const rest = run.slice(1);
  while (rest.length > 0 && !rest[0]!.capitalised) rest.shift();
  return rest;
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

/** "Russian", "Latin American", "Republican": adjectives, not names of anything. */
function isOnlyAdjectives(run: Token[]): boolean {
  if (placeOfAdjective(joinTokens(run)) !== undefined) return true;
  return run.every((t) => placeOfAdjective(t.text) !== undefined || FUNCTION_WORDS.has(t.text) || NON_NAME_ADJECTIVES.has(t.text));
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
 * "European Commission President Ursula von der Leyen", "Labour Party leader …": the body a title
 * belongs to is named too. The title's words up to its last organisation word, if two or more.
 */
function bodyInTitle(title: Token[]): Token[] | undefined {
  let end = -1;
  title.forEach((t, i) => {
    if (ORGANIZATION_WORDS.has(t.text) || knownName(t.text)?.type === 'organization') end = i;
  });
  const body = title.slice(0, end + 1);
  return body.length >= 2 || (body.length === 1 && knownName(body[0]!.text)?.type === 'organization') ? body : undefined;
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
    const run = dropInitialCommonWord(found);
    if (run.length === 0 || isOnlyAdjectives(run)) continue;
    const split = withDroppedTitleWord(found, run, splitRole(run));
    // "Georgia Gov. Brian Kemp", "São Paulo Governor …": the place in a title is named too.
    for (const place of placesIn(run.slice(0, split.nameStart))) {
      candidates.push({ ...placeInTitle(place[0]!, tokens), text: joinTokens(place), tokens: place });
    }
    const body = bodyInTitle(run.slice(0, split.nameStart));
    if (body) candidates.push({ ...placeInTitle(body[0]!, tokens), text: joinTokens(body), tokens: body, after: '' });
    const name = run.slice(split.nameStart);
    if (name.length === 0 || isOnlyAdjectives(name)) continue;
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
    const acronym =
      next && /^\s*\($/.test(next.gapBefore) && next.allCaps && next.text.length >= 2 && sentence[next.end] === ')' && !last.possessive ? next.text : undefined;
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
    candidates.push(candidate);
  }
  return candidates;
}
