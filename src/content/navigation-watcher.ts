/** How often the address is checked: a content script cannot see the page's own pushState calls. */
const POLL_MS = 300;

/** The address without its fragment: jumping to an anchor is no new article. */
const pageAddress = (win: Window) => win.location.href.replace(/#.*$/, '');

/**
 * Calls `onNavigate` when the page moves to another address without loading a new document
 * (pushState, replaceState, back/forward). Content scripts live in an isolated world, so wrapping
 * history.pushState would only see our own calls: popstate plus a light poll catches the rest.
 */
export function watchNavigation(win: Window, onNavigate: () => void, signal: AbortSignal): () => void {
  let address = pageAddress(win);
  const check = () => {
    const now = pageAddress(win);
    if (now === address || signal.aborted) return;
    address = now;
    onNavigate();
  };
  win.addEventListener('popstate', check, { signal });
  const timer = win.setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer));
  return check;
}
