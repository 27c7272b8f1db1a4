import { parseHTML } from 'linkedom';
import { articleFromDocument } from './html-article';
import type { SourceArticle } from './article';

/** Node side of HTML input: linkedom builds the Document that the pure core reads. */
export function articleFromHtml(html: string, file: string): SourceArticle {
  const { document } = parseHTML(html);
  return articleFromDocument(document as unknown as Document, file);
}
