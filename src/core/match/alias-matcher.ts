import { charClass, FOLDED_UNITS, foldedCode, IS_MARK, IS_WORD, SKIP, UNIT_FLAGS, unitFlags, UNKNOWN_FOLD, WORD } from '../text/char-tables';
import { caseFits, EVERY_WORD } from './case-pattern';
import { BLOCKED, compileAliases, targetAt, type AliasEntry, type CompiledAliases } from './compiled-aliases';
import { KeyIndex, NO_PREFIX, ROOT_PREFIX } from './key-index';
import { LookalikeHeads, type HeadWords } from './lookalike-heads';
import { wordStartsFor } from './word-starts';

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
 * Finds aliases in text as whole words, leftmost-longest, accent-insensitive, with per-alias case
 * rules. Blocking phrases ("New Mexico") are ordinary keys whose match is swallowed, so the
 * longest-match rule alone keeps their shorter alias ("Mexico") from counting. A match next to
 * a look-alike head ("Moscow Center", "Lake Chad") is swallowed the same way.
 */
export class AliasMatcher {
  private readonly index: KeyIndex;

  /** Case patterns of the keys whose alias is not every word capitalised. */
  private readonly caseExceptions = new Map<number, number>();

  /** The compiled targets, decoded per match (targetAt): nothing to build per tab. */
  private readonly targets: string;

  private readonly ambiguous: Uint8Array;

  /** Whether a name may start in lower case: then every word start is tried. */
  private readonly anyCaseStarts: boolean;

  private readonly heads: LookalikeHeads;

  /** `heads`: words that make a name next to them part of another name (the dataset's lookalikeHeads). */
  /** Whether a target is a place: given names and honorifics before a place's alias name a person. */
  private readonly isPlace: (target: number) => boolean;

  constructor(entries: Iterable<AliasEntry> | CompiledAliases, heads?: HeadWords, isPlace: (target: number) => boolean = () => false) {
    this.isPlace = isPlace;
    this.heads = new LookalikeHeads(heads);
    const compiled = Symbol.iterator in entries ? compileAliases(entries) : entries;
    this.index = new KeyIndex(compiled);
    const exceptions = compiled.caseExceptions;
    for (let i = 0; i + 1 < exceptions.length; i += 2) this.caseExceptions.set(exceptions[i]!, exceptions[i + 1]!);
    this.targets = compiled.targets;
    this.ambiguous = new Uint8Array(this.index.size);
    for (const i of compiled.ambiguous) this.ambiguous[i] = 1;
    // No name starts in lower case unless some alias does ("al-Assad"): then every word is tried.
    this.anyCaseStarts = [...this.caseExceptions.values()].some((pattern) => pattern >= 2 ** 24 && pattern % 2 === 0);
  }

  /**
   * Tries the keys at each word start. A word does not start after an apostrophe inside a word
   * ("Brien" in "O'Brien", "s" in "Maduro's"); hyphens and dots do separate words, so
   * "U.S.-Russia" and "Russia-US summit" name both.
   */
  scan(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    this.index.limitPrefixes();
    const starts = wordStartsFor(text, this.anyCaseStarts);
    starts.lastIndex = 0;
    // test() rather than exec(): no match object per candidate. The start is one unit back, or
    // two for a letter outside the Basic Multilingual Plane.
    while (starts.test(text)) {
      const i = starts.lastIndex - (starts.lastIndex >= 2 && isLowSurrogate(text.charCodeAt(starts.lastIndex - 1)) ? 2 : 1);
      if (i >= 2 && foldedCode(text.charCodeAt(i - 1)) === APOSTROPHE && charClass(text.charCodeAt(i - 2)) === WORD) continue;
      const match = this.longestAt(text, i);
      if (!match) continue;
      if (match.target !== BLOCKED && !this.heads.surround(text, match.start, match.end, match.ambiguous, this.isPlace(match.target))) matches.push(match);
      starts.lastIndex = match.end;
    }
    return matches;
  }

  private casePattern(k: number): number {
    return this.caseExceptions.get(k) ?? EVERY_WORD;
  }

  /**
   * Walks the keys as a trie from `start`, one folded unit at a time. The tables, key starts and
   * prefix ranges are read in place, not through calls: a page's first scan runs before the JIT
   * has compiled (or inlined) anything, and this loop runs for every unit of every name on the page.
   */
  private longestAt(text: string, start: number): AliasMatch | null {
    const { index } = this;
    const { keys, starts, prefixLo, prefixHi } = index;
    const length = text.length;
    let lo = 0;
    let hi = index.size;
    let prefix = ROOT_PREFIX;
    let depth = 0;
    let previous = -1;
    // The longest key that fits so far; its match is made once, at the end (names often hold a
    // shorter alias: "Sergei" on the way to "Sergei Lavrov").
    let bestKey = -1;
    let bestEnd = -1;
    for (let j = start; j < length; j++) {
      const unit = text.charCodeAt(j);
      let f = FOLDED_UNITS[unit]!;
      if (f === UNKNOWN_FOLD) f = foldedCode(unit);
      if (f === SKIP || (f === SPACE && previous === SPACE)) continue;
      if (hi - lo === 1) {
        // One key left (most of a name): compare its next unit.
        const at = starts[lo]! + depth;
        if (at >= starts[lo + 1]! - 1 || keys.charCodeAt(at) !== f) break;
      } else {
        prefix = index.child(prefix, depth, f);
        if (prefix === NO_PREFIX) break;
        lo = prefixLo[prefix]!;
        hi = prefixHi[prefix]!;
      }
      depth++;
      previous = f;
      if (starts[lo + 1]! - starts[lo]! - 1 !== depth) continue; // no key ends here
      if (j + 1 < length) {
        const next = text.charCodeAt(j + 1);
        const flags = UNIT_FLAGS[next] || unitFlags(next);
        if (flags & (IS_WORD | IS_MARK)) continue;
      }
      for (let k = lo; k < hi && starts[k + 1]! - starts[k]! - 1 === depth; k++) {
        if (caseFits(this.casePattern(k), text, start, j + 1)) {
          bestKey = k;
          bestEnd = j + 1;
          break;
        }
      }
    }
    return bestKey < 0 ? null : { start, end: bestEnd, target: targetAt(this.targets, bestKey), ambiguous: this.ambiguous[bestKey] === 1 };
  }
}
