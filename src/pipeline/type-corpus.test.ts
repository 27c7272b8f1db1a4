import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputErrorOf } from './input-error.test-helper';
import { readTypeCorpus } from './type-corpus';

const ARTICLE = '---\ntitle: Floods in Bhola\noutlet: Test Wire\npublished: 2026-01-02\n---\n\nRains flooded Bhola on Monday.\n';

function corpus(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-type-corpus-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}


describe('readTypeCorpus', () => {
  it('gives one example per gold entity, per article, skipping articles with no gold list', () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'a.gold.json': '{"entities": [{"name": "Bhola", "type": "place"}]}', 'b.txt': ARTICLE });
    const read = readTypeCorpus(dir);
    expect([...read.keys()]).toEqual([join(dir, 'a.txt')]);
    expect(read.get(join(dir, 'a.txt'))!.map((e) => e.type)).toEqual(['place']);
    expect(read.get(join(dir, 'a.txt'))![0]!.features).toContain('before:flooded');
  });

  it('names the gold file and line of a JSON error', () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'a.gold.json': '{"entities": [\n  {"name": "Bhola", "type": "place"},\n]}' });
    const error = inputErrorOf(() => readTypeCorpus(dir));
    expect(error.file).toBe(join(dir, 'a.gold.json'));
    expect(error.line).toBe(3);
    expect(error.format()).toBe(`${join(dir, 'a.gold.json')}:3: not valid JSON: Unexpected token ']'`);
  });

  it('names the gold file and entity with a wrong type', () => {
    const dir = corpus({ 'a.txt': ARTICLE, 'a.gold.json': '{"entities": [{"name": "Bhola", "type": "town"}]}' });
    expect(inputErrorOf(() => readTypeCorpus(dir)).format()).toMatch(/a\.gold\.json: entity 1 \(Bhola\): "type" must be one of person, place/);
  });

  it('says so when the folder is missing or holds no annotated article', () => {
    expect(inputErrorOf(() => readTypeCorpus('/nonexistent/corpus')).format()).toMatch(/type corpus folder not found/);
    const empty = mkdtempSync(join(tmpdir(), 'backstory-type-corpus-'));
    mkdirSync(join(empty, 'sub'));
    expect(inputErrorOf(() => readTypeCorpus(empty)).format()).toMatch(/holds no article with a \.gold\.json list/);
  });
});
