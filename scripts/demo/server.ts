import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { articleIdFromPath, parseArticle, type SourceArticle } from '../../src/pipeline/article';
import { renderDemoPage } from './render-page';

export const ARTICLES_DIR = 'data/articles';

export function loadArticles(dir = ARTICLES_DIR): Map<string, SourceArticle> {
  const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  return new Map(files.map((f) => [articleIdFromPath(f), parseArticle(readFileSync(join(dir, f), 'utf8'), f)]));
}

export interface DemoServer {
  server: Server;
  origin: string;
  /** URL of the demo page for the first article (or the named one). */
  articleUrl(id?: string, query?: string): string;
  close(): Promise<void>;
}

/**
 * Serves the demo news pages on 127.0.0.1 only. Routes: "/" (first article), "/article/ID";
 * query "theme=dark" for a dark page, "probe=1" for the test hook that records DOM changes.
 */
/** An extra page for tests: its HTML, and headers such as a Content-Security-Policy. */
export type ExtraPage = string | { html: string; headers?: Record<string, string> };

export async function startDemoServer(port = 0, extraPages: Record<string, ExtraPage> = {}): Promise<DemoServer> {
  const articles = loadArticles();
  const firstId = [...articles.keys()][0];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const extra = extraPages[url.pathname];
    const id = url.pathname === '/' ? firstId : /^\/article\/([\w-]+)$/.exec(url.pathname)?.[1];
    const article = id ? articles.get(id) : undefined;
    if (extra === undefined && !article) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const extraHtml = typeof extra === 'string' ? extra : extra?.html;
    const headers = typeof extra === 'object' ? (extra.headers ?? {}) : {};
    const html =
      extraHtml ??
      renderDemoPage(article!, {
        theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light',
        probe: url.searchParams.get('probe') === '1',
      });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    origin,
    articleUrl: (articleId = firstId, query = '') => `${origin}/article/${articleId}${query ? `?${query}` : ''}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
