import { knownName } from './known-names';
import { AWARD_WORDS, COMPASS_WORDS, INITIATIVE_WORDS, ORGANIZATION_HEADS, ORGANIZATION_WORDS, PUBLIC_BODY_WORDS } from './lexicon/words';
import { isPortfolioWord } from './lexicon/portfolio-words';
import { OFFICE_NOUN } from './of-link';
import { isNameWord } from './name-word';
import { joinTokens } from './role-split';
import type { Token } from './tokens';
import { hasPlaceTag, wordTags } from './word-tags';

// Names whose small word joins fields or common nouns: a department "of" two fields or a list of
// them, a scheme got "by" a means. Split from name-joins.ts and name-runs.ts, which ask these.

// Bodies that, like a department, are named "of" the fields they study or teach: "Institute of
// Meteorology and Hydrology", "Academy of Arts and Sciences", "School of Oriental and African Studies".
const FIELD_HEADS = /^(?:Institute|Academy|Faculty|School|Bureau|Directorate|University|College|Chamber|Union|Federation|Confederation|Council|Commission|Agency|Authority)$/;
// A field is a common noun ("hydrology", "sciences"), not a name: "Bank of England and Barclays" are two.
const isFieldWord = (t: Token) => !t.allCaps && !knownName(t.text) && ((tags) => tags.has('Noun') && !tags.has('ProperNoun'))(wordTags(t.text.toLowerCase()));

// Body words that are a ministry's field as well: "Ministry of Information and Broadcasting",
// "Ministry of Mines and Petroleum", "Portfolio Committee on Communications and Digital Technologies".
const FIELD_BODY_WORDS = new Set(['Broadcasting', 'Services', 'Television', 'Radio', 'Petroleum', 'Technologies']);

/**
 * "Department of Public Works and Highways", "Ministry of Agriculture and Rural Development",
 * "Norwegian University of Science and Technology": a department or a school named for two fields.
 * After "and" one or two plain capitalised words end the name.
 */
export function namesOneDepartment(whole: Token[], tokens: Token[], i: number): boolean {
  // "The Ministry of Agriculture and Rural Development said": "The" opening a sentence is no part of it.
  const opened = whole[0]!.text === 'The' ? whole.slice(1) : whole;
  // "Norwegian University of Science and Technology": a school's head may follow the words that
  // say whose it is; the fields after its "of" decide as they do after a head that opens the name.
  const qualified = opened.findIndex((t, k) => k > 0 && FIELD_HEADS.test(t.text) && opened[k + 1]?.text === 'of');
  const run = qualified > 0 ? opened.slice(qualified) : opened;
  const head = run[0]?.text ?? '';
  // "Superintendence of Industry and Commerce": an office named for two fields, as a department is.
  const fieldHead = FIELD_HEADS.test(head) || OFFICE_NOUN.test(head);
  // "Ministry for Gozo and Planning", "Ministry for Europe and Foreign Affairs": a ministry "for" its fields too.
  const joiner = run[1]?.text === 'of' || (run[1]?.text === 'for' && /^(?:Department|Ministry)$/.test(head));
  if (!(/^(?:Department|Ministry)$/.test(head) || fieldHead) || !joiner || run.length < 3) return false;
  if (fieldHead && !run.slice(2).every(isFieldWord)) return false;
  let j = i + 1;
  for (; j < tokens.length && j <= i + 2 && tokens[j]!.capitalised && /^ $/.test(tokens[j]!.gapBefore); j++) {
    const t = tokens[j]!;
    // "Ministry of Social Security and Labour": a portfolio's word after "and" is the ministry's
    // field, though a lexicon knows it as a party ("Labour").
    if (t.allCaps || t.possessive || (knownName(t.text) && (fieldHead || !isPortfolioNamedLikeParty(t))) || (ORGANIZATION_WORDS.has(t.text) && !FIELD_BODY_WORDS.has(t.text))) return false;
    if (fieldHead && !isFieldWord(t)) return false;
  }
  return j > i + 1 && !(tokens[j]?.capitalised && /^ $/.test(tokens[j]!.gapBefore));
}

