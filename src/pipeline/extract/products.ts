import { knownName } from './known-names';
import { GIVEN_NAMES } from './lexicon/given-names';
import { FUNCTION_WORDS, ROLE_WORDS } from './lexicon/words';
import { NUMBERED_COMMON_NOUNS, PRODUCT_NOUNS_AFTER, ATTACK_NOUNS } from './lexicon/product-words';
import type { Token } from './tokens';
import { isCommonWord, wordTags } from './word-tags';

/**
 * Products and vehicles (rockets, satellites, aircraft, car models) are the "other" type. News
 * names them by a brand word with a model number or letter ("Ariane 6", "Falcon 9", "Vega C"), by
 * a code ("CSO-3", "MiG-29"), or with a lower-case product noun after them ("Soyuz rockets").
 * No town, person or company is named so, but common nouns with numbers are ("Phase 2").
 */

const QUANTITY_WORDS = /^(?:million|billion|trillion|thousand|hundred|percent|per|cent|euros?|dollars?|pounds?|yen|yuan|rupees?|people|years?|months?|weeks?|days?|hours?|points?|seats?|votes?|times|tons?|tonnes?|barrels?|kilometres?|kilometers?|miles?|metres?|meters?)$/;

/** A word that may carry a model number: capitalised, not a common numbered noun, title or known name. */
function takesModelNumber(word: Token): boolean {
  return (
    /^\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Ll}+)?$/u.test(word.text) &&
    !NUMBERED_COMMON_NOUNS.has(word.text) &&
    !ROLE_WORDS.has(word.text) &&
    !FUNCTION_WORDS.has(word.text) &&
    !isCommonWord(word.text) &&
    knownName(word.text) === undefined &&
    // Nor a place or a person compromise knows: "Paris 2024", "Chelsea 1".
    !['Place', 'City', 'Country', 'Person', 'FirstName', 'LastName'].some((tag) => wordTags(word.text).has(tag))
  );
}

/**
 * Whether the number at tokens[i] is the model number of the one-word name in `run`: "Ariane 6
 * rocket", "130 Falcon 9 rockets". Not a score ("Liverpool 2 Chelsea 1": a name follows), a share
 * ("Hanoi 20%"), a decimal, a time or a year, and not after a known place ("Brazil 2").
 */
export function isModelNumber(run: Token[], tokens: Token[], i: number): boolean {
  const number = tokens[i]!;
  const next = tokens[i + 1];
  // A year is an edition, not a model: "Euro 2024", "Expo 2025".
  const year = /^(?:19|20)\d\d$/.test(number.text);
  // "The Chang'e 6 probe": a sentence's first "The" is still in the run here.
  const opener = run.length === 2 && run[0]!.initial && FUNCTION_WORDS.has(run[0]!.text);
  if ((run.length !== 1 && !opener) || !/^\d{1,4}$/.test(number.text) || year || number.gapBefore !== ' ' || !takesModelNumber(run[run.length - 1]!)) return false;
  if (!next) return true;
  // "fined Galvora 2 million euros": a quantity follows, not a product's noun.
  if (QUANTITY_WORDS.test(next.text)) return false;
  if (/^[%.:,\-–/]?\d/.test(next.gapBefore + next.text) || /^\s*[%:\-–/]/.test(next.gapBefore)) return false;
  return !(next.capitalised && /^[ ,]+$/.test(next.gapBefore));
}

/** "Ariane 6", "Vega C": a word and its model number or letter. */
export function isModelName(tokens: Token[]): boolean {
  if (tokens.length !== 2 || !takesModelNumber(tokens[0]!)) return false;
  const model = tokens[1]!.text;
  // "Malcolm X": a given name before a letter is a person's.
  // The letter is a Latin one: "Lauca Ñ" is a town.
  // "Kestrel X2", "Galaxy S24": a letter and a number of one or two digits, a model's too.
  return /^\d{1,4}$/.test(model) || /^[A-Z]\d{1,2}$/.test(model) || (/^[A-Z]$/.test(model) && !GIVEN_NAMES.has(tokens[0]!.text));
}

/**
 * "CSO-3", "MiG-29", "Tianwen-1": letters, a hyphen and a number make one word a model's code.
 * Two letters at least: "G-20" and "M-23" name a group of countries and a militia.
 */
