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
 * is one pass over the joined keys: no per-key strings, objects or numbers per tab. Parsing the
 * JSON is most of a tab's load, and strings without escapes are what a JSON parser reads fastest
 * (50,000 keys: 0.9 ms joined by DEL against 2.1 ms by newlines, whose escapes take V8 off its fast
 * path; their targets 0.3 ms as digits in a string against 1.4 ms as an array of numbers).
 */
export interface CompiledAliases {
  /** Folded keys in sorted order, joined by KEY_SEPARATOR. */
  keys: string;
  /**
   * How aliases were capitalised (case-pattern.ts), as [key index, pattern] pairs flattened, for
   * the keys whose alias is not simply every word capitalised (acronyms, "de", "al-Assad").
   */
  caseExceptions: number[];
  /** For each key, TARGET_DIGITS base-32 digits: its index into the entity list plus one, or 0 for BLOCKED. */
  targets: string;
  /** Indexes of keys whose alias is ambiguous. */
  ambiguous: number[];
  /**
   * Where each key starts in `keys`, then one past the end plus one (table-starts.ts): found by
   * the background before it sends a tab the table, never stored in the build's file.
   */
  starts?: number[];
}

/** DEL: a control character no name holds, which JSON writes as itself. */
export const KEY_SEPARATOR = '\u007f';

/** Digits per target: room for 32^4 - 1 = 1,048,575 entities. */
export const TARGET_DIGITS = 4;
const TARGET_RADIX = 32;
export const MAX_ENTITIES = TARGET_RADIX ** TARGET_DIGITS - 1;

export function encodeTargets(targets: readonly number[]): string {
  return targets
    .map((t) => {
      if (!Number.isInteger(t) || t < BLOCKED || t >= MAX_ENTITIES) throw new RangeError(`alias target ${t} is outside 0..${MAX_ENTITIES - 1}`);
      return (t + 1).toString(TARGET_RADIX).padStart(TARGET_DIGITS, '0');
    })
    .join('');
}

/** Key k's target (BLOCKED for a look-alike), read in place from the encoded string. */
export function targetAt(targets: string, k: number): number {
  let value = 0;
  for (let at = k * TARGET_DIGITS, end = at + TARGET_DIGITS; at < end; at++) {
    const unit = targets.charCodeAt(at);
    value = value * TARGET_RADIX + (unit <= 0x39 ? unit - 0x30 : unit - 0x57); // 0-9, then a-v
  }
  return value - 1;
}
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
    targets: encodeTargets(rows.map((r) => r.target)),
    ambiguous: rows.flatMap((r, i) => (r.ambiguous ? [i] : [])),
  };
}
