import { joinTokens } from './role-split';
import { beginsKnownNameWithOf, isCountryOrRegionName, knownName, placeOfAdjective } from './known-names';
import { isListedWord, isTaggedPerson, isTaggedPlace, wordTags } from './word-tags';
import {
  BENCHMARK_WORDS,
  COMPASS_WORDS,
  EVENT_WORDS,
  INITIATIVE_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_WORDS,
  PLACE_HEADS,
  PLACE_WORDS,
  ROLE_WORDS,
} from './lexicon/words';
import { COMPANY_WORDS } from './lexicon/company-words';
import type { Token } from './tokens';

// "Harmonised Index of Consumer Prices": a gauge's word too.
const HEAD_LISTS = [ORGANIZATION_WORDS, ORGANIZATION_HEADS, INITIATIVE_WORDS, PLACE_WORDS, PLACE_HEADS, EVENT_WORDS, ROLE_WORDS, COMPASS_WORDS, BENCHMARK_WORDS];
/** Bodies that are often followed by "of" and their leader: "the Samajwadi Party of Akhilesh Yadav". */
const PARTY_BODIES = new Set(['Party', 'Movement', 'Front', 'Alliance', 'Coalition', 'Bloc']);
const FELLOWSHIP_PLURALS = new Set(['Brothers', 'Sisters', 'Sons', 'Daughters', 'Friends', 'Knights', 'Children']);
/** An office's abstract noun that heads a body's name before "of" ("Superintendence", "Directorate"). */
export const OFFICE_NOUN = /^\p{Lu}\p{Ll}{3,}(?:tendence|tendency|dency|orate|ariat)$/u;
const STATE_COMPANY_WORDS = new Set(['Company', 'Corporation']);
const COURT_FIELDS = new Set(['Appeals', 'Appeal', 'Justice', 'Cassation', 'Auditors']);

const isLexiconWord = (t: Token) => HEAD_LISTS.some((list) => list.has(t.text)) || knownName(t.text) !== undefined || placeOfAdjective(t.text) !== undefined;

/** The capitalised words right after "of" at index i (no "the"): "of Akhilesh Yadav" → both. */
function wordsAfter(tokens: Token[], i: number): Token[] {
  const after: Token[] = [];
  for (let j = i + 1; j < tokens.length && tokens[j]!.capitalised && /^[ \t]+$/.test(tokens[j]!.gapBefore); j++) {
    after.push(tokens[j]!);
    if (tokens[j]!.possessive) break;
  }
  return after;
}

