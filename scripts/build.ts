import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { DIST_DIR } from './dist-dir';
import { DEFAULT_CURATION, DEFAULT_OUT, main as datasetMain } from '../src/pipeline/cli';
import { matcherTableFrom } from '../src/core/dataset/matcher-table';
import { parseDataset } from '../src/core/dataset/validate';

export const BROWSERS = ['chrome', 'firefox'] as const;
export const ARTICLES_DIR = 'data/articles';
const DIST = DIST_DIR;
// A fixed time inside every zip, so the same sources give byte-identical packages.
const ZIP_TIME = new Date('2019-05-14T00:00:00Z');

/** The dataset's aliases compiled once here, in the form tabs load as is (src/core/match). */
function compileMatcher(datasetPath: string): string {
  const path = join(dirname(datasetPath), 'matcher.json');
  writeFileSync(path, `${JSON.stringify(matcherTableFrom(parseDataset(JSON.parse(readFileSync(datasetPath, 'utf8')))))}\n`);
  return path;
}

function buildDataset(): string {
  const articles = readdirSync(ARTICLES_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => join(ARTICLES_DIR, f));
  const code = datasetMain(['--out', DEFAULT_OUT, '--curation', DEFAULT_CURATION, ...articles]);
  if (code !== 0) throw new Error('dataset build failed');
  return join(DEFAULT_OUT, 'dataset.json');
}

async function bundle(outdir: string): Promise<void> {
  await build({
    entryPoints: {
      background: 'src/background/index.ts',
      content: 'src/content/index.ts',
      popup: 'src/ui/popup/index.tsx',
      options: 'src/ui/options/index.tsx',
    },
    outdir,
    bundle: true,
    format: 'iife',
    target: ['chrome120', 'firefox142'],
    loader: { '.css': 'text' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Readable output: store reviewers read it, and nothing here is secret.
    minify: false,
    legalComments: 'inline',
    logLevel: 'warning',
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function zipDirectory(dir: string, zipPath: string): void {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of filesUnder(dir).sort()) {
    entries[relative(dir, file).split('\\').join('/')] = [readFileSync(file), { mtime: ZIP_TIME }];
  }
  writeFileSync(zipPath, zipSync(entries, { level: 9 }));
}

async function main(): Promise<void> {
  const dataset = buildDataset();
  const matcher = compileMatcher(dataset);
  const version = (JSON.parse(readFileSync('manifest.json', 'utf8')) as { version: string }).version;
  rmSync(DIST, { recursive: true, force: true });
  const scripts = join(DIST, '.bundle');
  await bundle(scripts);
  for (const browser of BROWSERS) {
    const out = join(DIST, browser);
    mkdirSync(join(out, 'data'), { recursive: true });
    cpSync('manifest.json', join(out, 'manifest.json'));
    cpSync('icons', join(out, 'icons'), { recursive: true, filter: (src) => !src.endsWith('.svg') });
    cpSync('src/locales', join(out, '_locales'), { recursive: true });
    cpSync('src/content/marks.css', join(out, 'marks.css'));
    for (const page of ['src/ui/popup/popup.html', 'src/ui/popup/popup.css', 'src/ui/options/options.html', 'src/ui/options/options.css', 'src/ui/shared/page.css']) {
      cpSync(page, join(out, page.split('/').pop()!));
    }
    cpSync(dataset, join(out, 'data', 'dataset.json'));
    cpSync(matcher, join(out, 'data', 'matcher.json'));
    for (const file of readdirSync(scripts)) cpSync(join(scripts, file), join(out, file));
    const zipPath = join(DIST, `backstory-${browser}-${version}.zip`);
    mkdirSync(dirname(zipPath), { recursive: true });
    zipDirectory(out, zipPath);
    process.stdout.write(`build: ${out}/ and ${zipPath}\n`);
  }
  rmSync(scripts, { recursive: true, force: true });
}

await main();
