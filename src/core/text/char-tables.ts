import { foldChar } from './fold';

/** What a UTF-16 unit is for word boundaries. */
export const OTHER = 0;
export const WORD = 1;
export const MARK = 2;

/** A folded unit that matching skips (combining marks: "a\u0301" folds like "a"). */
export const SKIP = 0xffff;
const UNKNOWN = 0xfffe;

const COMBINING_MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const LOWER_CASE = /\p{Ll}/u;
const UPPER_CASE = /\p{Lu}/u;

// Bits of FLAGS; KNOWN marks an entry as filled.
const IS_WORD = 1;
const IS_MARK = 2;
const IS_LOWER = 4;
const IS_UPPER = 8;
const IS_LETTER = 16;
const KNOWN = 128;

/**
 * Per-unit tables filled on first use, so the scan loop reads typed arrays instead of running a
 * RegExp and a string fold for every character of the page (the difference between ~100× and
 * a few times the cost of merely reading the text). 192 KB per tab, whatever the page.
 */
const FOLDED = new Uint16Array(0x10000).fill(UNKNOWN);
const FLAGS = new Uint8Array(0x10000);

function flagsOf(unit: number): number {
  let f = FLAGS[unit]!;
  if (f === 0) {
    const ch = String.fromCharCode(unit);
    const letter = LETTER.test(ch);
    f = KNOWN;
    if (letter || DIGIT.test(ch)) f |= IS_WORD;
    else if (COMBINING_MARK.test(ch)) f |= IS_MARK;
    if (letter) f |= IS_LETTER;
    if (LOWER_CASE.test(ch)) f |= IS_LOWER;
    if (UPPER_CASE.test(ch)) f |= IS_UPPER;
    FLAGS[unit] = f;
  }
  return f;
}

/** Whether the unit is a lower-case letter: no name starts with one, so most words end here. */
export const isLowerCase = (unit: number): boolean => (flagsOf(unit) & IS_LOWER) !== 0;

export const isUpperCase = (unit: number): boolean => (flagsOf(unit) & IS_UPPER) !== 0;

export const isLetter = (unit: number): boolean => (flagsOf(unit) & IS_LETTER) !== 0;

export function charClass(unit: number): number {
  const f = flagsOf(unit);
  return f & IS_WORD ? WORD : f & IS_MARK ? MARK : OTHER;
}

export function foldedCode(unit: number): number {
  let f = FOLDED[unit]!;
  if (f === UNKNOWN) {
    const folded = foldChar(String.fromCharCode(unit));
    f = FOLDED[unit] = folded === '' ? SKIP : folded.charCodeAt(0);
  }
  return f;
}
