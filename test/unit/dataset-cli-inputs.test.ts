import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS } from './build-timeout';

const SEED = 'data/articles/telesur-2019-05-14-pompeo-lavrov-sochi.txt';
const PAGE = 'test/fixtures/pages/uruguay-talks.html';

function dataset(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run dataset: HTML pages, YAML curation, --report, limits', { timeout: 30_000 }, () => {
  let dir: string;
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  let kept: string;
  let before: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'backstory-cli-inputs-'));
    kept = join(dir, 'kept');
    expect(dataset('--out', kept, SEED).code).toBe(0);
    before = readFileSync(join(kept, 'dataset.json'), 'utf8');
  }, BUILD_TIMEOUT_MS);

  it('reads an HTML page with Readability and takes its metadata', () => {
    const out = join(dir, 'html');
    const r = dataset('--out', out, '--curation', write('empty.json', '{"entities": []}'), PAGE);
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(data.articles).toEqual([
      {
        id: 'uruguay-talks',
        title: 'Uruguay Hosts New Round of Venezuela Talks',
        outlet: 'Backstory Test Wire',
        published: '2019-03-02',
        section: 'Americas',
        language: 'en',
        url: 'https://news.example/2019/03/uruguay-talks',
      },
    ]);
    const names = data.entities.map((e: { name: string }) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Tabaré Vázquez', 'Montevideo Mechanism', 'Caribbean Community', 'Marcelo Ebrard', 'Juan Guaidó']));
    const text = JSON.stringify(data);
    for (const chrome of ['Audio Only', 'Most read', 'Markets fall', 'Subscribe', 'Post with no comments']) expect(text).not.toContain(chrome);
  });

  it('applies a YAML curation file and marks the curated fields', () => {
    const out = join(dir, 'yaml');
    const curation = write(
      'c.yaml',
      ['entities:', '  - id: montevideo-mechanism', '    name: Montevideo Mechanism', '    type: other', '    aliases: [Mecanismo de Montevideo]', '    description: Talks for Venezuela.', ''].join('\n'),
    );
    const r = dataset('--out', out, '--curation', curation, PAGE);
    expect(r.code, r.stderr).toBe(0);
    const data = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    const mechanism = data.entities.find((e: { id: string }) => e.id === 'montevideo-mechanism');
    expect(mechanism).toMatchObject({ description: 'Talks for Venezuela.', curated: ['name', 'type', 'aliases', 'description'] });
    expect(mechanism.aliases).toContain('Mecanismo de Montevideo');
  });

  it('prints a review table with --report', () => {
    const r = dataset('--out', join(dir, 'report'), '--report', SEED);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^entity\s+type\s+aliases\s+mentions\s+roles$/m);
    expect(r.stdout).toMatch(/\*Sergei Lavrov\s+person\s+.*Russian Foreign Minister/);
  });

  const rejects: [string, () => string[], RegExp][] = [
    ['a YAML curation error with its line', () => ['--curation', write('bad.yaml', 'entities:\n  - id: x\n    name: [unclosed\n'), SEED], /bad\.yaml:\d+: not valid YAML/],
    ['a bad YAML entity with its line', () => ['--curation', write('bad2.yaml', 'entities:\n  - id: ok\n    name: Ok\n    type: place\n  - id: bad\n    name: Bad\n    type: planet\n'), SEED], /bad2\.yaml:5: entities\[1\]: "type"/],
    ['a page with no article text', () => [write('blank.html', '<html><head><title>x</title></head><body><nav>Home</nav></body></html>')], /blank\.html: no article text/],
    ['a page with no date', () => [write('nodate.html', readFileSync(PAGE, 'utf8').replace(/<meta property="article:published_time"[^>]*>/, ''))], /nodate\.html: the page has no publication date/],
    ['a file over 50 MB', () => {
      const path = write('huge.txt', 'x');
      truncateSync(path, 51 * 2 ** 20);
      return [path];
    }, /huge\.txt: is too large \(51 MB; the limit is 50 MB\)/],
  ];

  it.each(rejects)('rejects %s and leaves the output untouched', (_, args, message) => {
    const r = dataset('--out', kept, ...args());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(join(kept, 'dataset.json'), 'utf8')).toBe(before);
    expect(readdirSync(kept)).toEqual(['dataset.json']);
  });

  it('rejects a file it may not read (EACCES), naming it, and leaves the output untouched', () => {
    const locked = write('locked.txt', readFileSync(SEED, 'utf8'));
    chmodSync(locked, 0o000);
    let blocked = false;
    try {
      readFileSync(locked);
    } catch {
      blocked = true;
    }
    let args = [locked];
    let message = /dataset: .*locked\.txt: cannot be read \(EACCES\)/;
    if (!blocked) {
      // Root reads a mode-000 file all the same, so EACCES cannot happen here. A symlink to
      // itself fails in the same place of the reader (ELOOP) and proves the same handling.
      console.log('dataset-cli-inputs: running as root, chmod 000 does not block reading; testing an unreadable symlink loop (ELOOP) instead of EACCES');
      const loop = join(dir, 'loop.txt');
      symlinkSync('loop.txt', loop);
      args = [loop];
      message = /dataset: .*loop\.txt: cannot be read \(ELOOP\)/;
    }
    const r = dataset('--out', kept, ...args);
    chmodSync(locked, 0o644);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(readFileSync(join(kept, 'dataset.json'), 'utf8')).toBe(before);
    expect(readdirSync(kept)).toEqual(['dataset.json']);
  });

  it('prints a progress line per file when there are many', () => {
    const files = Array.from({ length: 20 }, (_, i) =>
      write(`many-${i}.txt`, `---\ntitle: T${i}\noutlet: O\npublished: 2020-01-${String(i + 1).padStart(2, '0')}\n---\n\nMike Pompeo met Sergei Lavrov in Sochi.`),
    );
    const r = dataset('--out', join(dir, 'many'), ...files);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/^dataset: \[\d+\/20\] /gm)).toHaveLength(20);
  });

  it('gives a byte-identical dataset whatever the order of the files', () => {
    const a = dataset('--out', join(dir, 'order-a'), SEED, PAGE);
    const b = dataset('--out', join(dir, 'order-b'), PAGE, SEED);
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(readFileSync(join(dir, 'order-a', 'dataset.json'), 'utf8')).toBe(readFileSync(join(dir, 'order-b', 'dataset.json'), 'utf8'));
  });
});
