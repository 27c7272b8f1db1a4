import { charClass, WORD } from '../text/char-tables';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/date-words';
import { hashOfUnits, WordFilter } from './word-filter';

const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;

/** Words that make a name part of another name when written right before or after it. */
export interface HeadWords {
  /** "Lake" in "Lake Chad", "Avenida" in "Avenida Uruguay". */
  before: string[];
  /** "Center" in "Carnegie Moscow Center", "Sea" in "East China Sea". */
  after: string[];
  /**
   * Right before an ambiguous alias (a surname alone, "Washington") or a place's: given names, one
   * word each, which make it another person's name ("Ricardo Maduro", "Eric Trump", "Jim Jordan").
   */
  beforeAmbiguous?: string[];
  /** Right before a place's alias only: honorifics, which make it a person's surname ("Mr. Jordan"). */
  beforePlace?: string[];
  /**
   * Places' names that are also given names ("Chad", "Israel"): with a surname after them they
   * open a person's name ("Chad Wolf", "Israel Katz").
   */
  givenNamePlaces?: string[];
}

/** Days and months, which AP's style writes right after a place ("in Chad Tuesday"). */
const DATE_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);

const isSpace = (unit: number) => unit === SPACE || unit === NO_BREAK_SPACE;
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && charClass(text.charCodeAt(i)) === WORD;

function isAsciiRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hasAsciiLower(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x61 && unit <= 0x7a) return true;
  }
  return false;
}

/** Where the word ends that stands one space before `start`, and where it starts (or null). */
function wordBefore(text: string, start: number): { from: number; to: number } | null {
  if (start < 1 || !isSpace(text.charCodeAt(start - 1))) return null;
  const to = start - 1;
  let from = to;
  while (isWordAt(text, from - 1)) from--;
  return { from, to };
}

/** Each head's forms (as written, in capitals), by the word that touches the name. */
function formsByWord(heads: readonly string[], touching: (words: string[]) => string): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const head of heads) {
    // An empty head would match the nothing between a name and its punctuation.
    if (head.trim() === '') continue;
    for (const form of new Set([head, head.toUpperCase()])) {
      const word = touching(form.split(' '));
      byWord.set(word, [...(byWord.get(word) ?? []), form]);
    }
  }
  return byWord;
}

/**
 * Look-alike heads: "Carnegie Moscow Center" is no mention of Moscow, "East China Sea" none of
 * China, "Lake Chad" none of Chad, "a Moscow mule" none of Russia. The dataset lists the words
 * (`lookalikeHeads`), so the knowledge stays in the data; blocking phrases cover the look-alikes
 * one can list, these the endless ones (every institute, street, lake and sea), and given names
 * the namesakes of a surname alone ("Eric Trump"). A head counts as written, or in capitals
 * (headlines); never in another case, so "Sea" blocks "China Sea" but not "China sea-lanes".
 */
export class LookalikeHeads {
  private readonly before: Map<string, string[]>;

  private readonly after: Map<string, string[]>;

  /** The words `before` and `after` are keyed by, to rule most words out before slicing them. */
  private readonly beforeWords: WordFilter;

  private readonly afterWords: WordFilter;

  /** The given names, likewise: built with their Set. */
  private givenNameWords: WordFilter | null = null;

  /** The dataset's given names (some 3,600, in every tab), as a Set built on first use. */
  private readonly givenNameList: readonly string[];

  private givenNameSet: ReadonlySet<string> | null = null;

  /** Honorifics as written and in capitals: a few, read in place (they end in a dot, no word's end). */
  private readonly honorifics: string[];

  private readonly givenNamePlaces: ReadonlySet<string>;

  constructor(heads: HeadWords = { before: [], after: [] }) {
    this.before = formsByWord(heads.before, (words) => words[words.length - 1]!);
    this.after = formsByWord(heads.after, (words) => words[0]!);
    this.beforeWords = new WordFilter(this.before.keys());
    this.afterWords = new WordFilter(this.after.keys());
    // Built when a page first needs it: most pages never ask, and the tab's matcher is ready sooner.
    this.givenNameList = heads.beforeAmbiguous ?? [];
    this.honorifics = [...new Set((heads.beforePlace ?? []).filter((h) => h.trim() !== '').flatMap((h) => [h, h.toUpperCase()]))];
    this.givenNamePlaces = new Set(heads.givenNamePlaces);
  }

