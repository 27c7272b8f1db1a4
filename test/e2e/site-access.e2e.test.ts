// Issue 6, case 16: the reader takes site access away, and gives it back. Done as the browsers'
// own settings do it (BrowserSession.setSiteAccess): an extension cannot remove its own required
// site access in Chromium ("You cannot remove required permissions"), and can only be given it back
// from a user gesture in Firefox.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../scripts/browsers/launch';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { extensionDirFor } from '../../scripts/dist-dir';
import { saveScreenshot, waitForPage } from './helpers';
import { candidateTabs } from './tabs';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const MESSAGES = JSON.parse(readFileSync('src/locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

const markCount = () => CSS.highlights.get('backstory-mark')?.size ?? -1;

describe.each(BROWSERS)('site access taken away in %s', (browserName) => {
  let server: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    server = await startDemoServer(0);
    session = await launchBrowser(browserName, extensionDirFor(browserName), { allowedOrigins: [server.origin] });
    await session.page.setViewport(1280, 900);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const popupNote = async (tabId: number, selector: string, screenshot: string) => {
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
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
    const url = server.articleUrl();
    await session.page.goto(url);
    const marked = await waitForPage(session.page, markCount, undefined, (n) => n > 0, { what: 'the marks' });
    const finder = await session.openExtensionPage('options.html');
    const [tabId] = await finder.evaluate(candidateTabs, url);
    await finder.close();

    await session.setSiteAccess(false);
    await waitForPage(session.page, markCount, undefined, (n) => n === -1, { what: 'the marks to go' });
    expect(await session.page.evaluate(() => document.querySelectorAll('backstory-host').length, undefined)).toBe(0);
    expect(await popupNote(tabId!, '[data-testid=step-back]', 'popup-no-access')).toBe(MESSAGES.popupStepBackNoAccess!.message);

    // Given back, the open page is marked again without a reload. Then taken away once more while
    // the background is stopped: the browser must start it to deliver the news.
    await session.setSiteAccess(true);
    await waitForPage(session.page, markCount, undefined, (n) => n === marked, { what: 'the marks to come back' });
    expect(await session.stopBackground()).toBe(true);
    await session.setSiteAccess(false);
    await waitForPage(session.page, markCount, undefined, (n) => n === -1, { what: 'the marks to go again' });

    // Reloaded, the page gets no content script at all: the popup can only say access is limited.
    await session.page.goto(url);
    const note = await popupNote(tabId!, '[data-testid=limited-access]', 'popup-limited-access');
    expect(note).toBe(MESSAGES.popupSiteAccessLimited!.message);
    expect(await session.page.evaluate(markCount, undefined)).toBe(-1);
  });

  it('makes no network request', () => {
    expect(session.unexpectedRequests()).toEqual([]);
  });
});
