/** Pages written for the detection e2e tests, served by the demo server as extra routes. */

const FILLER = 'Officials spoke at length about trade, energy and the weather over a long lunch. ';

const shell = (body: string, title = 'Synthetic news page') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * A news page with furniture around the article: only the article's names may be marked, and
 * none that a look-alike head makes part of another name (an institute, an avenue).
 */
export const SCOPE_PAGE = shell(`
<header><nav><a href="/">Russia</a> <a href="/">Venezuela</a></nav></header>
<main><article>
  <h1>Sergei Lavrov visits Sochi</h1>
  <div class="share-tools">Share this story about Iran</div>
  <p>Sergei Lavrov met envoys in Sochi on Monday. ${FILLER}</p>
  <p>Lavrov said Russia would not change course. ${FILLER}</p>
  <p>Scholars at the Iran Institute and diners on Avenida Mexico had their doubts. ${FILLER}</p>
  <pre>Mexico in a code sample</pre>
  <textarea>Syria in a form field</textarea>
  <div contenteditable="true">Ukraine in an editor</div>
  <aside class="related"><a href="/">Related: Afghanistan</a></aside>
</article>
<section id="comments"><p>A reader from Uruguay wrote a comment about Libya.</p></section>
</main>
<footer><p>Iraq desk, all rights reserved.</p></footer>`);

/** An article that the tests change from the page's own world (appends, re-renders, navigates). */
export const LIVE_PAGE = shell(`
<main><article id="story">
  <h1>Live: talks in Sochi</h1>
  <p>Sergei Lavrov arrived in Sochi this morning. ${FILLER}</p>
  <p id="second">Delegates from Venezuela and Mexico followed. ${FILLER}</p>
  <p>${FILLER}${FILLER}</p>
</article></main>`);

/** Many mentions, so that only those near the viewport stay live in the highlight. */
export const LONG_PAGE = shell(`
<main><article>
  <h1>Long read</h1>
  ${Array.from({ length: 120 }, (_, i) => `<p id="p${i}">Paragraph ${i}: Russia, Iran and Syria were named again. ${FILLER}</p>`).join('\n')}
</article></main>`);
