import type { Token } from './tokens';
import { BODY_EVENT_WORDS, ORGANIZATION_WORDS, PLACE_WORDS, PARTY_MEMBERS, ROLE_WORDS, ROLE_HEADS } from './lexicon/words';
import { isChiefOfStaff, joinTokens } from './role-split';
import { knownName, placeOfAdjective } from './known-names';
import { isCommonWord } from './word-tags';

// Names a title carries before the person's name ("Georgia Gov.", "European Commission President",
// "Kerr County Judge", "Nexora Chief Executive") and a place before a party member's noun
// ("a Massachusetts Democrat"). Split from candidates.ts, which makes candidates of them.

/** Known places among a title's words, longest first: "São Paulo" in "São Paulo Governor". */
export function placesIn(title: Token[]): Token[][] {
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
  if (head === undefined || !/^(?:Minister|Secretary)$/.test(head.text)) return false;
  // "Local Government Minister Desmond McKenzie": a common adjective before a body's generic word
  // is the portfolio's field too, not a body's name ("Labour Party Secretary" keeps its party).
  if (body.length === 2 && body[0]!.initial === false && isCommonWord(body[0]!.text) && GENERIC_BODY_WORDS.has(body[1]!.text)) return true;
  return field !== undefined && ROLE_WORDS.has(field.text) && !ROLE_HEADS.has(field.text);
}

const GENERIC_BODY_WORDS = new Set(['Government', 'Administration', 'Services', 'Service']);
const NOUN_FIRST_BODY_WORDS = new Set(['Bloc', 'Parti', 'Partido', 'Partito', 'Banco', 'Banca', 'Grupo', 'Groupe', 'Frente', 'Movimiento', 'Mouvement']);
const RANK_WORDS = new Set(['Chief', 'Deputy', 'Vice', 'Acting', 'Senior', 'Assistant', 'Principal', 'Former']);

/**
 * "European Commission President Ursula von der Leyen", "Labour Party leader …": the body a title
 * belongs to is named too. The title's words up to its last organisation word, if two or more.
 */
export function bodyInTitle(title: Token[]): Token[] | undefined {
  let end = -1;
  title.forEach((t, i) => {
    // "National Treasury Cabinet Secretary": Kenya's and Britain's "Cabinet Secretary" is a title.
    const cabinetSecretary = t.text === 'Cabinet' && title[i + 1]?.text === 'Secretary';
    // "Chief of Staff": the staff is the title's.
    const chiefOfStaff = t.text === 'Staff' && isChiefOfStaff(title, i - 2);
    // "Pacific Islands Forum Secretary General": a forum with a title-holder is a body, not a meeting.
    const forumWithOffice = BODY_EVENT_WORDS.has(t.text) && ROLE_WORDS.has(title[i + 1]?.text ?? '');
    if ((ORGANIZATION_WORDS.has(t.text) || knownName(t.text)?.type === 'organization' || forumWithOffice) && !cabinetSecretary && !chiefOfStaff) end = i;
  });
  // "Bloc Québécois Leader", "Parti Québécois Leader": in French, Spanish or Italian a body's word
  // opens its name, and the words after it, up to the title's, are the rest of the name. Not in
  // English: "Senate Majority Leader" and "Union Home Minister" are titles after a body's word.
  if (end <= 0 && title.length > 2 && NOUN_FIRST_BODY_WORDS.has(title[0]!.text)) {
    const restOfName = (t: Token) => t.capitalised && !ROLE_WORDS.has(t.text) && !ORGANIZATION_WORDS.has(t.text);
    let k = 1;
    while (k < title.length && restOfName(title[k]!)) k++;
    if (k > 1 && k < title.length) end = k - 1;
  }
  // "Central Bank of Chile Governor": the body's "of" and its place, up to the title's words.
  if (end >= 0 && title[end + 1]?.text === 'of') {
    let k = end + 2;
    while (k < title.length && !ROLE_WORDS.has(title[k]!.text)) k++;
    if (k > end + 2 && k < title.length) end = k - 1;
  }
  // "Chief Cabinet Secretary", "Deputy Party Leader": a rank before the body's word is the title's.
  let start = 0;
  while (start < end && RANK_WORDS.has(title[start]!.text)) start++;
  // "Commissioner of Police", "Director of the FBI": a title's "of" names its field or its body,
  // which is no body's name with the title's word.
  const ofField = ROLE_WORDS.has(title[start]?.text ?? '') && title[start + 1]?.text === 'of';
  if (ofField) start += title[start + 2]?.text === 'the' ? 3 : 2;
  const body = title.slice(start, end + 1);
  if (isPortfolio(body, title[end + 1])) return undefined;
  // "Director of Veterinary Services Kefilwe Motshegwa": a common adjective before a generic body's
  // word after the title's "of" is the director's field, the office's, not a body named so.
  if (ofField && body.length === 2 && isCommonWord(body[0]!.text) && GENERIC_BODY_WORDS.has(body[1]!.text)) return undefined;
  return body.length >= 2 || (body.length === 1 && knownName(body[0]!.text)?.type === 'organization') ? body : undefined;
}