export function isModelCode(word: string): boolean {
  // "A320neo", "A350", "A350-1000", "A321XLR": one capital and three digits name an aircraft; shorter ones do not ("G20", "M23", "B3").
  return (/^\p{Lu}[\p{L}']+-\d{1,4}[\p{Lu}]?$/u.test(word) && !/^Covid-/iu.test(word)) || /^\p{Lu}\d{3}(?:-\d{2,4})?(?:\p{Ll}*|\p{Lu}{2,3})$/u.test(word) || isEngineCode(word) || isBareModelCode(word) || isRomanModelCode(word);
}

/** "H-IIA", "H-IIB", "M-V": Japan's rockets, a letter and a Roman numeral with a variant letter. */
function isRomanModelCode(word: string): boolean {
  return /^\p{Lu}{1,2}-(?:I{1,3}|IV|V|VI{1,3})[A-Z]?$/u.test(word);
}

/** "GE9X": capitals, one digit, capitals name an engine; "G7", "COP29" end in a digit, "H5N1" opens with one letter. */
function isEngineCode(word: string): boolean {
  // "PW1100G", "MI450", "RTX5090": two or three capitals and a three- or four-digit model number.
  return /^\p{Lu}{2,}\d\p{Lu}+$/u.test(word) || /^\p{Lu}{2,3}\d{3,4}\p{Lu}{0,2}$/u.test(word);
}

/**
 * "777X", "787-10": an aircraft named by its three-digit number with a letter or a variant's
 * number. Alone, only the letter form: "a 245-6 total" is a score. Not "100M", "500K", "300B":
 * a quantity's letter.
 */
export function isBareModelCode(word: string): boolean {
  return /^[1-9]\d{2}[A-Z]{1,3}$/.test(word) && !/^\d+[KMBTG]$/.test(word);
}

/**
 * "Boeing 777-9", "Boeing 777X", "Boeing 787-10": a known company's name
 * then a three-digit number with a variant's number or letter is the company's product. A plain
 * number ("Airbus 150 jets") may be a count, so it does not join.
 */
export function isMakerModel(run: Token[], tokens: Token[], i: number): boolean {
  return run.length === 1 && tokens[i]!.gapBefore === ' ' && isMakerModelName([run[0]!.text, tokens[i]!.text]);
}

/** The words of such a name: "Boeing 777-9", "Boeing 737 MAX 9", "Boeing 787-9 Dreamliner" (a known model's own name after). */
export function isMakerModelName(words: string[]): boolean {
  const [maker, code] = words;
  if (knownName(maker!)?.type !== 'organization') return false;
  if (words.length === 3 && knownName(words[2]!)?.type === 'other') return isMakerModelName(words.slice(0, 2));
  // "Boeing 737 MAX 9", "Boeing 737 MAX": the number, a word in capitals and maybe a variant's number.
  if (words.length >= 3 && /^[1-9]\d{2}$/.test(code!) && /^\p{Lu}{2,}$/u.test(words[2]!) && words.length <= 4) return words.length === 3 || /^\d{1,2}$/.test(words[3]!);
  return words.length === 2 && /^[1-9]\d{2}(?:-\d{1,4}|[A-Z]{1,3})$/.test(code!) && !/^\d+[KMBTG]$/.test(code!);
}

/**
 * "ATR 72-600", "Dash 8-400": a model family a lexicon knows ("ATR 72"), by the word before the
 * number, then its variant's number after a hyphen.
 */
export function isFamilyVariant(word: string, code: string): boolean {
  const family = /^(\d{1,4})-\d{1,4}$/.exec(code);
  return family !== null && knownName(`${word} ${family[1]}`)?.type === 'other';
}

// Units and currencies printed in capitals after a number: "a 300 MW plant", "100 USD".
const UNITS = /^(?:[KMGT]Wh|MPH|KPH|KMH|USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF|PPM|BPD|GDP|CEO|BCE)$/;

/**
 * "a 737 MAX 9", "the 737 MAX": a three-digit model number, a word in capitals and maybe a
 * variant's number name one aircraft. Returns the index of its last token, or -1. Not "a 300 MW
 * plant" or "100 USD" (units and currencies), nor a count of a body's people: "200 NATO troops"
 * (a known name), "300 KPU officials" (a plural noun after).
 */
export function numberedModelEnd(tokens: Token[], i: number): number {
  const word = tokens[i + 1];
  const variant = tokens[i + 2];
  if (!/^[1-9]\d{2}$/.test(tokens[i]!.text) || !word || word.gapBefore !== ' ' || !/^\p{Lu}{3,}$/u.test(word.text) || UNITS.test(word.text)) return -1;
  if (variant && variant.gapBefore === ' ' && /^\d{1,2}$/.test(variant.text)) return i + 2;
  const plural = variant !== undefined && variant.gapBefore === ' ' && /^\p{Ll}+s$/u.test(variant.text);
  return knownName(word.text) === undefined && !plural ? i + 1 : -1;
}

/** "737 MAX 9", "777X": a name opening with an aircraft's number is the aircraft's. */
export function opensWithModelNumber(words: string[]): boolean {
  return /^[1-9]\d{2}$/.test(words[0]!) && words.length > 1;
}

/** A product noun right after the name at tokens[lastIndex] ("Soyuz rockets"), not a weapon's attack. */
export function productNounAfter(tokens: Token[], lastIndex: number): boolean {
  const noun = tokens[lastIndex + 1];
  const following = tokens[lastIndex + 2];
  // "Porsche's Cayman and Boxster sports cars": a car's model before "sports car".
  if (noun?.text === 'sports' && /^ $/.test(noun.gapBefore) && /^cars?$/.test(following?.text ?? '') && following!.gapBefore === ' ') return true;
  // "the NASA-ISRO Synthetic Aperture Radar (NISAR) satellite": after its acronym's parenthesis too.
  if (!noun || noun.capitalised || !/^\)? $/.test(noun.gapBefore) || !PRODUCT_NOUNS_AFTER.has(noun.text)) return false;
  return !(following && /^ $/.test(following.gapBefore) && ATTACK_NOUNS.has(following.text));
}

// Tier words after a device's or chip's model number: "iPhone 17 Pro", "Galaxy S25 Ultra", "Snapdragon 8 Elite Gen 5".
const TIERS = new Set(['Pro', 'Max', 'Ultra', 'Plus', 'Mini', 'Lite', 'Air', 'Elite', 'Edge', 'Fold', 'Flip', 'Neo', 'FE', 'SE', 'Gen']);
// A model number: digits, maybe a letter or two ("17", "18S", "15T"); not a year.
const DEVICE_NUMBER = /^(?!(?:19|20)\d\d$)\d{1,3}[A-Za-z]{0,2}$/;
// "HyperOS", "iPhone": a brand's spelling, with a capital inside the word.
const isBrandWord = (word: string) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) || /^\p{Ll}\p{Lu}/u.test(word);

