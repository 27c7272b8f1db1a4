import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS } from './build-timeout';

const SEED = 'data/articles/telesur-2019-05-14-pompeo-lavrov-sochi.txt';

function dataset(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case spawns the CLI (tsx + compromise load, ~2 s); two cores run several test files at once.
describe('npm run dataset', { timeout: 30_000 }, () => {
  let dir: string;
  let out: string;
  let before: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
    out = join(dir, 'out');
    mkdirSync(join(dir, 'folder.txt'));
    const ok = dataset('--out', out, SEED);
    expect(ok.code, ok.stderr).toBe(0);
    before = readFileSync(join(out, 'dataset.json'), 'utf8');
  }, BUILD_TIMEOUT_MS);

  it('builds dataset.json and says what it wrote', () => {
    expect(JSON.parse(before).entities.length).toBeGreaterThanOrEqual(20);
    const again = dataset('--out', out, SEED);
    expect(again.stdout).toMatch(/wrote .*dataset\.json: 1 article\(s\), 21 entities/);
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(before);
  });

  it("names a few of the default curation's entities no article names, and counts the rest", () => {
    const story = join(dir, 'story.txt');
    writeFileSync(story, '---\ntitle: Ferry Resumes\noutlet: Test Wire\npublished: 2024-01-01\n---\n\nKestrel Lines resumed its Dunmore ferry on Monday.\n');
    const r = dataset('--out', join(dir, 'story-out'), story);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/no article names (?:[a-z-]+, ){4}[a-z-]+ and \d+ more \(of data\/curation\/entities\.json, the default curation file\): left out/);
  });

  function write(name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  const badInputs: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'missing.txt')], /missing\.txt: no such file$/m],
    ['an empty file', () => [write('empty.txt', '')], /empty\.txt: is empty$/m],
    ['a binary file', () => [write('photo.txt', '\x89PNG\r\n\x1a\n\0\0\0IHDR')], /photo\.txt: is not a text file/],
    ['a non-UTF-8 file', () => [write('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9]))], /latin1\.txt: is not UTF-8/],
    ['an unsupported type', () => [write('page.pdf', 'x')], /page\.pdf: unsupported file type/],
    ['a directory', () => [join(dir, 'folder.txt')], /folder\.txt: is a directory/],
    ['malformed front matter', () => [write('bad.txt', '---\ntitle: T\noops\n---\n\nText.')], /bad\.txt:3: front matter/],
    ['an unknown option', () => ['--frobnicate', SEED], /Unknown option '--frobnicate'/],
    ['no files at all', () => [], /no article files given/],
    [
      'a broken curation file',
      () => ['--curation', write('c.json', '{\n "entities": [\n  {"id": "x" "name": "X"}\n ]\n}'), SEED],
      /c\.json:3: not valid JSON/,
    ],
  ];

  it.each(badInputs)('rejects %s in one line, exits non-zero and leaves the output untouched', (_, args, message) => {
    const r = dataset('--out', out, ...args());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')[0]).toMatch(/^dataset: /);
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe(before);
    expect(readdirSync(out)).toEqual(['dataset.json']);
  });
});
