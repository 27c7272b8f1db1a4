import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from './input-error.test-helper';
import { loadTypeModel } from './type-model-cache';
import { TypeModel } from './type-model/model';

const ARTICLE = '---\ntitle: Floods in Bhola\noutlet: Test Wire\npublished: 2026-01-02\n---\n\nRains flooded Bhola on Monday, said Amina Rahman.\n';
const GOLD = '{"entities": [{"name": "Bhola", "type": "place"}, {"name": "Amina Rahman", "type": "person"}]}';

const temporary = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

function corpus(): string {
  const dir = temporary('backstory-cache-corpus-');
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  writeFileSync(join(dir, 'a.gold.json'), GOLD);
  return dir;
}

const cachedFiles = (cache: string) => readdirSync(cache).filter((f) => f.startsWith('type-model-'));
const QUERY = new Set(['before:flooded', 'after:on']);

function storesModel(path: string): boolean {
  try {
    return TypeModel.fromData(JSON.parse(readFileSync(path, 'utf8'))) !== undefined;
  } catch {
    return false;
  }
}

describe('loadTypeModel', () => {
  it('trains once, then loads the same model from the cache', () => {
    const [dir, cache] = [corpus(), temporary('backstory-cache-')];
    const trained = loadTypeModel(dir, cache);
    expect(trained.size).toBe(2);
    const [file] = cachedFiles(cache);
    expect(file).toBeDefined();
    expect(loadTypeModel(dir, cache).rank(QUERY)).toEqual(trained.rank(QUERY));
    // What it loads is the file: a model stored there in its place comes back.
    writeFileSync(join(cache, file!), JSON.stringify(TypeModel.train([]).toData()));
    expect(loadTypeModel(dir, cache).size).toBe(0);
  });

  it('trains again when the corpus changes, and over a damaged cache file', () => {
    const [dir, cache] = [corpus(), temporary('backstory-cache-')];
    loadTypeModel(dir, cache);
    writeFileSync(join(dir, 'a.gold.json'), '{"entities": [{"name": "Bhola", "type": "place"}]}');
    expect(loadTypeModel(dir, cache).size).toBe(1);
    expect(cachedFiles(cache)).toHaveLength(2);
    for (const file of cachedFiles(cache)) writeFileSync(join(cache, file), '{"format": 1, "counts": [');
    expect(loadTypeModel(dir, cache).size).toBe(1);
    // The current corpus's model was written afresh; the old corpus's stays as it was left.
    expect(cachedFiles(cache).filter((f) => storesModel(join(cache, f)))).toHaveLength(1);
  });

  it('still names a broken gold file, whatever the cache holds', () => {
    const [dir, cache] = [corpus(), temporary('backstory-cache-')];
    loadTypeModel(dir, cache);
    writeFileSync(join(dir, 'a.gold.json'), '{"entities": [\n  {"name": "Bhola", "type": "place"},\n]}');
    expect(inputErrorOf(() => loadTypeModel(dir, cache)).format()).toBe(`${join(dir, 'a.gold.json')}:3: not valid JSON: Unexpected token ']'`);
  });

  it('trains without a cache where it cannot write one', () => {
    const dir = corpus();
    const notAFolder = join(temporary('backstory-cache-'), 'file');
    writeFileSync(notAFolder, '');
    expect(loadTypeModel(dir, notAFolder).size).toBe(2);
  });
});
