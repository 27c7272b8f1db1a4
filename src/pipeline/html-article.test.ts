import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from './read-html';

describe('articleFromHtml', () => {
  const page = readFileSync('test/fixtures/pages/uruguay-talks.html', 'utf8');

  it('keeps the story paragraphs and none of the page around them', () => {
    const article = articleFromHtml(page, 'pages/uruguay-talks.html');
    expect(article.paragraphs[0]).toMatch(/^MONTEVIDEO — Uruguayan President Tabaré Vázquez/);
    expect(article.paragraphs.join(' ')).not.toMatch(/Most read|Subscribe|Audio Only/);
    expect(article).toMatchObject({ id: 'uruguay-talks', outlet: 'Backstory Test Wire', published: '2019-03-02' });
  });

  it('falls back to <time datetime> for the date', () => {
    const noMeta = page.replace(/<meta property="article:published_time"[^>]*>/, '').replace('<article>', '<article><time datetime="2019-03-01">1 March</time>');
    expect(articleFromHtml(noMeta, 'p.html').published).toBe('2019-03-01');
  });
});
