import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT_MS } from './build-timeout';

const SEED = 'data/articles/telesur-2019-05-14-pompeo-lavrov-sochi.txt';

interface Output {
  files: { file: string; mentions: { entity: string; id: string; text: string; start: number; end: number }[] }[];
}

let dir: string;

function detect(...files: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/detect/cli.ts', ...files], {
    encoding: 'utf8',
    env: { ...process.env, BACKSTORY_DATASET: join(dir, 'out', 'dataset.json') },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run detect', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'backstory-detect-'));
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'src/pipeline/cli.ts', '--out', join(dir, 'out'), SEED], {
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
  }, BUILD_TIMEOUT_MS);

  it('prints one JSON object with UTF-16 offsets into each .txt file', () => {
    const r = detect(SEED);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    const text = readFileSync(SEED, 'utf8');
    const [file] = out.files;
    expect(file!.file).toBe(SEED);
    expect(file!.mentions.length).toBeGreaterThan(40);
    for (const m of file!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(file!.mentions).toContainEqual(expect.objectContaining({ entity: 'Sergei Lavrov', id: 'sergei-lavrov', text: 'Sergei Lavrov' }));
  });

  it('counts surnames only in a file that names the person in full', () => {
    const alone = write('alone.txt', 'Lavrov and Pompeo spoke; Russia’s envoy listened.');
    const named = write('named.txt', 'Lavrov spoke first. Later Sergei Lavrov left.');
    const out = JSON.parse(detect(alone, named).stdout) as Output;
    expect(out.files.map((f) => f.mentions.map((m) => m.text))).toEqual([['Russia'], ['Lavrov', 'Sergei Lavrov']]);
  });

  it('counts no name that look-alike heads in the dataset make part of another name', () => {
    const file = write('heads.txt', 'Scholars at the Iran Institute and diners on Avenida Mexico spoke of Iran and Mexico.');
    const out = JSON.parse(detect(file).stdout) as Output;
    expect(out.files[0]!.mentions.map((m) => [m.text, m.start])).toEqual([['Iran', 69], ['Mexico', 78]]);
  });

  it('counts no surname alone that a given name makes another person\'s', () => {
    const file = write('namesakes.txt', 'Donald Trump spoke. Eric Trump listened; ERIC TRUMP smiled. Trump left.');
    const out = JSON.parse(detect(file).stdout) as Output;
    expect(out.files[0]!.mentions.map((m) => [m.text, m.start])).toEqual([['Donald Trump', 0], ['Trump', 60]]);
  });

  it('tells Washington the capital from the state by the words around it', () => {
    const text = 'Microsoft, based in Redmond, Washington, hired staff.\n\nLawmakers in Washington debated the budget.';
    const out = JSON.parse(detect(write('seattle.txt', text)).stdout) as Output;
    expect(out.files[0]!.mentions.filter((m) => m.id === 'washington').map((m) => m.start)).toEqual([text.indexOf('Washington debated')]);
  });

  it('reads only the article of an .html file, as the content script does', () => {
    const page = write(
      'page.html',
      `<!doctype html><html><body><nav><a>Russia</a></nav><article><h1>Talks in Sochi</h1>
       <p>Sergei Lavrov met Mike Pompeo in Sochi. The two sides discussed Venezuela at length and agreed to talk again.</p>
       <p>Most of the meeting was about sanctions, Lavrov said afterwards, speaking to reporters from Mexico.</p>
       <aside class="related"><a>Related: Iran</a></aside><pre>Ukraine</pre></article>
       <footer>Syria</footer></body></html>`,
    );
    const r = detect(page);
    expect(r.code, r.stderr).toBe(0);
    const [file] = (JSON.parse(r.stdout) as Output).files;
    expect(file!.mentions.map((m) => m.text)).toEqual(['Sochi', 'Sergei Lavrov', 'Mike Pompeo', 'Sochi', 'Venezuela', 'Lavrov', 'Mexico']);
  });

  it.each([
    ['missing.txt', null, 'missing.txt: no such file'],
    ['empty.txt', '', 'empty.txt: is empty'],
    ['latin1.txt', Buffer.from([0x4d, 0xe9, 0x78, 0x69, 0x63, 0x6f]), 'latin1.txt: is not UTF-8 text'],
    ['notes.pdf', 'Russia', 'notes.pdf: is neither .txt nor .html'],
  ])('names a bad file (%s), exits 1 and prints nothing on stdout', (name, content, message) => {
    const path = content === null ? join(dir, name) : write(name, content);
    const r = detect(SEED, path);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('explains a missing dataset and an empty command line', () => {
    const noFiles = detect();
    expect(noFiles.code).toBe(1);
    expect(noFiles.stderr).toContain('usage');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/detect/cli.ts', SEED], {
      encoding: 'utf8',
      env: { ...process.env, BACKSTORY_DATASET: join(dir, 'nowhere.json') },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('run `npm run build`');
  });
});
