/**
 * Where a word starts that could begin a name: a letter or digit after no letter, digit or
 * combining mark. The character class comes first so the RegExp engine skips ahead natively over
 * the lower-case text between capitals; only then does it look behind.
 */
const CAPITALISED_START = /[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{N}](?<=(?:^|[^\p{L}\p{N}\p{M}]).)/gu;
const ANY_WORD_START = /[\p{L}\p{N}](?<=(?:^|[^\p{L}\p{N}\p{M}]).)/gu;

/**
 * The same two searches written out for Latin-1 text. Compiling the Unicode-property classes
 * above costs a tab 3-8 ms on its first scan (Chromium, this machine), more than the rest of
 * the scan; most news pages are in ASCII, Latin-1 and general punctuation only, and those never
 * need them. A test checks every unit these cover against the Unicode properties.
 */
const LATIN_WORD_UNIT = 'A-Za-z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff';
const LATIN_AFTER_NO_WORD = `(?<=(?:^|[^${LATIN_WORD_UNIT}]).)`;
const LATIN_CAPITALISED_START = new RegExp(`[A-Z0-9\u00aa\u00b2\u00b3\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00de]${LATIN_AFTER_NO_WORD}`, 'g');
const LATIN_ANY_WORD_START = new RegExp(`[${LATIN_WORD_UNIT}]${LATIN_AFTER_NO_WORD}`, 'g');

/** Any unit outside Latin-1, general punctuation (U+2000-206F) and currency signs (U+20A0-20CF). */
const BEYOND_LATIN = /[^\u0000-\u00ff\u2000-\u206f\u20a0-\u20cf]/;

/** The ranges the Latin searches cover (for the test that checks them). */
export const LATIN_RANGES: [number, number][] = [[0, 0xff], [0x2000, 0x206f], [0x20a0, 0x20cf]];

/**
 * A global RegExp finding the word starts of `text` where a name may start: capitalised (or
 * numeric) words, or every word when `anyCase` (some alias starts in lower case, "al-Assad").
 * Shared objects: reset lastIndex before use.
 */
export function wordStartsFor(text: string, anyCase: boolean): RegExp {
  const latin = !BEYOND_LATIN.test(text);
  if (anyCase) return latin ? LATIN_ANY_WORD_START : ANY_WORD_START;
  return latin ? LATIN_CAPITALISED_START : CAPITALISED_START;
}
