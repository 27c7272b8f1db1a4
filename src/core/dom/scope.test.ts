import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, readPageText } from './page-text';
import { scopeOf, type ScopeMode } from './scope';

const PARAGRAPH = 'The foreign ministers met in Sochi for talks that ran late into the evening. ';

function textIn(html: string, mode: ScopeMode = 'article'): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const scope = scopeOf(document as unknown as Document, mode)!;
  return readPageText(scope.root, scope.skips).text.split(BLOCK_SEPARATOR).filter((t) => t.trim());
}

const NEWS_PAGE = `
<header><nav><a>World</a><a>Russia news</a></nav></header>
<main><article>
  <h1>Headline about Russia</h1>
  <div class="share-bar"><a>Share on social</a></div>
  <p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>
  <aside class="related-stories"><a>Related: Mexico votes</a></aside>
  <figure><figcaption>Caption names Sochi</figcaption></figure>
  <div class="ad-slot">Advert: visit Mexico</div>
  <pre>Mexico in code</pre><code>Mexico</code><svg><text>Mexico</text></svg>
  <footer>Tags: Russia</footer>
</article>
<section id="comments"><p>Reader comment about Mexico that goes on for a while here.</p></section>
</main>
<aside class="sidebar"><h2>Most read</h2><p>Mexico</p></aside>
<footer><p>Copyright notice</p></footer>`;

describe('scopeOf: the article (default)', () => {
  it('reads the article body, not navigation, share bars, related boxes, ads, comments or footers', () => {
    expect(textIn(NEWS_PAGE)).toEqual(['Headline about Russia', PARAGRAPH, PARAGRAPH, 'Caption names Sochi']);
  });

  it('picks the longest <article> over teaser cards', () => {
    const page = `<article><p>Teaser</p></article><article><p>${PARAGRAPH.repeat(4)}</p></article>`;
    expect(textIn(page)).toEqual([PARAGRAPH.repeat(4)]);
  });

  it('takes the first in page order of two equally long articles, whatever markup names them', () => {
    const page = `<div itemprop="articleBody"><p>${PARAGRAPH.repeat(4)}</p></div><article><p>${PARAGRAPH.repeat(4).toUpperCase()}</p></article>`;
    expect(textIn(page)).toEqual([PARAGRAPH.repeat(4)]);
  });

  it('finds the densest run of paragraphs on a page without article markup', () => {
    const page = `<div class="menu"><p>Home</p></div><div class="story"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div><div><p>Short footer line</p></div>`;
    expect(textIn(page)).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH]);
  });

  it('falls back to the body for a short page', () => {
    expect(textIn('<p>Only Sochi.</p>')).toEqual(['Only Sochi.']);
  });

  it('never reads editable regions, form fields, scripts or our own host', () => {
    const page = `<article><p>${PARAGRAPH}</p><div contenteditable="true">Mexico</div><textarea>Mexico</textarea><input value="Mexico"><script>Mexico</script><style>p{}</style><backstory-host>Mexico</backstory-host></article>`;
    expect(textIn(page)).toEqual([PARAGRAPH]);
  });
});

describe('scopeOf: editors', () => {
  it('reads nothing of a page that is itself an editor', () => {
    const { document } = parseHTML(`<!doctype html><html><body contenteditable="true"><article><p>${PARAGRAPH}</p></article></body></html>`);
    expect(scopeOf(document as unknown as Document)).toBeNull();
    expect(scopeOf(document as unknown as Document, 'page')).toBeNull();
  });
});

describe('scopeOf: the whole page', () => {
  it('reads navigation, sidebars and footers too, but still never code or inputs', () => {
    const text = textIn(NEWS_PAGE, 'page').join('|');
    for (const part of ['Russia news', 'Related: Mexico votes', 'Reader comment', 'Most read', 'Copyright notice']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('in code');
  });
});
