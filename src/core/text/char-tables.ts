import { foldChar } from './fold';

/** What a UTF-16 unit is for word boundaries. */
export const OTHER = 0;
export const WORD = 1;
export const MARK = 2;

/** A folded unit that matching skips (combining marks: "a\u0301" folds like "a"). */
export const SKIP = 0xffff;
/** A FOLDED_UNITS entry not worked out yet (foldedCode fills it). */
export const UNKNOWN_FOLD = 0xfffe;
const UNKNOWN = UNKNOWN_FOLD;

const COMBINING_MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;

// Bits of FLAGS (and of unitFlags()); KNOWN marks an entry as filled.
export const IS_WORD = 1;
export const IS_MARK = 2;
export const IS_LOWER = 4;
export const IS_UPPER = 8;
export const IS_LETTER = 16;
const KNOWN = 128;

/**
 * Per-unit tables filled on first use, so the scan loop reads typed arrays instead of running a
 * RegExp and a string fold for every character of the page (the difference between ~100× and
 * a few times the cost of merely reading the text). 192 KB per tab, whatever the page.
 */
const FOLDED = new Uint16Array(0x10000).fill(UNKNOWN);
const FLAGS = new Uint8Array(0x10000);

/**
 * The tables themselves, for the matcher's inner loop to read without a call per unit (a first
 * scan runs before the JIT has inlined anything). Entries may be UNKNOWN_FOLD / 0: then call
 * foldedCode / unitFlags. Never written outside this file.
 */
export const FOLDED_UNITS: Readonly<Uint16Array> = FOLDED;
export const UNIT_FLAGS: Readonly<Uint8Array> = FLAGS;

/** A unit's flags worked out from Unicode properties (slow: RegExps, compiled on first use). */
export function computeFlags(unit: number): number {
  const ch = String.fromCharCode(unit);
  const letter = LETTER.test(ch);
  let f = KNOWN;
  if (letter || DIGIT.test(ch)) f |= IS_WORD;
  else if (COMBINING_MARK.test(ch)) f |= IS_MARK;
  if (letter) f |= IS_LETTER;
  if (LOWER_CASE.test(ch)) f |= IS_LOWER;
  if (UPPER_CASE.test(ch)) f |= IS_UPPER;
  return f;
}

export function computeFold(unit: number): number {
  const folded = foldChar(String.fromCharCode(unit));
  return folded === '' ? SKIP : folded.charCodeAt(0);
}

/**
 * Latin-1 and general punctuation (quotes, dashes, spaces) written out, so that an English or
 * Spanish page never compiles the Unicode-property RegExps during its first scan, when every
 * millisecond of a cold start counts. A test checks each entry against computeFlags/computeFold.
 */
function prefill(): void {
  const LETTER_FLAGS = KNOWN | IS_WORD | IS_LETTER;
  for (let u = 0; u <= 0xff; u++) FLAGS[u] = KNOWN;
  for (let u = 0x2000; u <= 0x206f; u++) FLAGS[u] = KNOWN;
  for (let u = 0x30; u <= 0x39; u++) FLAGS[u] = KNOWN | IS_WORD;
  for (const u of [0xb2, 0xb3, 0xb9, 0xbc, 0xbd, 0xbe]) FLAGS[u] = KNOWN | IS_WORD; // ² ³ ¹ ¼ ½ ¾
  for (const u of [0xaa, 0xba]) FLAGS[u] = LETTER_FLAGS; // ª º
  FLAGS[0xb5] = LETTER_FLAGS | IS_LOWER; // µ
  for (let u = 0x41; u <= 0x5a; u++) FLAGS[u] = LETTER_FLAGS | IS_UPPER;
  for (let u = 0x61; u <= 0x7a; u++) FLAGS[u] = LETTER_FLAGS | IS_LOWER;
  for (let u = 0xc0; u <= 0xde; u++) if (u !== 0xd7) FLAGS[u] = LETTER_FLAGS | IS_UPPER;
  for (let u = 0xdf; u <= 0xff; u++) if (u !== 0xf7) FLAGS[u] = LETTER_FLAGS | IS_LOWER;
  for (let u = 0; u <= 0xff; u++) FOLDED[u] = u;
  for (let u = 0x2000; u <= 0x206f; u++) FOLDED[u] = u;
  for (let u = 0x41; u <= 0x5a; u++) FOLDED[u] = u + 0x20;
  const LATIN_1_LETTERS = 'aaaaaaæceeeeiiiiðnooooo×ouuuuyþßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþy';
  for (let i = 0; i < LATIN_1_LETTERS.length; i++) FOLDED[0xc0 + i] = LATIN_1_LETTERS.charCodeAt(i);
  for (const u of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x2028, 0x2029, 0x202f, 0x205f]) FOLDED[u] = 0x20;
  for (let u = 0x2000; u <= 0x200a; u++) FOLDED[u] = 0x20;
  FOLDED[0x2018] = FOLDED[0x2019] = 0x27; // ‘ ’ fold to '
}
prefill();

/** The ranges prefill() writes out (for the test that checks them). */
export const PREFILLED_RANGES: [number, number][] = [[0, 0xff], [0x2000, 0x206f]];

/** What the tables hold for a unit (for the test). */
export const tableEntry = (unit: number) => ({ flags: FLAGS[unit]!, folded: FOLDED[unit]! });

/** All of a unit's flags in one lookup, for loops that test several (IS_WORD, IS_UPPER, …). */
export function unitFlags(unit: number): number {
  let f = FLAGS[unit]!;
  if (f === 0) f = FLAGS[unit] = computeFlags(unit);
  return f;
}

export const isUpperCase = (unit: number): boolean => (unitFlags(unit) & IS_UPPER) !== 0;

export const isLetter = (unit: number): boolean => (unitFlags(unit) & IS_LETTER) !== 0;

export function charClass(unit: number): number {
  const f = unitFlags(unit);
  return f & IS_WORD ? WORD : f & IS_MARK ? MARK : OTHER;
}

export function foldedCode(unit: number): number {
  let f = FOLDED[unit]!;
  if (f === UNKNOWN) f = FOLDED[unit] = computeFold(unit);
  return f;
}