/** The capitalised name after "of" at index i, past a "the" ("of the Philippines"). */
function placeNamedAfter(tokens: Token[], i: number): string {
  const from = tokens[i + 1]?.text === 'the' ? i + 1 : i;
  return wordsAfter(tokens, from).map((t) => t.text.replace(/['’]s$/u, '')).join(' ');
}

const SCHOOL_HEADS = new Set(['University', 'Institute', 'Academy', 'College', 'School', 'Polytechnic']);

/**
 * "Technical University of Civil Engineering of Bucharest", "University of Science and Technology
 * of China": a school named "of" its fields takes a second "of" for the place it is in. Not
 * "University of Kestrel of Orrin" (a place after the first "of": the second is someone's from there).
 */
function isSchoolOfFieldsOfPlace(run: Token[], tokens: Token[], i: number): boolean {
  const ofAt = run.findIndex((t, k) => t.text === 'of' && SCHOOL_HEADS.has(run[k - 1]?.text ?? ''));
  const fields = run.slice(ofAt + 1);
  const place = placeNamedAfter(tokens, i);
  const isField = (t: Token) => t.text === 'and' || (t.capitalised && knownName(t.text) === undefined && !isTaggedPlace(t.text) && placeOfAdjective(t.text) === undefined);
  return ofAt > 0 && fields.length > 0 && fields.every(isField) && place !== '' && (knownName(place)?.type === 'place' || isTaggedPlace(place));
}

/**
 * Whether "of" at index i continues the name in `run`. Names with "of" have a head word right before
 * it ("Ministry of", "Gulf of", "Treaty of", "Secretary of", "Election Commission of") or are
 * known whole ("United States of America"); a plain name before it is someone "of" somewhere:
 * "Nitish Kumar of Bihar", "Rahul Gandhi of the Indian National Congress". After a party word, a
 * plain two- or three-word name that is no plural is its leader, not part of its name ("Samajwadi
 * Party of Akhilesh Yadav"; but "Party of Regions", "Party of the Democratic Revolution").
 */
export function ofJoins(run: Token[], tokens: Token[], i: number): boolean {
  if (beginsKnownNameWithOf(joinTokens(run))) return true;
  // "Album of the Year", "Rookie of the Year": an award named for the year.
  if (run.length <= 3 && tokens[i + 1]?.text === 'the' && tokens[i + 2]?.text === 'Year') return true;
  // The head word must come right before "of": in "State Sen. Elena Parent of Atlanta" the title's
  // words are heads, but a plain name ends the run, so "of" says where she is from.
  const last = run[run.length - 1]!;
  // "Federal Chamber of Appeals of Rosario", "Court of Justice of the European Union": a court named
  // for its field takes a second "of" for where it sits.
  if (COURT_FIELDS.has(last.text) && run.some((t, k) => t.text === 'of' && ORGANIZATION_WORDS.has(run[k - 1]?.text ?? ''))) return true;
  // "Ministry in Charge of Emergency Management": the body's "in Charge" takes its field's "of".
  if (last.text === 'Charge' && run[run.length - 2]?.text === 'in') return true;
  // "Brothers of Italy", "Friends of the Earth", "Sons of Liberty": a one-word plural of kin or
  // fellowship before "of" names a party or a group; a plain name there is someone from somewhere.
  if (run.length === 1 && FELLOWSHIP_PLURALS.has(last.text)) return true;
  // "Superintendence of Industry", "Directorate of Intelligence", "Presidency of the Council": an
  // office's abstract noun alone before "of" heads a body's name, as "Ministry" does.
  if ((run.length === 1 || (run.length === 2 && run[0]!.text === 'The')) && OFFICE_NOUN.test(last.text)) return true;
  // "Convention on the Rights of the Child", "Committee on the Elimination of Racial
  // Discrimination", "Office for the Coordination of Humanitarian Affairs": a treaty's or a body's
  // head with "on" or "for" names its subject, which may take "of".
  if (run.some((t, k) => k < run.length - 1 && (INITIATIVE_WORDS.has(t.text) || ORGANIZATION_WORDS.has(t.text)) && /^(?:on|for)$/.test(run[k + 1]!.text))) return true;
  // "Cessation of Hostilities Agreement": one plain word before "of" and an agreement's or a law's
  // word ending the two or three words after it name the text, not someone from somewhere.
  const textAfter = wordsAfter(tokens, i);
  const oneWord = run.length === 1 || (run.length === 2 && run[0]!.text === 'The');
  const personWord = isTaggedPerson(last.text);
  if (oneWord && !isLexiconWord(last) && !personWord && textAfter.length >= 2 && textAfter.length <= 3 && INITIATIVE_WORDS.has(textAfter[textAfter.length - 1]!.text)) return true;
  if (isCommonNounOfName(run, tokens, i) || isSecondOfCountry(run, tokens, i)) return true;
  if (isSchoolOfFieldsOfPlace(run, tokens, i)) return true;
  if (isOfBeforeInitials(run, tokens, i)) return true;
  // "Confederation of Chambers of Commerce", "Royal Courts of Justice": a body's plural head
  // takes its own "of", after another word of the name.
  if (run.length >= 2 && /s$/u.test(last.text) && ORGANIZATION_WORDS.has(last.text.replace(/s$/u, '')) && !last.possessive) return true;
  if (!HEAD_LISTS.some((list) => list.has(last.text))) return false;
  // "CSI 300 Index of Shanghai": a gauge "of" a place is where it is kept.
  const placeAfter = wordsAfter(tokens, i).map((t) => t.text).join(' ');
  if (BENCHMARK_WORDS.has(last.text) && (knownName(placeAfter)?.type === 'place' || isTaggedPlace(placeAfter))) return false;
  // "National Oil Company of Malawi", "Power Grid Company of Bangladesh": a company word in full
  // before a country's name is a state company's name. "Southland Corp. of Dallas": otherwise,
  // after a company's legal word, "of" says where it is based.
  if (STATE_COMPANY_WORDS.has(last.text) && isCountryOrRegionName(placeNamedAfter(tokens, i))) return true;
  if (COMPANY_WORDS.has(last.text) && !ORGANIZATION_HEADS.has(last.text)) return false;
  if (!PARTY_BODIES.has(run[run.length - 1]!.text)) return true;
  const after = wordsAfter(tokens, i);
  const leader = after.length >= 2 && after.length <= 3 && !after.some(isLexiconWord) && !/s$/.test(after[after.length - 1]!.text);
  return !leader;
}

// Abstract nouns' endings: "the Implementation of …", "the Independence of …" open a phrase, not a name.
const ABSTRACT_ENDING = /(?:tion|sion|ment|ance|ence|ity|ism|ness|ship|ure)$/u;

/**
 * "the Ring of Fire", "the Lighthouse of Alexandria", "the Champion of Champions": after "the" (or
 * "The" opening the sentence), one capitalised common noun (no abstract one, no plural, no title)
 * and "of" with one or two capitalised words after it that end the name are one name.
 */
function isCommonNounOfName(run: Token[], tokens: Token[], i: number): boolean {
  // "The Ring of Fire lies …": "The" opening the sentence is the run's first word.
  const opened = run.length === 2 && run[0]!.text === 'The';
  const word = run[run.length - 1]!;
  const at = tokens.indexOf(word);
  const afterThe = (run.length === 1 && at >= 1 && tokens[at - 1]!.text === 'the') || opened;
  if (!afterThe || word.possessive || ABSTRACT_ENDING.test(word.text)) return false;
  const tags = wordTags(word.text.toLowerCase());
  const commonWord = isListedWord(word.text) || tags.has('Noun');
  const plural = tags.has('Plural') || /[^s]s$/u.test(word.text);
  if (!commonWord || tags.has('ProperNoun') || plural || tags.has('Adjective') || ROLE_WORDS.has(word.text)) return false;
  const from = tokens[i + 1]?.text === 'the' ? i + 1 : i;
  const after = wordsAfter(tokens, from);
  const next = tokens[from + after.length + 1];
  return after.length >= 1 && after.length <= 2 && !after.some((t) => t.allCaps) && !(next?.capitalised && /^ $/.test(next.gapBefore));
}

/**
 * "Academy of Sciences of the Dominican Republic": a body's name with "of" and its field takes a
 * second "of" for the country or region it serves, when one follows.
 */
function isSecondOfCountry(run: Token[], tokens: Token[], i: number): boolean {
  const of = run.findIndex((t) => t.text === 'of');
  if (of < 1 || !ORGANIZATION_WORDS.has(run[of - 1]!.text) || run.length - of > 3) return false;
  return isCountryOrRegionName(placeNamedAfter(tokens, i));
}

/**
 * "National System of Conservation Areas (SINAC)", "National System of Researchers (SNI)": a name
 * ending in a common noun, "of", and one to three capitalised words closed by initials in brackets
 * is one body's, whatever language its initials come from. A person's name before "of" is someone
 * from somewhere ("Rahul Gandhi of the Indian National Congress (INC)").
 */
function isOfBeforeInitials(run: Token[], tokens: Token[], i: number): boolean {
  const last = run[run.length - 1]!;
  const named = run.filter((t) => t.capitalised && t.text !== 'The');
  // Every word a common one ("National", "System") or a body's word among them ("Association of
  // Tourism Agencies of Cusco"): "Jean-Luc Mélenchon of La France Insoumise (LFI)" is a person's.
  const common = (t: Token) => ((tags) => (tags.has('Noun') || tags.has('Adjective')) && !tags.has('ProperNoun'))(wordTags(t.text.toLowerCase()));
  const bodyWord = (t: Token) => ORGANIZATION_WORDS.has(t.text) || ORGANIZATION_HEADS.has(t.text);
  if (named.length < 2 || last.possessive || knownName(last.text) || named.some((t) => isTaggedPerson(t.text)) || !(named.every(common) || named.some(bodyWord))) return false;
  if (!wordTags(last.text.toLowerCase()).has('Noun')) return false;
  const from = tokens[i + 1]?.text === 'the' ? i + 1 : i;
  const after = wordsAfter(tokens, from);
  const initials = tokens[from + after.length + 1];
  return after.length >= 1 && after.length <= 3 && !after.some((t) => t.allCaps || t.possessive) && initials !== undefined && /^\s*\($/.test(initials.gapBefore) && initials.allCaps && initials.text.length >= 2;
}
