import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../scripts/browsers/launch';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { extensionDirFor } from '../../scripts/dist-dir';
import { waitForPage } from './helpers';

// Issue 6, case 15: the background stops between two hovers. Chromium: its service worker, stopped
// through CDP; Firefox: its event page, terminated as about:debugging does
// (scripts/browsers/firefox-background.ts). The second card is for another entity, so it can only
// come from the restarted background.
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('the background stopped between two hovers in %s', (browserName) => {
  let demo: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    session = await launchBrowser(browserName, extensionDirFor(browserName), { allowedOrigins: [demo.origin] });
    await session.page.setViewport(1280, 900);
    await session.page.goto(demo.articleUrl());
    await waitForPage(session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  const hover = async (text: string) => {
    await session.page.mouseMove(2, 2);
    const point = await session.page.evaluate(pointOfText, { text, selector: 'article', occurrence: 0 });
    await session.page.mouseMove(point!.x - 1, point!.y);
    await session.page.mouseMove(point!.x, point!.y);
    return waitForPage(session.page, cardState, undefined, (s) => s.open && !s.animating, { what: `the card for ${text}` });
  };

  it('opens the next card as if nothing happened: no state lived only in the background', async () => {
    expect((await hover('Montevideo Mechanism')).name).toBe('Montevideo Mechanism');
    await session.page.keyPress('Escape');
    expect(await session.stopBackground()).toBe(true);
    const card = await hover('Crimean peninsula');
    expect(card.name).toBe('Crimea');
    expect(card.text).toContain("Russia's annexation of the Crimean peninsula");
    expect(session.unexpectedRequests()).toEqual([]);
  });
});