/**
 * "Xiaomi 18S Pro", "iPhone 17 Pro", "Snapdragon 8 Elite Gen 5", "HyperOS 3": a maker's, a
 * product's or a brand's word, a model number, then tier words and a generation's number. Returns
 * the index of the last token, or -1. A plain word needs the tier ("Snapdragon 8 Elite"); a known
 * product or a brand's spelling may stand with a short number alone ("iPhone 17", "HyperOS 3"), a
 * known maker with a lettered one ("Xiaomi 15T"). Not a quantity, a score or a share after it
 * ("Xiaomi 18 million", "Liverpool 2 Chelsea 1", "Kestrel 8%").
 */
export function deviceModelEnd(run: Token[], tokens: Token[], i: number): number {
  const number = tokens[i]!;
  // "Mistral Large 4", "Claude Opus 4": a known product of two words takes its version's number too.
  const knownProduct = run.length === 2 && knownName(`${run[0]!.text} ${run[1]!.text}`)?.type === 'other';
  if ((run.length !== 1 && !knownProduct) || number.gapBefore !== ' ' || !DEVICE_NUMBER.test(number.text)) return -1;
  let end = i;
  while (tokens[end + 1]?.gapBefore === ' ' && (TIERS.has(tokens[end + 1]!.text) || (tokens[end]!.text === 'Gen' && /^\d{1,2}$/.test(tokens[end + 1]!.text)))) end++;
  const next = tokens[end + 1];
  if (next && (QUANTITY_WORDS.test(next.text) || /^[%.:,\-–/]?\d/.test(next.gapBefore + next.text) || /^\s*[%:\-–/]/.test(next.gapBefore))) return -1;
  const brand = run.map((t) => t.text).join(' ');
  const known = knownName(brand)?.type;
  if (known === 'place' || known === 'person') return -1;
  if (end > i) return end;
  return standsWithNumberAlone(brand, number.text) ? end : -1;
}

// "GenZ 212" (a movement named for a dialling code): a brand's spelling takes a short number only.
function standsWithNumberAlone(brand: string, number: string): boolean {
  const known = knownName(brand)?.type;
  const lettered = /\d\p{L}/u.test(number);
  return known === 'other' || (isBrandWord(brand) && /^\d{1,2}$/.test(number)) || (known === 'organization' && lettered);
}

/** The words of such a name, for typing it: a word, a model number, then only tiers and numbers. */
export function isDeviceModelName(words: string[]): boolean {
  // "Samsung Galaxy S26", "Samsung Galaxy S26 Ultra": a known maker, its line's word, a lettered model number and tiers.
  if (words.length >= 3 && knownName(words[0]!)?.type === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && /^[A-Z]\d{1,2}$/.test(words[2]!)) return words.slice(3).every((w) => TIERS.has(w));
  if (words.length >= 3 && knownName(`${words[0]} ${words[1]}`)?.type === 'other' && DEVICE_NUMBER.test(words[2]!)) return words.slice(3).every((w) => TIERS.has(w) || /^\d{1,2}$/.test(w));
  return words.length >= 2 && DEVICE_NUMBER.test(words[1]!) && words.slice(2).every((w) => TIERS.has(w) || /^\d{1,2}$/.test(w)) && (words.length > 2 || standsWithNumberAlone(words[0]!, words[1]!));
}