/**
 * "Citizenship by Investment Programme", "Residence by Investment Unit": a scheme named for what is
 * got "by" what, one common noun each, before a plan's or a body's word. Not "Report by Amnesty
 * International" (a known name after "by") nor "Statement by Foreign Ministry" (no common noun
 * on either side).
 */
export function namesSchemeBy(run: Token[], tokens: Token[], i: number): boolean {
  const [got, means] = [run[run.length - 1]!, tokens[i + 1]];
  // "Eastern Caribbean Citizenship by Investment Regulatory Authority": a region may open it.
  const region = run.slice(run[0]!.text === 'The' ? 1 : 0, -1);
  const place = joinTokens(COMPASS_WORDS.has(region[0]?.text ?? '') ? region.slice(1) : region);
  if (tokens[i]!.text !== 'by' || (region.length > 0 && knownName(place)?.type !== 'place') || !means || means.gapBefore !== ' ') return false;
  const commonNoun = (t: Token) => t.capitalised && !t.allCaps && !t.possessive && isFieldWord(t) && !ORGANIZATION_WORDS.has(t.text) && !INITIATIVE_WORDS.has(t.text);
  if (!commonNoun(got) || !commonNoun(means)) return false;
  // The plan's or the body's word may follow a qualifier ("Regulatory Authority").
  const heads = tokens.slice(i + 2, i + 4);
  const headAt = heads.findIndex((t) => INITIATIVE_WORDS.has(t.text) || PUBLIC_BODY_WORDS.has(t.text) || t.text === 'Unit');
  return headAt >= 0 && heads.slice(0, headAt + 1).every((t) => t.capitalised && t.gapBefore === ' ');
}

/** Words that close a body's last field of two: "Rural Affairs", "Social Security". */
const FIELD_TAILS = new Set(['Affairs', 'Security', 'Development', 'Protection', 'Planning', 'Resources', 'Services']);

// Heads whose "of" may take a list of fields: a ministry's, and a trade body's ("National Society
// of Mining, Petroleum and Energy").
const LIST_HEADS = new Set([...ORGANIZATION_HEADS, 'Society', 'Association', 'Confederation', 'Agency', 'Authority']);

// A list's field word: not initials, a possessive, or a body a lexicon knows.
/** A portfolio's word a lexicon knows as a party's short form ("Labour"): a field in a body's name too. */
export const isPortfolioNamedLikeParty = (t: Token): boolean => isPortfolioWord(t.text) && knownName(t.text)?.type === 'organization' && knownName(t.text)!.name !== t.text;

const isListFieldWord = (t: Token | undefined): t is Token =>
  t !== undefined && isNameWord(t) && !t.allCaps && !t.possessive && (knownName(t.text)?.type !== 'organization' || isPortfolioNamedLikeParty(t));

/**
 * Where one field of a list starting at tokens[j] ends: one word or two ("Public Works"), after a
 * "the" ("the Environment"); -1 if no field starts there. Not "Bank Indonesia", a known name.
 */
function listFieldEnd(tokens: Token[], j: number): number {
  const start = tokens[j]?.text === 'the' ? j + 1 : j;
  if (!isListFieldWord(tokens[start]) || (start > j && tokens[start]!.gapBefore !== ' ')) return -1;
  const second = tokens[start + 1];
  if (!isListFieldWord(second) || second.gapBefore !== ' ') return start;
  return FIELD_TAILS.has(second.text) || knownName(joinTokens([tokens[start]!, second])) === undefined ? start + 1 : -1;
}

/**
 * "Ministry of Economy, Trade and Industry", "Department for Environment, Food and Rural
 * Affairs", "Ministry of Public Health, Hygiene and Social Welfare", "Ontario Ministry of the
 * Environment, Conservation and Parks": a body's "of" or "for" may take a list of fields of one or
 * two words each, commas and a last "and" included. Joins at a comma only when such a list follows.
 */
