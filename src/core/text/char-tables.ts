import { foldChar } from './fold';

/** What a UTF-16 unit is for word boundaries. */
export const OTHER = 0;
export const WORD = 1;
export const MARK = 2;

/** A folded unit that matching skips (combining marks: "a\u0301" folds like "a"). */
export const SKIP = 0xffff;
const UNKNOWN = 0xfffe;
const UNKNOWN_CLASS = 255;

const COMBINING_MARK = /\p{M}/u;
const LOWER_CASE = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Per-unit tables filled on first use, so the scan loop reads typed arrays instead of running a
 * RegExp and a string fold for every character of the page (the difference between ~100× and
 * a few times the cost of merely reading the text). 192 KB per tab, whatever the page.
 */
const FOLDED = new Uint16Array(0x10000).fill(UNKNOWN);
const CLASS = new Uint8Array(0x10000).fill(UNKNOWN_CLASS);
const LOWER = new Uint8Array(0x10000).fill(UNKNOWN_CLASS);

/** Whether the unit is a lower-case letter: no name starts with one, so most words end here. */
export function isLowerCase(unit: number): boolean {
  let l = LOWER[unit]!;
  if (l === UNKNOWN_CLASS) l = LOWER[unit] = LOWER_CASE.test(String.fromCharCode(unit)) ? 1 : 0;
  return l === 1;
}

export function foldedCode(unit: number): number {
  let f = FOLDED[unit]!;
  if (f === UNKNOWN) {
    const folded = foldChar(String.fromCharCode(unit));
    f = FOLDED[unit] = folded === '' ? SKIP : folded.charCodeAt(0);
  }
  return f;
}

export function charClass(unit: number): number {
  let c = CLASS[unit]!;
  if (c === UNKNOWN_CLASS) {
    const ch = String.fromCharCode(unit);
    c = CLASS[unit] = WORD_CHAR.test(ch) ? WORD : COMBINING_MARK.test(ch) ? MARK : OTHER;
  }
  return c;
}
