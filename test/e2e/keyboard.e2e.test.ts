import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from '../../scripts/browsers/launch';
import { cardState, markedTexts } from '../../scripts/browsers/probes';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';
import { HOSTILE_PAGES } from './pages/hostile-pages';
import { candidateTabs, messageTab } from './tabs';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Where focus is: the element's tag, looking into our shadow root, and the focus mark's size. */
function focusState() {
  const host = document.querySelector('backstory-host');
  const inner = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
  return {
    outer: document.activeElement?.nodeName ?? null,
    inner: inner ? `${inner.nodeName.toLowerCase()}.${inner.className}` : null,
    focusMarks: CSS.highlights.get('backstory-focus')?.size ?? 0,
    focusText: [...((CSS.highlights.get('backstory-focus') as unknown as Iterable<Range>) ?? [])].map((r) => r.toString()).join(),
  };
}

// The browser's commands API turns the shortcut (Alt+Shift+N / Alt+Shift+P, rebindable) into a
// background event, which sends 'bg-content:step-mention' to the tab. Headless browsers do not
// deliver command shortcuts, so the test sends that message the way the background does.
describe.each(BROWSERS)('keyboard navigation in %s', (browserName) => {
  const t = useBrowser(browserName, { pages: HOSTILE_PAGES, viewport: [1280, 900] });
  let sender: TestPage;

  const tabOf = async (url: string) => {
    const tabs = await sender.evaluate(candidateTabs, url);
    expect(tabs).toHaveLength(1);
    return tabs[0]!;
  };
  const step = async (tabId: number, direction: 1 | -1) =>
    sender.evaluate(messageTab, { tabId, message: { type: 'bg-content:step-mention', direction } });

  beforeAll(async () => {
    await t.session.page.goto(t.server.articleUrl());
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    sender = await t.session.openExtensionPage('options.html');
  });

  it('moves to the next and previous mention, marks it, and opens its card with focus', async () => {
    const tab = await tabOf(t.server.articleUrl());
    await step(tab, 1);
    const first = await waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the first card' });
    expect(first.name).toBe('United States'); // "News > U.S." is the first mention
    expect(await t.session.page.evaluate(focusState, undefined)).toMatchObject({ outer: 'BACKSTORY-HOST', inner: 'section.card', focusMarks: 1, focusText: 'U.S.' });
    await step(tab, 1);
    await waitForPage(t.session.page, focusState, undefined, (f) => f.focusText === 'US', { what: 'the second mention' });
    await step(tab, 1);
    await waitForPage(t.session.page, cardState, undefined, (s) => s.name === 'Venezuela', { what: 'the third mention' });
    await step(tab, -1);
    const back = await waitForPage(t.session.page, focusState, undefined, (f) => f.focusText === 'US', { what: 'a step back' });
    expect(back.focusMarks).toBe(1);
    const card = await t.session.page.evaluate(cardState, undefined);
    expect(card.text).toMatch(/Mention 2 of \d+ on this page/);
    await saveScreenshot(t.session.page, browserName, 'keyboard-focus');
  });

  it('lets Tab reach the card controls, and Escape close it and clear the focus mark', async () => {
    await t.session.page.keyPress('Tab');
    const tabbed = await t.session.page.evaluate(focusState, undefined);
    expect(tabbed.inner).toMatch(/^button\./);
    await t.session.page.keyPress('Escape');
    await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'Escape to close the card' });
    expect(await t.session.page.evaluate(focusState, undefined)).toMatchObject({ focusMarks: 0, inner: null });
  });

  it('ignores the shortcut while the reader types in a field', async () => {
    // Same tab (without the tabs permission Chromium hides tab URLs, so one page tab keeps it unambiguous).
    const page = t.session.page;
    await page.goto(`${t.server.origin}/form-fields`);
    await waitForPage(page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await page.evaluate(() => (document.querySelector('#comment') as HTMLTextAreaElement).focus(), undefined);
    const tab = await tabOf(`${t.server.origin}/form-fields`);
    await step(tab, 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await page.evaluate(cardState, undefined)).open).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id, undefined)).toBe('comment');
  });

  it('makes no network request', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
