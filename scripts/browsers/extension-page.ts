// Opening an extension's own pages (chrome-extension://ID/…, moz-extension://UUID/…) the same way in
// both browsers. Puppeteer's goto to a moz-extension:// page never resolves over WebDriver BiDi (it
// settles only when a later ordinary navigation of the tab completes), so navigation is started
// without being awaited and the document itself is polled until it is the right one and loaded.
//
// Extension pages are read from the extension's package, not fetched: they never reach the counting
// proxy, so they add nothing to unexpectedRequests(); requests the page's script makes still do.

/** Set on the old document before navigating, so that polling cannot mistake it for the new one
 *  (a "navigation" to the URL already shown, a reload, leaves location.href unchanged). */
const STALE_FLAG = '__harnessStaleDocument';

interface DocumentState {
  href: string;
  readyState: DocumentReadyState;
  stale: boolean;
}

type Evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;

/**
 * Starts `navigate(url)` without awaiting it, then resolves once the page's document is at `url`,
 * has finished loading (readyState 'complete', so its scripts have run), and is not the document
 * that was there before. Throws after `timeout` ms, with the last state seen and any navigation error.
 */
export async function navigateAndWait(
  navigate: (url: string) => Promise<unknown>,
  evaluate: Evaluate,
  url: string,
  timeout = 20_000,
): Promise<void> {
  const target = new URL(url).href;
  try {
    await evaluate((flag) => {
      (window as unknown as Record<string, unknown>)[flag] = true;
    }, STALE_FLAG);
  } catch {
    // No document to mark (a fresh tab between documents); nothing can be mistaken for the new one.
  }
  let navigationError: unknown = null;
  navigate(url).catch((e: unknown) => {
    navigationError = e;
  });
  const deadline = Date.now() + timeout;
  let last: DocumentState | string = 'nothing yet';
  for (;;) {
    try {
      last = await evaluate(
        (flag): DocumentState => ({
          href: location.href,
          readyState: document.readyState,
          stale: (window as unknown as Record<string, unknown>)[flag] === true,
        }),
        STALE_FLAG,
      );
      if (last.href === target && last.readyState === 'complete' && !last.stale) return;
    } catch (e) {
      last = `evaluate failed: ${String(e)}`; // the context went away mid-navigation; ask again
    }
    if (Date.now() > deadline) {
      const why = navigationError ? `; navigation failed: ${String(navigationError)}` : '';
      throw new Error(`${target} did not load within ${timeout} ms; last seen: ${JSON.stringify(last)}${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
