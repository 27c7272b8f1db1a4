import { readFileSync, statSync } from 'node:fs';
import { InputError } from './input-error';

/** No news article is this long: a bigger file is a mistake (a dump, a video), not input. */
export const MAX_BYTES = 50 * 2 ** 20;

/** Reads a file as UTF-8 text, or throws an InputError that says plainly what is wrong with it. */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a file');
    if (stat.size > MAX_BYTES) {
      throw new InputError(file, `is too large (${Math.round(stat.size / 2 ** 20)} MB; the limit is ${MAX_BYTES / 2 ** 20} MB)`);
    }
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
  if (bytes.length === 0) throw new InputError(file, 'is empty');
  if (bytes.includes(0)) throw new InputError(file, 'is not a text file (it contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, 'is not UTF-8 text');
  }
}
