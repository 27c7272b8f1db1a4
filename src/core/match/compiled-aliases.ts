import { charClass, foldedCode, MARK, SKIP, WORD } from '../text/char-tables';
import { casePatternOf, everyWordCapitalised } from './case-pattern';

/** What an alias points to: an index into the caller's entity list, or BLOCKED for look-alikes. */
export const BLOCKED = -1;

export interface AliasEntry {
  text: string;
  target: number;
  /** Counts only where the page also names the entity unambiguously (see ambiguity.ts). */
  ambiguous?: boolean;
}

/**
 * Aliases compiled for matching, in a compact form that can be stored and sent as JSON: folded
 * keys (accents dropped, lower case, runs of spaces as one) sorted by UTF-16 units, so that the
 * keys sharing a prefix are contiguous and the sorted list itself serves as the trie. Loading it
 * is one pass over the joined keys and three typed arrays: no per-key strings or objects per tab.
 */
export interface CompiledAliases {
  /** Folded keys in sorted order, joined by KEY_SEPARATOR. */
  keys: string;
  /**
   * How aliases were capitalised (case-pattern.ts), as [key index, pattern] pairs flattened, for
   * the keys whose alias is not simply every word capitalised (acronyms, "de", "al-Assad").
   */
  caseExceptions: number[];
  /** For each key: index into the entity list, or BLOCKED. */
  targets: number[];
  /** Indexes of keys whose alias is ambiguous. */
  ambiguous: number[];
}

/** A newline: folding turns every space into " ", and JSON writes it in two bytes. */
export const KEY_SEPARATOR = '\n';
const SPACE = 0x20;

/** The folded form an alias is looked up by; the scan folds page text the same way. */
export function foldedKey(alias: string): string {
  let key = '';
  let previous = -1;
  for (let i = 0; i < alias.length; i++) {
    const f = foldedCode(alias.charCodeAt(i));
    if (f === SKIP || (f === SPACE && previous === SPACE)) continue;
    key += String.fromCharCode(f);
    previous = f;
  }
  return key;
}

/** Words in a folded key, as case patterns count them (a letter or digit, then letters, digits, marks). */
export function wordCount(key: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < key.length; i++) {
    const cls = charClass(key.charCodeAt(i));
    if (cls === WORD && !inWord) words++;
    inWord = cls === WORD || (inWord && cls === MARK);
  }
  return words;
}

export function compileAliases(entries: Iterable<AliasEntry>): CompiledAliases {
  const rows = [...entries]
    .map((e, order) => ({ alias: e.text.trim(), key: foldedKey(e.text.trim()), target: e.target, ambiguous: !!e.ambiguous, order }))
    .filter((r) => r.key !== '' && !r.key.includes(KEY_SEPARATOR));
  // Equal keys: blockers first, so that a phrase both blocked and aliased stays blocked.
  rows.sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : Number(b.target === BLOCKED) - Number(a.target === BLOCKED) || a.order - b.order,
  );
  return {
    keys: rows.map((r) => r.key).join(KEY_SEPARATOR),
    caseExceptions: rows.flatMap((r, i) => {
      const pattern = casePatternOf(r.alias);
      return pattern === everyWordCapitalised(wordCount(r.key)) ? [] : [i, pattern];
    }),
    targets: rows.map((r) => r.target),
    ambiguous: rows.flatMap((r, i) => (r.ambiguous ? [i] : [])),
  };
}
