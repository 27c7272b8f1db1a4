/**
 * Where the article text is: the page's own markup for it when there is some, else the body.
 * (A reading-mode style heuristic comes with the detection work; this is the simple, safe start.)
 */
export function findArticleRoot(doc: Document = document): Element | null {
  const candidates = [
    ...doc.querySelectorAll('article, [itemprop="articleBody"], [role="article"]'),
  ].filter((el) => (el.textContent?.length ?? 0) > 200);
  if (candidates.length > 0) {
    // The longest article wins over teaser cards that also use <article>.
    return candidates.reduce((a, b) => ((b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a));
  }
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}
