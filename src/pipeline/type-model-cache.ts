import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTypeCorpus } from './type-corpus';
import { TypeModel } from './type-model/model';
import { writeFileAtomic } from './write-atomic';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Where trained models are kept: the usual cache folder under the project's node_modules. */
export const DEFAULT_CACHE_DIR = join(HERE, '..', '..', 'node_modules', '.cache', 'backstory');

/** The code a trained model depends on (reading articles, their features, the model): all of it, tests aside. */
const CODE_DIRS = [HERE, join(HERE, '..', 'core')];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []))
    .sort();
}

/**
 * A key for the model a corpus trains: every corpus file's name and bytes, and every source file
 * of the builder's, so any change to either trains afresh. Undefined where the corpus or the
 * sources cannot be read (a bundled build): then nothing is cached.
 */
function modelKey(corpusDir: string): string | undefined {
  try {
    if (!statSync(corpusDir).isDirectory() || !CODE_DIRS.every(existsSync)) return undefined;
    const hash = createHash('sha256');
    const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt') || f.endsWith('.gold.json')).sort().map((f) => join(corpusDir, f));
    for (const file of [...corpus, ...CODE_DIRS.flatMap(filesUnder)]) {
      hash.update(relative(corpusDir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
    return hash.digest('hex').slice(0, 24);
  } catch {
    return undefined;
  }
}

/** How many trained models the cache keeps (a test's own corpus beside the project's). */
const KEPT_MODELS = 4;

/** Keeps the newest models only: each change to the corpus or the code leaves one more behind. */
function pruneOldModels(cacheDir: string): void {
  const models = readdirSync(cacheDir)
    .filter((f) => /^type-model-.+\.json$/u.test(f))
    .map((f) => ({ path: join(cacheDir, f), time: statSync(join(cacheDir, f)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of models.slice(KEPT_MODELS)) rmSync(old.path, { force: true });
}

/**
 * The type model trained on an annotated corpus, from the cache when the same corpus and code
 * trained it before (training reads every article: seconds, where loading takes a fraction).
 * A corpus that cannot be read fails as readTypeCorpus says; a cache that cannot be read or
 * written is passed by.
 */
export function loadTypeModel(corpusDir: string, cacheDir: string = DEFAULT_CACHE_DIR): TypeModel {
  const key = modelKey(corpusDir);
  const path = key && join(cacheDir, `type-model-${key}.json`);
  if (path && existsSync(path)) {
    try {
      const cached = TypeModel.fromData(JSON.parse(readFileSync(path, 'utf8')));
      if (cached) return cached;
    } catch {
      // A damaged cache file is trained over.
    }
  }
  const model = TypeModel.train([...readTypeCorpus(corpusDir).values()].flat());
  if (path) {
    try {
      writeFileAtomic(path, JSON.stringify(model.toData()));
      pruneOldModels(cacheDir);
    } catch {
      // No cache (a read-only install): the next run trains again.
    }
  }
  return model;
}
