import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { waitForPage } from './helpers';
import { useBrowser } from './session';

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
  const t = useBrowser(browserName, { viewport: [1280, 900] });

  beforeAll(async () => {
    await t.session.page.goto(t.server.articleUrl());
  });

  it('leaves one set of marks at most, no stray card, and a page that keeps working', async () => {
    const before = await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await t.session.page.evaluate(() => {
      const w = window as unknown as { pageErrors: string[]; oldHighlight: unknown };
      w.pageErrors = [];
      w.oldHighlight = CSS.highlights.get('backstory-mark');
      window.addEventListener('error', (e) => w.pageErrors.push(String(e.message)));
      window.addEventListener('unhandledrejection', (e) => w.pageErrors.push(String(e.reason)));
    }, undefined);
    const extensionPage = await t.session.openExtensionPage('options.html');
    // The page goes away with the reload; don't wait on its answer.
    void extensionPage.evaluate(() => {
      const g = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
      setTimeout(() => g.chrome.runtime.reload(), 50);
    }, undefined).catch(() => undefined);

    // Chromium does not inject the new copy into open tabs: the orphaned copy must clean up.
    // Firefox injects the new copy: exactly one set of marks must remain.
    const expected = browserName === 'chromium' ? 0 : before!.length;
    const after = await waitForPage(t.session.page, pageState, undefined, (s) => s.marks === expected && !s.sameHighlight, {
      what: `the marks to settle at ${expected}`,
      timeout: 15_000,
    });
    expect(after.hosts).toBeLessThanOrEqual(1);
    expect(after.errors).toEqual([]);

    // The page itself still works: its own script runs and hovering does no harm.
    const point = await t.session.page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    await t.session.page.mouseMove(point!.x, point!.y);
    await new Promise((resolve) => setTimeout(resolve, 600));
    const card = await t.session.page.evaluate(cardState, undefined);
    if (browserName === 'chromium') expect(card.open).toBe(false);
    expect((await t.session.page.evaluate(pageState, undefined)).errors).toEqual([]);
  });
});
