import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Meta-tests: the project's conventions, checked over the source tree (refined-github style).

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles('src');
const read = (path: string) => readFileSync(path, 'utf8');
const importsOf = (path: string) => [...read(path).matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const contextOf = (path: string) => relative('src', path).split('/')[0]!;

describe('architecture', () => {
  const CONTEXTS = ['content', 'background', 'ui'];

  it('extension contexts never import each other', () => {
    const crossings = files.flatMap((file) => {
      const own = contextOf(file);
      if (!CONTEXTS.includes(own)) return [];
      return importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => contextOf(relative('.', join(file, '..', spec))))
        .filter((target) => CONTEXTS.includes(target) && target !== own)
        .map((target) => `${file} imports ${target}/`);
    });
    expect(crossings).toEqual([]);
  });

  it('core imports nothing browser- or Node-specific, and no context', () => {
    const offenders = files
      .filter((f) => contextOf(f) === 'core')
      .flatMap((file) =>
        importsOf(file)
          .filter((spec) => spec.startsWith('node:') || spec === 'webextension-polyfill' || /\.\.\/(content|background|ui|pipeline|common)\//.test(spec))
          .map((spec) => `${file}: ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the pipeline touches Node only in its command-line layer', () => {
    const NODE_LAYER = ['cli.ts', 'read-input.ts', 'write-atomic.ts', 'type-corpus.ts', 'type-model-cache.ts'];
    const offenders = files
      .filter((f) => contextOf(f) === 'pipeline' && !NODE_LAYER.some((n) => f.endsWith(`/pipeline/${n}`)) && !f.includes('/pipeline/node/'))
      .flatMap((file) => importsOf(file).filter((spec) => spec.startsWith('node:')).map((spec) => `${file}: ${spec}`));
    expect(offenders).toEqual([]);
  });
});

describe('security', () => {
  it('no source file writes raw HTML (dataset and page text are only ever text)', () => {
    const SINKS = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\beval\(|new Function\(/;
    const offenders = files.filter((file) => SINKS.test(read(file)));
    expect(offenders).toEqual([]);
  });
});

describe('messages', () => {
  it('every message type has exactly one receiver', async () => {
    const messages = read('src/common/messages.ts');
    const types = [...messages.matchAll(/^\s*'([a-z]+-[a-z]+:[a-z-]+)': \{ request/gm)].map((m) => m[1]!);
    expect(types.length).toBeGreaterThan(3);
    const receivers = { bg: read('src/background/handlers.ts'), content: read('src/content/extension-bridge.ts') };
    for (const type of types) {
      const to = type.split(':')[0]!.split('-')[1] as keyof typeof receivers;
      expect(receivers[to], `${type} is handled`).toContain(`'${type}'`);
    }
  });
});

describe('user-visible strings', () => {
  const locales = readdirSync('src/locales');
  const messages = Object.fromEntries(locales.map((l) => [l, JSON.parse(read(`src/locales/${l}/messages.json`)) as Record<string, unknown>]));

  it('exist in English and Spanish with the same keys', () => {
    expect(locales.sort()).toEqual(['en', 'es']);
    expect(Object.keys(messages.es!).sort()).toEqual(Object.keys(messages.en!).sort());
  });

  it('every key the code or the manifest uses is defined', () => {
    const used = new Set<string>();
    for (const file of files) for (const m of read(file).matchAll(/\bt(?:ranslate)?\(\s*'([A-Za-z_]+)'/g)) used.add(m[1]!);
    for (const m of read('manifest.json').matchAll(/__MSG_(\w+)__/g)) used.add(m[1]!);
    const missing = [...used].filter((key) => !key.startsWith('@@') && !(key in messages.en!));
    expect(used.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
