import type { Token } from './tokens';
import { isNameWord } from './name-word';

// The lower-case nouns after a scheme's name that say it is one: "the Help to Buy scheme".
const SCHEME_NOUNS = new Set(['programme', 'program', 'initiative', 'scheme', 'campaign', 'project']);

// The small words inside a scheme's name, in English and Tagalog ("Bantay ASF sa Barangay").
const SCHEME_CONNECTORS = new Set(['for', 'of', 'the', 'to', 'in', 'on', 'sa', 'ng']);

// A scheme's name runs at most this many words: "Revive the Spirit of Mosul" is five.
const LONGEST_SCHEME = 8;

/**
 * "the Chess for Every School programme", "UNESCO's Revive the Spirit of Mosul initiative": capitalised
 * words joined by small lower-case ones, framed by "the" or a possessive before and a scheme's noun
 * after, are one scheme's name. Not "and", which joins two names as often as it joins one.
 */
export function namesSchemeInFull(run: Token[], tokens: Token[], i: number): boolean {
  if (!SCHEME_CONNECTORS.has(tokens[i]!.text) || run.length === 0) return false;
  const start = tokens.indexOf(run[0]!);
  const before = tokens[start - 1];
  if (before === undefined || !(before.text === 'the' || before.possessive)) return false;
  let end = i;
  while (end + 1 < tokens.length && tokens[end + 1]!.gapBefore === ' ' && (isNameWord(tokens[end + 1]!) || SCHEME_CONNECTORS.has(tokens[end + 1]!.text))) end++;
  const noun = tokens[end + 1];
  const lastWord = tokens[end]!;
  return noun !== undefined && noun.gapBefore === ' ' && SCHEME_NOUNS.has(noun.text) && lastWord.capitalised && !lastWord.possessive && end + 1 - start <= LONGEST_SCHEME;
}

/**
 * A scheme's name as namesSchemeInFull joins it, typed by its noun after ("the Decade of
 * Centenaries programme"), not by its words. Not a body's or a place's programme named by the body
 * ("the Ministry of Health programme", "the Port of Tanjung Pelepas project"): its first word heads
 * a body's or a place's name.
 */
export function isFramedSchemeName(words: string[], after: string, firstWordHeadsName: boolean): boolean {
  return SCHEME_NOUNS.has(after) && words.length >= 3 && words.slice(1, -1).some((w) => SCHEME_CONNECTORS.has(w)) && !firstWordHeadsName;
}
