import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from './article';
import { InputError } from './input-error';
import { parseJsonInput } from './json-input';
import { readTextFile } from './read-input';
import { goldExamples, goldListProblem, type GoldEntity } from './type-model/examples';
import type { TypeExample } from './type-model/model';

/** The annotated articles the type model learns from: the tuned set, never the held-out one. */
export const DEFAULT_TYPE_CORPUS = 'test/fixtures/articles/tuned';

/**
 * Reads an annotated corpus: every `NAME.txt` article beside a `NAME.gold.json` gold list.
 * Returns the examples per article file, in file order, so a scorer can leave one article out.
 */
export function readTypeCorpus(dir: string): Map<string, TypeExample[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(dir, 'type corpus folder not found (articles with .gold.json lists)');
  const corpus = new Map<string, TypeExample[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const path = join(dir, file);
    const goldPath = path.replace(/\.txt$/, '.gold.json');
    if (!existsSync(goldPath)) continue;
    const gold = parseJsonInput(readTextFile(goldPath), goldPath);
    const problem = goldListProblem(gold);
    if (problem) throw new InputError(goldPath, problem);
    corpus.set(path, goldExamples(parseArticle(readTextFile(path), path), (gold as { entities: GoldEntity[] }).entities));
  }
  if (corpus.size === 0) throw new InputError(dir, 'type corpus holds no article with a .gold.json list');
  return corpus;
}
