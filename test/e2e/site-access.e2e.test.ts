// Issue 6, case 16: the reader takes site access away, and gives it back. Done as the browsers'
// own settings do it (BrowserSession.setSiteAccess): an extension cannot remove its own required
// site access in Chromium ("You cannot remove required permissions"), and can only be given it back
// from a user gesture in Firefox.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';
import { candidateTabs } from './tabs';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const MESSAGES = JSON.parse(readFileSync('src/locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

const markCount = () => CSS.highlights.get('backstory-mark')?.size ?? -1;

describe.each(BROWSERS)('site access taken away in %s', (browserName) => {
  const t = useBrowser(browserName, { viewport: [1280, 900] });

  const popupNote = async (tabId: number, selector: string, screenshot: string) => {
    const popup = await t.session.openExtensionPage(`popup.html?tab=${tabId}`);
    try {
      await popup.setViewport(360, 640);
      const note = await waitForPage(popup, (s) => document.querySelector(s)?.textContent ?? null, selector, (t) => t !== null, {
        what: `${selector} in the popup`,
      });
      await saveScreenshot(popup, browserName, screenshot);
      return note;
    } finally {
      await popup.close();
    }
  };

  it('removes the marks at once and the popup says why; given back, the marks return; after a reload the popup says access is limited', async () => {
    const url = t.server.articleUrl();
    await t.session.page.goto(url);
    const marked = await waitForPage(t.session.page, markCount, undefined, (n) => n > 0, { what: 'the marks' });
    const finder = await t.session.openExtensionPage('options.html');
    const [tabId] = await finder.evaluate(candidateTabs, url);
    await finder.close();

    await t.session.setSiteAccess(false);
    await waitForPage(t.session.page, markCount, undefined, (n) => n === -1, { what: 'the marks to go' });
    expect(await t.session.page.evaluate(() => document.querySelectorAll('backstory-host').length, undefined)).toBe(0);
    expect(await popupNote(tabId!, '[data-testid=step-back]', 'popup-no-access')).toBe(MESSAGES.popupStepBackNoAccess!.message);

    // Given back, the open page is marked again without a reload. Then taken away once more while
    // the background is stopped: the browser must start it to deliver the news.
    await t.session.setSiteAccess(true);
    await waitForPage(t.session.page, markCount, undefined, (n) => n === marked, { what: 'the marks to come back' });
    expect(await t.session.stopBackground()).toBe(true);
    await t.session.setSiteAccess(false);
    await waitForPage(t.session.page, markCount, undefined, (n) => n === -1, { what: 'the marks to go again' });

    // Reloaded, the page gets no content script at all: the popup can only say access is limited.
    await t.session.page.goto(url);
    const note = await popupNote(tabId!, '[data-testid=limited-access]', 'popup-limited-access');
    expect(note).toBe(MESSAGES.popupSiteAccessLimited!.message);
    expect(await t.session.page.evaluate(markCount, undefined)).toBe(-1);
  });

  it('makes no network request', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