export function bodyListEnd(run: Token[], tokens: Token[], i: number): number {
  // "National Commission on Research, Science and Technology": a commission's "on" as well.
  const ofAt = run.findIndex((t, k) => (t.text === 'of' || t.text === 'for' || (t.text === 'on' && /^(?:Commission|Committee|Council)$/.test(run[k - 1]?.text ?? ''))) && k > 0 && LIST_HEADS.has(run[k - 1]!.text));
  if (ofAt < 0 || tokens[i]?.gapBefore !== ', ') return -1;
  const first = run.slice(ofAt + (run[ofAt + 1]?.text === 'the' ? 2 : 1));
  if (first.length < 1 || first.length > 2 || !first.every(isListFieldWord)) return -1;
  // Australia's departments list up to six fields ("… Communications, Sport and the Arts").
  for (let j = i, fields = 0; fields < 6; fields++) {
    const end = listFieldEnd(tokens, j);
    const next = tokens[end + 1];
    if (end < 0 || !next) return -1;
    if (next.text === 'and' && next.gapBefore === ' ') {
      const last = listFieldEnd(tokens, end + 2);
      return last > 0 && tokens[end + 2]!.gapBefore === ' ' ? last : -1;
    }
    if (next.gapBefore !== ', ') return -1;
    j = end + 1;
  }
  return -1;
}

/**
 * "Health, Social Care and Sport Committee", "Environment, Food and Rural Affairs Committee": a
 * parliament's committee named by the fields it oversees, a list of one- or two-word fields before
 * "Committee". Asked at the comma after the run's first field; returns the index of "Committee", or -1.
 */
export function committeeOfFieldsEnd(run: Token[], tokens: Token[], i: number): number {
  const plain = (t: Token) => t.capitalised && !t.allCaps && !t.possessive && knownName(t.text) === undefined;
  // A minister's portfolio words are a committee's fields too.
  const field = (t: Token) => isPortfolioWord(t.text);
  // "The Tourism, …" opening a sentence: its "The" is dropped later.
  const first = run[0]?.text === 'The' ? run.slice(1) : run;
  if (first.length === 0 || first.length > 2 || !first.every((t) => plain(t) && field(t)) || tokens[i]?.gapBefore !== ', ') return -1;
  let sawAnd = false;
  let j = i;
  while (j < tokens.length) {
    // One field of one or two common words ("Social Care", "Rural Affairs").
    const second = tokens[j + 1];
    const two = second !== undefined && second.gapBefore === ' ' && plain(second) && second.text !== 'Committee';
    const fieldEnd = two ? j + 1 : j;
    if (!plain(tokens[j]!) || !field(tokens[j]!) || !field(tokens[fieldEnd]!)) return -1;
    const next = tokens[fieldEnd + 1];
    if (sawAnd) return next?.text === 'Committee' && next.gapBefore === ' ' ? fieldEnd + 1 : -1;
    if (next?.text === 'and' && next.gapBefore === ' ' && tokens[fieldEnd + 2]?.gapBefore === ' ') [sawAnd, j] = [true, fieldEnd + 2];
    else if (next?.gapBefore === ', ') j = fieldEnd + 1;
    else return -1;
  }
  return -1;
}

// The small words after a body's, a law's or a prize's word that open what it is named for.
const CAUSE_PREPOSITIONS = new Set(['for', 'on', 'of']);

/**
 * "Association for Elections and Democracy", "Committee on National Security and Defence",
 * "European Charter for Regional or Minority Languages", "American Society of Tropical Medicine and
 * Hygiene": a body, a law or a prize named "for", "on" or "of" one cause and another. One to three
 * words after the small word (and a "the": "Agency for the Development and Promotion"), then "and"
 * (or "or") and one to three plain words that end the name; not a body or a known name after "and"
 * ("Fund for Peace and Amnesty International" stays two names).
 */
