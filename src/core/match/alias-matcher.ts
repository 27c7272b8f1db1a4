import { charClass, foldedCode, isLowerCase, MARK, OTHER, SKIP, WORD } from '../text/char-tables';
import { caseCheckFor, caseRuleFor } from './case-rule';
import { BLOCKED, compileAliases, KEY_SEPARATOR, type AliasEntry, type CompiledAliases } from './compiled-aliases';

export { BLOCKED, type AliasEntry } from './compiled-aliases';

export interface AliasMatch {
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
  target: number;
  alias: string;
  ambiguous: boolean;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27; // curly apostrophes fold to it

/** The unit of `key` at `depth`, or -1 past its end (shorter keys sort before longer ones). */
const unitAt = (key: string, depth: number) => (depth < key.length ? key.charCodeAt(depth) : -1);

/** First index in [lo, hi) whose unit at `depth` is >= `unit` (or > it, with `after`). */
function bound(keys: readonly string[], lo: number, hi: number, depth: number, unit: number, after: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const u = unitAt(keys[mid]!, depth);
    if (u < unit || (after && u === unit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds aliases in text as whole words, leftmost-longest, accent-insensitive, with per-alias case
 * rules. The sorted folded keys work as a trie: each character narrows the range of keys sharing
 * the prefix read so far. Blocking phrases ("New Mexico") are ordinary keys whose match is
 * swallowed, so the longest-match rule alone keeps their shorter alias ("Mexico") from counting.
 */
export class AliasMatcher {
  private readonly keys: string[];

  private readonly aliases: string[];

  private readonly targets: Int32Array;

  private readonly ambiguous: Uint8Array;

  private readonly caseChecks = new Map<number, (written: string) => boolean>();

  /** Whether some alias starts with a lower-case letter ("al-Assad"); if none, such words are skipped. */
  private readonly lowerCaseStarts: boolean;

  constructor(entries: Iterable<AliasEntry> | CompiledAliases) {
    const compiled = Symbol.iterator in entries ? compileAliases(entries) : entries;
    this.keys = compiled.keys === '' ? [] : compiled.keys.split(KEY_SEPARATOR);
    this.aliases = compiled.aliases === '' ? [] : compiled.aliases.split(KEY_SEPARATOR);
    this.targets = Int32Array.from(compiled.targets);
    this.ambiguous = new Uint8Array(this.keys.length);
    for (const i of compiled.ambiguous) this.ambiguous[i] = 1;
    this.lowerCaseStarts = this.aliases.some((a) => isLowerCase(a.charCodeAt(0)));
  }

  /**
   * One pass over the text's UTF-16 units with a little state (the classes of the two units
   * before), trying the keys only where a word starts that could begin an alias. A word starts
   * after no letter, digit or combining mark, and not after an apostrophe inside a word ("Brien"
   * in "O'Brien", "s" in "Maduro's"); hyphens and dots do separate words, so "U.S.-Russia" and
   * "Russia-US summit" name both.
   */
  scan(text: string): AliasMatch[] {
    const matches: AliasMatch[] = [];
    let before = OTHER; // class of the unit before i
    let beforeThat = OTHER;
    let apostropheBefore = false;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const cls = charClass(unit);
      const starts =
        cls === WORD &&
        before === OTHER &&
        !(apostropheBefore && beforeThat === WORD) &&
        (this.lowerCaseStarts || !isLowerCase(unit));
      const found = starts ? this.longestAt(text, i) : null;
      if (found) {
        if (found.target !== BLOCKED) matches.push(found);
        i = found.end - 1;
        beforeThat = found.end >= 2 ? charClass(text.charCodeAt(found.end - 2)) : OTHER;
        before = charClass(text.charCodeAt(i));
        apostropheBefore = foldedCode(text.charCodeAt(i)) === APOSTROPHE;
        continue;
      }
      beforeThat = before;
      before = cls;
      apostropheBefore = foldedCode(unit) === APOSTROPHE;
    }
    return matches;
  }

  private longestAt(text: string, start: number): AliasMatch | null {
    const { keys } = this;
    let lo = 0;
    let hi = keys.length;
    let depth = 0;
    let best: AliasMatch | null = null;
    let previous = -1;
    for (let j = start; j < text.length; j++) {
      const f = foldedCode(text.charCodeAt(j));
      if (f === SKIP || (f === SPACE && previous === SPACE)) continue;
      lo = bound(keys, lo, hi, depth, f, false);
      hi = bound(keys, lo, hi, depth, f, true);
      if (lo >= hi) break;
      depth++;
      previous = f;
      if (keys[lo]!.length !== depth) continue; // no key ends here
      const after = j + 1 < text.length ? charClass(text.charCodeAt(j + 1)) : OTHER;
      if (after === WORD || after === MARK) continue;
      const written = text.slice(start, j + 1);
      for (let k = lo; k < hi && keys[k]!.length === depth; k++) {
        if (this.caseFits(k, written)) {
          best = { start, end: j + 1, target: this.targets[k]!, alias: this.aliases[k]!, ambiguous: this.ambiguous[k] === 1 };
          break;
        }
      }
    }
    return best;
  }

  private caseFits(k: number, written: string): boolean {
    let check = this.caseChecks.get(k);
    if (!check) {
      const alias = this.aliases[k]!;
      this.caseChecks.set(k, (check = caseCheckFor(alias, caseRuleFor(alias))));
    }
    return check(written);
  }
}