  /**
   * Whether a head is written, one space away, right before `start` or right after `end`; for an
   * `ambiguous` alias or a `place`'s, a given name before it counts too, and for a place's, an
   * honorific ("Jim Jordan", "Mr. Jordan" name no country).
   */
  surround(text: string, start: number, end: number, ambiguous = false, place = false): boolean {
    if (this.follows(text, end) || this.precedes(text, start)) return true;
    if (place && this.surnameAfterGivenName(text, start, end)) return true;
    return ((ambiguous || place) && this.givenNameBefore(text, start)) || (place && this.honorificBefore(text, start));
  }

  /**
   * "Chad Wolf said", "Jordan Bardella's party": a place's name that is also a given name, then a
   * capitalised word (not a plural) and no further capitalised word, is a person's full name. Not in a headline's
   * title case ("Jordan Warns Israel"), where every word is capitalised, nor before a day or month
   * ("in Chad Tuesday", AP's style).
   */
  private surnameAfterGivenName(text: string, start: number, end: number): boolean {
    if (this.givenNamePlaces.size === 0 || !isSpace(text.charCodeAt(end)) || !this.givenNamePlaces.has(text.slice(start, end))) return false;
    const from = end + 1;
    let to = from;
    while (isWordAt(text, to)) to++;
    const word = text.slice(from, to);
    // Not a plural ("Georgia Republicans", "Jordan Brothers"): a group of the place's, or a body.
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || word.endsWith('s') || DATE_WORDS.has(word)) return false;
    // Nor a title's abbreviation ("Georgia Gov. Brian Kemp"): a short word and a dot.
    if (word.length <= 4 && text.charAt(to) === '.') return false;
    // What follows the surname: a possessive, punctuation or a lower-case word; not another name.
    let next = to;
    if (text.charCodeAt(next) === 0x27 || text.charCodeAt(next) === 0x2019) next += text.charCodeAt(next + 1) === 0x73 ? 2 : 1;
    while (isSpace(text.charCodeAt(next))) next++;
    const after = text.charAt(next);
    return after === '' || !/\p{Lu}/u.test(after);
  }

  private honorificBefore(text: string, start: number): boolean {
    if (start < 2 || !isSpace(text.charCodeAt(start - 1))) return false;
    return this.honorifics.some((h) => text.startsWith(h, start - 1 - h.length) && !isWordAt(text, start - 2 - h.length));
  }

  private givenNameBefore(text: string, start: number): boolean {
    const at = this.givenNameList.length === 0 ? null : wordBefore(text, start);
    if (!at) return false;
    this.givenNameSet ??= new Set(this.givenNameList);
    this.givenNameWords ??= new WordFilter(this.givenNameList);
    const { from, to } = at;
    const ascii = isAsciiRun(text, from, to);
    // In capitals (a headline), as the list writes it: "IVANKA" as "Ivanka". Ruled out by the
    // filter only where that is plain to see (ASCII); any other word is sliced and looked up.
    if (ascii && !this.givenNameWords.mayHold(hashOfUnits(text, from, to, to - from > 1 && !hasAsciiLower(text, from, to)))) return false;
    const word = text.slice(from, to);
    const written = word.length > 1 && word === word.toUpperCase() ? word[0] + word.slice(1).toLowerCase() : word;
    return this.givenNameSet.has(written);
  }

  private follows(text: string, end: number): boolean {
    if (this.after.size === 0 || !isSpace(text.charCodeAt(end))) return false;
    const from = end + 1;
    let to = from;
    while (isWordAt(text, to)) to++;
    if (!this.afterWords.mayHold(hashOfUnits(text, from, to))) return false;
    const forms = this.after.get(text.slice(from, to));
    return forms?.some((form) => text.startsWith(form, from) && !isWordAt(text, from + form.length)) ?? false;
  }

  private precedes(text: string, start: number): boolean {
    const at = this.before.size === 0 ? null : wordBefore(text, start);
    if (!at) return false;
    const { from, to } = at;
    if (!this.beforeWords.mayHold(hashOfUnits(text, from, to))) return false;
    const forms = this.before.get(text.slice(from, to));
    return forms?.some((form) => to - form.length >= 0 && text.startsWith(form, to - form.length) && !isWordAt(text, to - form.length - 1)) ?? false;
  }
}
