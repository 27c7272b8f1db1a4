import { Readability } from '@mozilla/readability';
import { articleIdFromPath, type SourceArticle } from './article';
import { InputError } from './input-error';

const meta = (doc: Document, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

function isoDate(value: string | null | undefined): string | undefined {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match && !Number.isNaN(Date.parse(match[1]!)) ? match[1] : undefined;
}

/** Metadata read before Readability runs, since it rewrites the document. */
function pageMetadata(doc: Document) {
  return {
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url'),
    outlet: meta(doc, 'og:site_name', 'application-name', 'publisher'),
    published: isoDate(meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued')) ??
      isoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')),
    title: meta(doc, 'og:title'),
    section: meta(doc, 'article:section'),
    language: doc.documentElement?.getAttribute('lang') ?? undefined,
  };
}

/**
 * An article from a saved news page: Readability finds the story, the page's metadata gives
 * title, outlet, date and address. Pure over a Document: the caller builds it (linkedom in Node,
 * the page itself in a browser).
 */
export function articleFromDocument(doc: Document, file: string): SourceArticle {
  const metadata = pageMetadata(doc);
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const content = parsed?.content as Element | null | undefined;
  const paragraphs = content
    ? [...content.querySelectorAll('p, h2, h3, li, blockquote')]
        .filter((el) => !el.querySelector('p'))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 0)
    : [];
  if (paragraphs.length === 0) throw new InputError(file, 'no article text found in the page');
  const title = (metadata.title ?? parsed?.title ?? '').trim();
  const outlet = (metadata.outlet ?? parsed?.siteName ?? '').trim();
  const published = metadata.published ?? isoDate(parsed?.publishedTime);
  if (!title) throw new InputError(file, 'the page has no title (no og:title or <title>)');
  if (!outlet) throw new InputError(file, 'the page names no outlet (no og:site_name)');
  if (!published) throw new InputError(file, 'the page has no publication date (no article:published_time)');
  const article: SourceArticle = { id: articleIdFromPath(file), title, outlet, published, paragraphs };
  if (metadata.url) article.url = metadata.url;
  if (metadata.section) article.section = metadata.section;
  if (metadata.language) article.language = metadata.language;
  return article;
}
