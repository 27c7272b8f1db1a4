import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPageText } from '../core/dom/page-text';
import { scopeOf } from '../core/dom/scope';
import type { Detector } from '../core/match/detector';
import { InputError } from '../pipeline/input-error';
import { readTextFile } from '../pipeline/read-input';

export interface FileMention {
  entity: string;
  id: string;
  text: string;
  start: number;
  end: number;
}

/**
 * The text the engine reads from a file: a .txt file as it is (so offsets point into the file), an
 * .html file parsed and scoped to its article exactly as the content script reads a page.
 */
export function textOfFile(file: string): string {
  const ext = extname(file).toLowerCase();
  if (ext !== '.txt' && ext !== '.html' && ext !== '.htm') {
    throw new InputError(file, 'is neither .txt nor .html');
  }
  const source = readTextFile(file);
  if (ext === '.txt') return source;
  const { document } = parseHTML(source);
  const scope = scopeOf(document as unknown as Document);
  if (!scope) throw new InputError(file, 'has no <body> to read');
  return readPageText(scope.root, scope.skips).text;
}

/** Every mention in one file; `entityAt` gives the dataset's entity at an index. */
export function detectInFile(file: string, detector: Detector, entityAt: (index: number) => { id: string; name: string }): FileMention[] {
  const text = textOfFile(file);
  detector.forgetPage(); // each file is its own page
  return detector.scan(text).map((d) => ({
    entity: entityAt(d.entity).name,
    id: entityAt(d.entity).id,
    text: text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
  }));
}
