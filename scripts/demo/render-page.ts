import type { SourceArticle } from '../../src/pipeline/article';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface DemoOptions {
  theme: 'light' | 'dark';
  /** Test hook: records the page's DOM as parsed and every later mutation, in the page's own world. */
  probe: boolean;
}

/** Records, in the page's world, the DOM once parsed and every mutation after that (for tests). */
const PROBE_SCRIPT = `
window.__probe = { mutations: [] };
document.addEventListener('DOMContentLoaded', () => {
  window.__probe.parsedHtml = document.documentElement.outerHTML;
  new MutationObserver((records) => {
    for (const r of records) {
      window.__probe.mutations.push({
        type: r.type,
        target: r.target.nodeName,
        added: [...r.addedNodes].map((n) => n.nodeName),
        removed: [...r.removedNodes].map((n) => n.nodeName),
        attribute: r.attributeName,
      });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
});`;

function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A page shaped like a news site's article page (masthead, navigation, article, sidebar, footer)
 * around one article from data/articles. The site and its sidebar are made up for the demo.
 */
export function renderDemoPage(article: SourceArticle, options: DemoOptions): string {
  const [standfirst, ...body] = article.paragraphs;
  const caption = article.imageCaption
    ? `<figure class="lead"><div class="photo" role="img" aria-label="Photo placeholder"></div><figcaption>${escapeHtml(article.imageCaption)}</figcaption></figure>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(article.language ?? 'en')}" data-theme="${options.theme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)} | The Daily Ledger (demo)</title>
<meta property="og:site_name" content="${escapeHtml(article.outlet)}">
<meta property="article:published_time" content="${escapeHtml(article.published)}">
${options.probe ? `<script>${PROBE_SCRIPT}</script>` : ''}
<style>${DEMO_CSS}</style>
</head>
<body>
<header class="masthead"><a class="brand" href="/">The Daily Ledger</a><span class="tagline">A demo news page for Backstory</span></header>
<nav class="sections" aria-label="Sections"><a href="/">World</a><a href="/">Americas</a><a href="/">Europe</a><a href="/">Russia &amp; Eurasia</a><a href="/">Opinion</a></nav>
<div class="layout">
<main>
<article>
<p class="kicker">${escapeHtml(article.section ?? 'News')}</p>
<h1>${escapeHtml(article.title)}</h1>
<p class="standfirst">${escapeHtml(standfirst ?? '')}</p>
<p class="byline">${escapeHtml(article.outlet)} · <time datetime="${escapeHtml(article.published)}">${longDate(article.published)}</time></p>
${caption}
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article>
</main>
<aside class="sidebar" aria-label="Most read">
<h2>Most read</h2>
<ol>
<li><a href="/">Markets steady ahead of central bank meeting</a></li>
<li><a href="/">Russia and Ukraine trade accusations over grain corridor</a></li>
<li><a href="/">Ten trails worth the early start this spring</a></li>
</ol>
</aside>
</div>
<footer class="site-footer"><p>The Daily Ledger is a made-up site for the Backstory demo. Article text: ${escapeHtml(article.outlet)}, ${longDate(article.published)}.</p></footer>
</body>
</html>
`;
}

const DEMO_CSS = `
:root { --bg: #fbfaf7; --fg: #1d1d1f; --muted: #62656b; --rule: #e2e0da; --accent: #8a1c1c; color-scheme: light; }
:root[data-theme="dark"] { --bg: #15171a; --fg: #e6e6e3; --muted: #9a9ea5; --rule: #2c3035; --accent: #e07b6a; color-scheme: dark; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 18px/1.6 Georgia, 'DejaVu Serif', serif; }
a { color: inherit; }
.masthead { display: flex; align-items: baseline; gap: 16px; padding: 18px 32px 10px; border-bottom: 3px double var(--rule); }
.brand { font: 700 30px/1 Georgia, serif; text-decoration: none; }
.tagline { color: var(--muted); font: 14px system-ui, sans-serif; }
.sections { display: flex; gap: 22px; padding: 10px 32px; border-bottom: 1px solid var(--rule); font: 600 14px system-ui, sans-serif; }
.sections a { text-decoration: none; color: var(--muted); }
.layout { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 48px; justify-content: center; padding: 28px 32px 48px; }
.kicker { margin: 0; color: var(--accent); font: 700 13px system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; }
h1 { margin: 6px 0 12px; font-size: 38px; line-height: 1.15; }
.standfirst { font-size: 21px; color: var(--muted); margin: 0 0 10px; }
.byline { font: 14px system-ui, sans-serif; color: var(--muted); }
.lead { margin: 18px 0 22px; }
.photo { aspect-ratio: 16 / 7; border-radius: 4px; background: linear-gradient(135deg, #5a6f8c, #2c3a4f 60%, #1b2533); }
figcaption { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); margin-top: 6px; }
.sidebar { border-top: 3px solid var(--fg); padding-top: 8px; font: 15px/1.45 system-ui, sans-serif; }
.sidebar h2 { font-size: 14px; text-transform: uppercase; letter-spacing: .06em; margin: 0 0 8px; }
.sidebar li { margin-bottom: 10px; }
.site-footer { border-top: 1px solid var(--rule); padding: 18px 32px; color: var(--muted); font: 13px system-ui, sans-serif; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
`;