export function namesOneCause(run: Token[], tokens: Token[], i: number): boolean {
  if (!/^(?:and|or)$/.test(tokens[i]!.text)) return false;
  const word = (t: Token | undefined): t is Token => t !== undefined && t.capitalised && !t.possessive && / $/.test(t.gapBefore) && !knownName(t.text);
  // "Portfolio Committee on Communications and Digital Technologies": a field's body word may be a cause.
  const plain = (t: Token | undefined) => word(t) && !t.allCaps && (!ORGANIZATION_WORDS.has(t.text) || FIELD_BODY_WORDS.has(t.text));
  // "Committee on Administration and Internal Security": a body's word may be the first cause;
  // "Center for AI Standards and Innovation": so may initials before a plain word.
  const firstCause = (t: Token | undefined) => word(t) && !t.allCaps;
  // A cause of three words is common words only: "National Institute for Disaster Risk Management
  // and Reduction", "Center for Volcanology and Geological Hazard Mitigation".
  const common = (t: Token | undefined) => plain(t) && ((tags) => !tags.has('ProperNoun') && !hasPlaceTag(tags) && !tags.has('Person'))(wordTags(t!.text));
  // "Centre for Wildlife Rehabilitation and Conservation": the first cause may take more words.
  const causeWords = [3, 2, 1].find((k) => run.length > k + 1 && run.slice(-k).every((t, j) => (j === k - 1 ? firstCause(t) : word(t)) && (k < 3 || common(t)))) ?? 0;
  const small = run.length - causeWords - 1;
  // "Authority for the Regulation and Control of …": the small word may take a "the".
  const preposition = run[small]?.text === 'the' && small > 1 && run[small - 1]!.text !== 'of' ? small - 1 : small;
  // "Framework for Fiscal Sustainability and Development": a plan or a law is named for its causes too.
  const isHead = (t: Token | undefined) => t !== undefined && (ORGANIZATION_WORDS.has(t.text) || AWARD_WORDS.has(t.text) || INITIATIVE_WORDS.has(t.text));
  // "Centre for Research on Energy and Clean Air": the head may be named for a field first, and
  // then "in" its causes too ("Centre for Research in Marine Sciences and Limnology").
  // "Law on the Prevention of Money Laundering and Terrorist Financing": a "the" before that field.
  const the = run[preposition - 2]?.text === 'the' ? 1 : 0;
  const nested = word(run[preposition - 1]) && CAUSE_PREPOSITIONS.has(run[preposition - 2 - the]?.text ?? '') && isHead(run[preposition - 3 - the]);
  const joiner = run[preposition]?.text ?? '';
  if (causeWords === 0 || preposition < 1 || !(CAUSE_PREPOSITIONS.has(joiner) || (joiner === 'in' && nested)) || !(isHead(run[preposition - 1]) || nested)) return false;
  if (!plain(tokens[i + 1])) return false;
  // After "of" no word may be one compromise knows as a place's, a person's or another proper name's:
  // "University of Nevada and Toledo Labs" is a body of a place and another body.
  const after = [2, 3].filter((k) => plain(tokens[i + k]) && tokens.slice(i + 2, i + k + 1).every(plain)).length;
  const namedFor = [...run.slice(small + 1), ...tokens.slice(i + 1, i + 2 + after)].filter((t): t is Token => t !== undefined && t.capitalised);
  if (run[preposition]!.text === 'of' && namedFor.some((t) => hasPlaceTag(wordTags(t.text)) || wordTags(t.text).has('Person') || wordTags(t.text).has('ProperNoun'))) return false;
  if (after === 2 && !tokens.slice(i + 1, i + 4).every(common)) return false;
  // Not "Canada Council for the Arts and Arts Nova Scotia": a known name after "and" is another.
  const second = tokens.slice(i + 1, i + 2 + after);
  if (second.some((_, a) => second.slice(a).some((__, b) => b > 0 && knownName(joinTokens(second.slice(a, a + b + 1)))))) return false;
  const end = i + 2 + after;
  return !(tokens[end]?.capitalised && /^ $/.test(tokens[end]!.gapBefore));
}
