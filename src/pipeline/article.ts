import type { DatasetArticle } from '../core/dataset/schema';
import { InputError } from './input-error';

/** An article as read from a `.txt`/`.md` file: the dataset's article record plus its text. */
export interface SourceArticle extends DatasetArticle {
  imageCaption?: string;
  paragraphs: string[];
}

const REQUIRED = ['title', 'outlet', 'published'] as const;
const KNOWN = new Set([...REQUIRED, 'section', 'language', 'url', 'image_caption', 'image_credit', 'source']);

/** "data/articles/Foo Bar.txt" → "foo-bar". */
export function articleIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function parseFrontMatter(lines: string[], file: string): { meta: Map<string, string>; bodyStart: number } {
  const meta = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { meta, bodyStart: 0 };
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) throw new InputError(file, 'front matter: opening "---" is never closed', 1);
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match) throw new InputError(file, `front matter: expected "key: value", found "${line.trim()}"`, i + 1);
    const [, key, raw] = match as unknown as [string, string, string];
    if (!KNOWN.has(key)) throw new InputError(file, `front matter: unknown key "${key}"`, i + 1);
    if (meta.has(key)) throw new InputError(file, `front matter: "${key}" is given twice`, i + 1);
    meta.set(key, raw.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { meta, bodyStart: end + 1 };
}

/** Parses an article file's text. Pure: the caller reads the file. */
export function parseArticle(text: string, file: string): SourceArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { meta, bodyStart } = parseFrontMatter(lines, file);
  const paragraphs = lines
    .slice(bodyStart)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) throw new InputError(file, 'the article has no text');
  for (const key of REQUIRED) {
    if (!meta.get(key)) throw new InputError(file, `front matter: "${key}" is missing`, 1);
  }
  const published = meta.get('published')!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published))) {
    const line = lines.findIndex((l) => l.startsWith('published')) + 1;
    throw new InputError(file, `front matter: "published" must be a date like 2019-05-14, found "${published}"`, line);
  }
  const article: SourceArticle = {
    id: articleIdFromPath(file),
    title: meta.get('title')!,
    outlet: meta.get('outlet')!,
    published,
    paragraphs,
  };
  const optional = { section: 'section', language: 'language', url: 'url', imageCaption: 'image_caption' } as const;
  for (const [field, key] of Object.entries(optional) as [keyof typeof optional, string][]) {
    const value = meta.get(key);
    if (value) article[field] = value;
  }
  return article;
}
