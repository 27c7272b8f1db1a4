import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../scripts/browsers/launch';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { extensionDirFor } from '../../scripts/dist-dir';
import { saveScreenshot, waitForPage } from './helpers';
import { HOSTILE_PAGES } from './pages/hostile-pages';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const PHONE = { width: 390, height: 760 };

describe.each(BROWSERS)('touch on a narrow screen in %s', (browserName) => {
  let demo: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    demo = await startDemoServer(0, HOSTILE_PAGES);
    session = await launchBrowser(browserName, extensionDirFor(browserName), { allowedOrigins: [demo.origin] });
    await session.page.setViewport(PHONE.width, PHONE.height);
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  const tapText = async (text: string, selector = 'article') => {
    const point = await session.page.evaluate(pointOfText, { text, selector, occurrence: 0 });
    expect(point, text).not.toBeNull();
    await session.page.tap(point!.x, point!.y);
  };

  it('opens the card as a bottom sheet on a tap, and a tap outside closes it', async () => {
    await session.page.goto(demo.articleUrl());
    await waitForPage(session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await tapText('Montevideo Mechanism');
    const card = await waitForPage(session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card' });
    expect(card.name).toBe('Montevideo Mechanism');
    expect(await session.page.evaluate(() => document.querySelector('backstory-host')?.getAttribute('data-layout'), undefined)).toBe('sheet');
    expect(card.rect!.left).toBe(0);
    expect(Math.round(card.rect!.right)).toBe(PHONE.width);
    // Flush with the bottom of the visible area (above a horizontal scrollbar, where there is one).
    const visibleHeight = await session.page.evaluate(() => document.documentElement.clientHeight, undefined);
    expect(Math.round(card.rect!.bottom)).toBe(visibleHeight);
    await saveScreenshot(session.page, browserName, 'touch-bottom-sheet');
    await tapText('framework');
    await waitForPage(session.page, cardState, undefined, (s) => !s.open, { what: 'a tap outside to close the card' });
  });

  it('still follows a link that contains a mark', async () => {
    await session.page.goto(`${demo.origin}/linked-mark`);
    await waitForPage(session.page, markedTexts, undefined, (m) => (m ?? []).includes('Sergei Lavrov'), { what: 'the marks' });
    await tapText('Sergei Lavrov');
    await waitForPage(session.page, () => location.pathname, undefined, (path) => path === '/forged-events', { what: 'the link to be followed' });
  });

  it('makes no network request', () => {
    expect(session.unexpectedRequests()).toEqual([]);
  });
});
