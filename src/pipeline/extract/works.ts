import { PRODUCT_NOUNS_AFTER, VESSEL_NOUNS } from './lexicon/product-words';
import type { Token } from './tokens';
import { wordTags } from './word-tags';

/**
 * Prizes, ships and products that news names with no word of their own to type them ("Golden
 * Lion", "Noble Venturer", "Kwame Nkrumah"): the words around them say what they are.
 */

// Prefixes ships carry before their name: "FPSO Kwame Nkrumah", "MV Dali", "HMS Queen Elizabeth",
// "BRP Davao del Sur". A person or body is never named so. The navies' and coast guards' own
// prefixes follow ("TTS Gasparee", Trinidad and Tobago; "ARA San Juan", Argentina; "CCGS", Canada;
// "KNS Jasiri", Kenya; "SLCGS Suraksha" and "ICGS", Sri Lanka's and India's coast guards),
// leaving out those that also open a body's name ("GNS Science", "ARC Resources").
const SHIP_PREFIXES = new Set(
  `FPSO FSO FLNG MV MT MS RMS HMS HMAS HMCS HMNZS USS USNS INS BRP SS RV RSV RRS
   TTS HMBS HMJS HNLMS HDMS HSwMS HNoMS KNM KRI ROKS BAP NRP ESPS FGS ORP PNS SLNS NNS HTMS TCG ARA CCGS USCGC RNLB FV
   KNS SLCGS ICGS`.split(/\s+/),
);

// Mediterranean Shipping Company names every ship "MSC" and one word ("MSC Erongo", "MSC Sinfonia");
// its units take a company's word ("MSC Cruises", "MSC Group").
const LINE_SHIP_PREFIX = 'MSC';
const LINE_UNIT_WORDS = new Set(['Cruises', 'Group', 'Foundation', 'Shipping', 'Logistics', 'Agency', 'Line']);

/** "FPSO Kwame Nkrumah", "MV Dali", "MSC Erongo": a ship's prefix, then its name. */
export function isShipName(words: string[]): boolean {
  if (words.length === 2 && words[0] === LINE_SHIP_PREFIX) return /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && !LINE_UNIT_WORDS.has(words[1]!);
  return words.length > 1 && SHIP_PREFIXES.has(words[0]!) && /^\p{Lu}/u.test(words[1]!);
}

/**
 * "the Golden Lion for best film", "the Volpi Cup for best actress": a name right before "for
 * best" is a prize, whatever its last word ("Cup" otherwise names a tournament). Not "voted for
 * Smith" (the name comes after "for").
 */
export function isPrizeFor(tokens: Token[], lastIndex: number): boolean {
  const by = tokens[lastIndex + 1];
  const best = tokens[lastIndex + 2];
  return by?.text === 'for' && by.gapBefore === ' ' && best?.gapBefore === ' ' && /^best$/i.test(best.text);
}

/**
 * "a spectrometer called MEGANE", "the rover named Rashid": a name given to a product noun is the
 * product's. Not "a town called Jasper" (a town is no product).
 */
export function isNamedProduct(tokens: Token[], firstIndex: number): boolean {
  const verb = tokens[firstIndex - 1];
  const noun = tokens[firstIndex - 2];
  return verb !== undefined && /^(?:called|named|dubbed)$/.test(verb.text) && noun !== undefined && PRODUCT_NOUNS_AFTER.has(noun.text);
}

// Verbs whose object is something made: "builds the T-Roc Cabriolet", "assembled the Karmann Ghia".
const MAKING_VERBS = new Set('build builds built assemble assembles assembled manufacture manufactures manufactured'.split(' '));

/**
 * "the plant builds the T-Roc Cabriolet": what a plant builds or assembles, after "the", is a
 * product. The word before the name, as candidates read it (past "the"); "built by Karmann"
 * (before "by") and "built up" are not.
 */
export function isMadeThing(before: string, tokens: Token[], firstIndex: number): boolean {
  return MAKING_VERBS.has(before) && tokens[firstIndex - 1]?.text === 'the';
}

/**
 * "the Vanuatu-flagged Tian Xiang 606", "the longliner Ocean Pearl 12": a name right after a
 * flag or a vessel's noun is a vessel's (the token before the name at tokens[firstIndex]).
 */
export function isNamedVessel(tokens: Token[], sentence: string, firstIndex: number): boolean {
  const [noun, determiner] = [tokens[firstIndex - 1], tokens[firstIndex - 2]];
  if (!noun) return false;
  if (/\p{L}-flagged$/u.test(sentence.slice(noun.start, noun.end))) return true;
  if (!VESSEL_NOUNS.has(noun.text) || determiner === undefined) return false;
  // "the Interislander ferry Kaitaki": an operator's name may stand before the noun. Not "Then
  // ferry Kaitaki sailed": a word opening the sentence, "The" or "A" aside, is no determiner.
  return !determiner.initial || /^(?:The|A|An)$/.test(determiner.text);
}

/**
 * The number after such a vessel's name is the name's, as fishing fleets number their boats. Not
 * "the Ocean Pearl 12 crew": a noun after the number.
 */
export function isVesselNumber(run: Token[], tokens: Token[], sentence: string, i: number): boolean {
  const number = tokens[i]!;
  if (run.length === 0 || run.length > 3 || !/^\d{1,4}$/.test(number.text) || number.gapBefore !== ' ') return false;
  const next = tokens[i + 1];
  if (next && next.gapBefore === ' ' && /^\p{Ll}/u.test(next.text) && wordTags(next.text).has('Noun') && !wordTags(next.text).has('Verb')) return false;
  return isNamedVessel(tokens, sentence, tokens.indexOf(run[0]!));
}
