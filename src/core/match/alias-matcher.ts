import { charClass, foldedCode, MARK, SKIP, WORD } from '../text/char-tables';
import { caseFits, EVERY_WORD } from './case-pattern';
import { BLOCKED, compileAliases, type AliasEntry, type CompiledAliases } from './compiled-aliases';
import { KeyIndex } from './key-index';

export { BLOCKED, type AliasEntry } from './compiled-aliases';

export interface AliasMatch {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  target: number;
  ambiguous: boolean;
}

const SPACE = 0x20;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const APOSTROPHE = 0x27; // curly apostrophes fold to it

/**
 * Where a word starts that could begin a name: a letter or digit after no letter, digit or
 * combining mark. The character class comes first so the RegExp engine skips ahead natively over
 * the lower-case text between capitals; only then does it look behind.
 */
const CAPITALISED_START = /[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{N}](?<=(?:^|[^\p{L}\p{N}\p{M}]).)/gu;
const ANY_WORD_START = /[\p{L}\p{N}](?<=(?:^|[^\p{L}\p{N}\p{M}]).)/gu;

/**
 * Finds aliases in text as whole words, leftmost-longest, accent-insensitive, with per-alias case
 * rules. Blocking phrases ("New Mexico") are ordinary keys whose match is swallowed, so the
 * longest-match rule alone keeps their shorter alias ("Mexico") from counting.
 */
export class AliasMatcher {
  private readonly index: KeyIndex;

  /** Case patterns of the keys whose alias is not every word capitalised. */
  private readonly caseExceptions = new Map<number, number>();

  private readonly targets: Int32Array;

  private readonly ambiguous: Uint8Array;

  private readonly wordStarts: RegExp;

  constructor(entries: Iterable<AliasEntry> | CompiledAliases) {
    const compiled = Symbol.iterator in entries ? compileAliases(entries) : entries;
    this.index = new KeyIndex(compiled);
    const exceptions = compiled.caseExceptions;
    for (let i = 0; i + 1 < exceptions.length; i += 2) this.caseExceptions.set(exceptions[i]!, exceptions[i + 1]!);
    this.targets = Int32Array.from(compiled.targets);
    this.ambiguous = new Uint8Array(this.index.size);
    for (const i of compiled.ambiguous) this.ambiguous[i] = 1;
    // No name starts in lower case unless some alias does ("al-Assad"): then every word is tried.
    const lowerCaseStarts = [...this.caseExceptions.values()].some((pattern) => pattern >= 2 ** 24 && pattern % 2 === 0);
    this.wordStarts = new RegExp(lowerCaseStarts ? ANY_WORD_START : CAPITALISED_START);
  }

  /**
   * Tries the keys at each word start. A word does not start after an apostrophe inside a word
   * ("Brien" in "O'Brien", "s" in "Maduro's"); hyphens and dots do separate words, so
   * "U.S.-Russia" and "Russia-US summit" name both.
   */
  scan(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    const starts = this.wordStarts;
    starts.lastIndex = 0;
    // test() rather than exec(): no match object per candidate. The start is one unit back, or
    // two for a letter outside the Basic Multilingual Plane.
    while (starts.test(text)) {
      const i = starts.lastIndex - (starts.lastIndex >= 2 && isLowSurrogate(text.charCodeAt(starts.lastIndex - 1)) ? 2 : 1);
      if (i >= 2 && foldedCode(text.charCodeAt(i - 1)) === APOSTROPHE && charClass(text.charCodeAt(i - 2)) === WORD) continue;
      const match = this.longestAt(text, i);
      if (!match) continue;
      if (match.target !== BLOCKED) matches.push(match);
      starts.lastIndex = match.end;
    }
    return matches;
  }

  private casePattern(k: number): number {
    return this.caseExceptions.get(k) ?? EVERY_WORD;
  }

  private longestAt(text: string, start: number): AliasMatch | null {
    const { index } = this;
    let lo = 0;
    let hi = 0;
    let depth = 0;
    let firstId = -1;
    let previous = -1;
    let best: AliasMatch | null = null;
    for (let j = start; j < text.length; j++) {
      const f = foldedCode(text.charCodeAt(j));
      if (f === SKIP || (f === SPACE && previous === SPACE)) continue;
      if (depth < 2) {
        const id = depth === 0 ? (firstId = index.firstPrefix(f)) : index.secondPrefix(firstId, f);
        if (id < 0) break;
        lo = index.prefixRangeLo(id);
        hi = index.prefixRangeHi(id);
      } else {
        lo = index.narrow(lo, hi, depth, f);
        hi = index.narrowedHi;
        if (lo >= hi) break;
      }
      depth++;
      previous = f;
      if (index.length(lo) !== depth) continue; // no key ends here
      const after = j + 1 < text.length ? charClass(text.charCodeAt(j + 1)) : -1;
      if (after === WORD || after === MARK) continue;
      for (let k = lo; k < hi && index.length(k) === depth; k++) {
        if (caseFits(this.casePattern(k), text, start, j + 1)) {
          best = { start, end: j + 1, target: this.targets[k]!, ambiguous: this.ambiguous[k] === 1 };
          break;
        }
      }
    }
    return best;
  }
}
