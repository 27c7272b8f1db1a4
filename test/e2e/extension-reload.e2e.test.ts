import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../scripts/browsers/launch';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { extensionDirFor } from '../../scripts/dist-dir';
import { waitForPage } from './helpers';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

function pageState() {
  return {
    hosts: document.querySelectorAll('backstory-host').length,
    marks: CSS.highlights.get('backstory-mark')?.size ?? 0,
    /** Whether the highlight is still the one registered before the reload. */
    sameHighlight: CSS.highlights.get('backstory-mark') === (window as unknown as { oldHighlight?: unknown }).oldHighlight,
    errors: (window as unknown as { pageErrors?: string[] }).pageErrors ?? [],
  };
}

// Issue 6, case 14: the extension is reloaded (an update does the same) while a tab is open.
describe.each(BROWSERS)('an extension reload with the article open in %s', (browserName) => {
  let demo: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    session = await launchBrowser(browserName, extensionDirFor(browserName), { allowedOrigins: [demo.origin] });
    await session.page.setViewport(1280, 900);
    await session.page.goto(demo.articleUrl());
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it('leaves one set of marks at most, no stray card, and a page that keeps working', async () => {
    const before = await waitForPage(session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await session.page.evaluate(() => {
      const w = window as unknown as { pageErrors: string[]; oldHighlight: unknown };
      w.pageErrors = [];
      w.oldHighlight = CSS.highlights.get('backstory-mark');
      window.addEventListener('error', (e) => w.pageErrors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => w.pageErrors.push(String(e.reason)));
    }, undefined);
    const extensionPage = await session.openExtensionPage('options.html');
    // The page goes away with the reload; don't wait on its answer.
    void extensionPage.evaluate(() => {
      const g = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
      setTimeout(() => g.chrome.runtime.reload(), 50);
    }, undefined).catch(() => undefined);

    // Chromium does not inject the new copy into open tabs: the orphaned copy must clean up.
    // Firefox injects the new copy: exactly one set of marks must remain.
    const expected = browserName === 'chromium' ? 0 : before!.length;
    const after = await waitForPage(session.page, pageState, undefined, (s) => s.marks === expected && !s.sameHighlight, {
      what: `the marks to settle at ${expected}`,
      timeout: 15_000,
    });
    expect(after.hosts).toBeLessThanOrEqual(1);
    expect(after.errors).toEqual([]);

    // The page itself still works: its own script runs and hovering does no harm.
    const point = await session.page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    await session.page.mouseMove(point!.x, point!.y);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const card = await session.page.evaluate(cardState, undefined);
    if (browserName === 'chromium') expect(card.open).toBe(false);
    expect((await session.page.evaluate(pageState, undefined)).errors).toEqual([]);
  });
});
