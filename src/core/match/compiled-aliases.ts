import { foldedCode, SKIP } from '../text/char-tables';
import { casePatternOf, type CasePattern } from './case-pattern';

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
  /** For each key: how its alias was capitalised (see case-pattern.ts). */
  cases: CasePattern[];
  /** For each key: index into the entity list, or BLOCKED. */
  targets: number[];
  /** Indexes of keys whose alias is ambiguous. */
  ambiguous: number[];
}

export const KEY_SEPARATOR = '\u0001';
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
    cases: rows.map((r) => casePatternOf(r.alias)),
    targets: rows.map((r) => r.target),
    ambiguous: rows.flatMap((r, i) => (r.ambiguous ? [i] : [])),
  };
}