/**
 * "Kerr County Judge Rob Kelly", "Hatay Province Governor …": a title that opens with a place named
 * by its feature word names that place too. The words up to a place's word, two at least, none of
 * them a title's word.
 */
export function featureInTitle(title: Token[]): Token[] | undefined {
  const end = title.findIndex((t) => PLACE_WORDS.has(t.text));
  const place = title.slice(0, end + 1);
  return end >= 1 && !place.some((t) => ROLE_WORDS.has(t.text)) && knownName(joinTokens(place)) === undefined ? place : undefined;
}

/**
 * "Nexora Chief Executive Tom Hale", "Brastow CEO Ana Lind": the words before a company's title
 * name the company. One to three plain words, none a title's, a place's or a list's word.
 */
export function companyInTitle(title: Token[]): Token[] | undefined {
  const head = title.findIndex((t, k) => t.text === 'CEO' || (t.text === 'Chief' && /^(?:Executive|Financial|Operating)$/.test(title[k + 1]?.text ?? '')) || /^(?:Chairman|Chairwoman|Founder)$/.test(t.text));
  const company = title.slice(0, head);
  const plain = (t: Token) => !ROLE_WORDS.has(t.text) && !knownName(t.text) && placeOfAdjective(t.text) === undefined && !PLACE_WORDS.has(t.text);
  return head >= 1 && head <= 3 && company.every(plain) ? company : undefined;
}

/**
 * "a Massachusetts Democrat": a place and a party member's noun are two names, the place and the
 * party, not one. Returns the place's tokens, or undefined.
 */
export function placeOfPartyMember(name: Token[]): Token[] | undefined {
  const last = name[name.length - 1]!;
  const place = name.slice(0, -1);
  return name.length > 1 && PARTY_MEMBERS.has(last.text) && knownName(joinTokens(place))?.type === 'place' ? place : undefined;
}

/**
 * "U.S. West Texas Intermediate", "U.S. Federal Reserve": a known place before a name a lexicon
 * knows (not a place's) qualifies it and is named too. The place's tokens, or undefined when the
 * whole is known ("China Vanke") or the rest is not.
 */
// "the U.S. Gulf Coast", "the U.S. Midwest": a country's short form before one of its regions.
const REGION_TAILS = new Set(['Coast', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'South', 'West', 'East', 'North', 'Belt', 'Plains', 'Seaboard']);
const COUNTRY_SHORT_FORMS = new Set(['U.S.', 'US', 'U.K.', 'UK']);

export function placeBeforeKnownName(name: Token[]): Token[] | undefined {
  if (knownName(joinTokens(name))) return undefined;
  if (name.length >= 2 && COUNTRY_SHORT_FORMS.has(name[0]!.text) && REGION_TAILS.has(name[name.length - 1]!.text)) return name.slice(0, 1);
  for (const k of [1, 2]) {
    if (name.length <= k || knownName(joinTokens(name.slice(0, k)))?.type !== 'place') continue;
    const rest = knownName(joinTokens(name.slice(k)));
    if (rest && rest.type !== 'place' && rest.type !== 'person') return name.slice(0, k);
  }
  return undefined;
}

