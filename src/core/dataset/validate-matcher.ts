import { ID_SEPARATOR, isPackedTypes } from './entity-table';
import type { MatcherTable } from './matcher-table';
import { DatasetShapeError, headWords, senseCues } from './validate';
import type { SenseCues } from '../match/other-senses';
import { KEY_SEPARATOR, TARGET_DIGITS, targetAt } from '../match/compiled-aliases';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function intArray(value: unknown, path: string, min: number, max: number): number[] {
  if (!Array.isArray(value) || !value.every((v) => isInt(v) && v >= min && v <= max)) {
    throw new DatasetShapeError(path, `expected an array of integers from ${min} to ${max}`);
  }
  return value as number[];
}

/**
 * Checks a compiled matcher table (data/matcher.json, written by the build) before a tab relies on
 * it: every array the right length and every index in range, so a corrupt file fails here with
 * its path, not later inside a scan.
 */
export function parseMatcherTable(json: unknown): MatcherTable {
  if (typeof json !== 'object' || json === null) throw new DatasetShapeError('matcher', 'expected an object');
  const o = json as Record<string, unknown>;
  const { ids, types, compiled } = o;
  if (typeof ids !== 'string' || ids.split(ID_SEPARATOR).some((id) => id === '')) {
    throw new DatasetShapeError('matcher.ids', 'expected non-empty entity ids separated by DEL (U+007F)');
  }
  const entityCount = ids.split(ID_SEPARATOR).length;
  if (typeof types !== 'string' || types.length !== entityCount || !isPackedTypes(types)) {
    throw new DatasetShapeError('matcher.types', `expected ${entityCount} type letters`);
  }
  if (typeof compiled !== 'object' || compiled === null) throw new DatasetShapeError('matcher.compiled', 'expected an object');
  const c = compiled as Record<string, unknown>;
  if (typeof c.keys !== 'string') throw new DatasetShapeError('matcher.compiled.keys', 'expected a string');
  const keys = c.keys === '' ? [] : c.keys.split(KEY_SEPARATOR);
  const count = keys.length;
  // The matcher reads the sorted keys as a trie: out of order, it would silently miss names.
  if (keys.some((key, i) => key === '' || (i > 0 && keys[i - 1]! > key))) {
    throw new DatasetShapeError('matcher.compiled.keys', 'expected non-empty keys in sorted order');
  }
  const targets = targetDigits(c.targets, count, entityCount);
  const caseExceptions = intArray(c.caseExceptions, 'matcher.compiled.caseExceptions', -(2 ** 31), 2 ** 31 - 1);
  if (caseExceptions.length % 2 !== 0 || caseExceptions.some((v, i) => i % 2 === 0 && (v < 0 || v >= count))) {
    throw new DatasetShapeError('matcher.compiled.caseExceptions', 'expected [key index, pattern] pairs');
  }
  const ambiguous = intArray(c.ambiguous, 'matcher.compiled.ambiguous', 0, count - 1);
  const heads = o.heads === undefined ? {} : { heads: headWords(o.heads, 'matcher.heads') };
  const senseCues = o.senseCues === undefined ? {} : { senseCues: senseCuePairs(o.senseCues, entityCount) };
  return { ids, types, compiled: { keys: c.keys, caseExceptions, targets, ambiguous }, ...heads, ...senseCues };
}

const TARGET_DIGIT = /^[0-9a-v]*$/;

function targetDigits(value: unknown, keyCount: number, entityCount: number): string {
  const expected = `expected ${keyCount} targets of ${TARGET_DIGITS} base-32 digits, one per key, each at most the entity count`;
  if (typeof value !== 'string' || value.length !== keyCount * TARGET_DIGITS || !TARGET_DIGIT.test(value)) {
    throw new DatasetShapeError('matcher.compiled.targets', expected);
  }
  for (let k = 0; k < keyCount; k++) if (targetAt(value, k) >= entityCount) throw new DatasetShapeError('matcher.compiled.targets', expected);
  return value;
}

function senseCuePairs(value: unknown, entityCount: number): [number, SenseCues][] {
  if (!Array.isArray(value)) throw new DatasetShapeError('matcher.senseCues', 'expected [entity index, cues] pairs');
  return value.map((p: unknown, i): [number, SenseCues] => {
    const path = `matcher.senseCues[${i}]`;
    if (!Array.isArray(p) || p.length !== 2 || !isInt(p[0]) || p[0] < 0 || p[0] >= entityCount) throw new DatasetShapeError(path, 'expected [entity index, cues]');
    return [p[0], senseCues(p[1], `${path}[1]`)];
  });
}
