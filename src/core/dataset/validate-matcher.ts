import { ID_SEPARATOR, isPackedTypes } from './entity-table';
import type { MatcherTable } from './matcher-table';
import { DatasetShapeError, headWords, senseCues } from './validate';
import type { SenseCues } from '../match/other-senses';
import { KEY_SEPARATOR } from '../match/compiled-aliases';

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
    throw new DatasetShapeError('matcher.ids', 'expected entity ids, one per line');
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
  const targets = intArray(c.targets, 'matcher.compiled.targets', -1, entityCount - 1);
  const caseExceptions = intArray(c.caseExceptions, 'matcher.compiled.caseExceptions', -(2 ** 31), 2 ** 31 - 1);
  if (caseExceptions.length % 2 !== 0 || caseExceptions.some((v, i) => i % 2 === 0 && (v < 0 || v >= count))) {
    throw new DatasetShapeError('matcher.compiled.caseExceptions', 'expected [key index, pattern] pairs');
  }
  const ambiguous = intArray(c.ambiguous, 'matcher.compiled.ambiguous', 0, count - 1);
  if (targets.length !== count) throw new DatasetShapeError('matcher.compiled.targets', `expected ${count} targets, one per key`);
  const heads = o.heads === undefined ? {} : { heads: headWords(o.heads, 'matcher.heads') };
  const senseCues = o.senseCues === undefined ? {} : { senseCues: senseCuePairs(o.senseCues, entityCount) };
  return { ids, types, compiled: { keys: c.keys, caseExceptions, targets, ambiguous }, ...heads, ...senseCues };
}

function senseCuePairs(value: unknown, entityCount: number): [number, SenseCues][] {
  if (!Array.isArray(value)) throw new DatasetShapeError('matcher.senseCues', 'expected [entity index, cues] pairs');
  return value.map((p: unknown, i): [number, SenseCues] => {
    const path = `matcher.senseCues[${i}]`;
    if (!Array.isArray(p) || p.length !== 2 || !isInt(p[0]) || p[0] < 0 || p[0] >= entityCount) throw new DatasetShapeError(path, 'expected [entity index, cues]');
    return [p[0], senseCues(p[1], `${path}[1]`)];
  });
}
