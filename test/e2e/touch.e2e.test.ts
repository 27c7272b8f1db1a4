import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';
import { HOSTILE_PAGES } from './pages/hostile-pages';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const PHONE = { width: 390, height: 760 };

describe.each(BROWSERS)('touch on a narrow screen in %s', (browserName) => {
  const t = useBrowser(browserName, { pages: HOSTILE_PAGES, viewport: [PHONE.width, PHONE.height] });

  const tapText = async (text: string, selector = 'article') => {
    const point = await t.session.page.evaluate(pointOfText, { text, selector, occurrence: 0 });
    expect(point, text).not.toBeNull();
    await t.session.page.tap(point!.x, point!.y);
  };

  it('opens the card as a bottom sheet on a tap, and a tap outside closes it', async () => {
    await t.session.page.goto(t.server.articleUrl());
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await tapText('Montevideo Mechanism');
    const card = await waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card' });
    expect(card.name).toBe('Montevideo Mechanism');
    expect(await t.session.page.evaluate(() => document.querySelector('backstory-host')?.getAttribute('data-layout'), undefined)).toBe('sheet');
    expect(card.rect!.left).toBe(0);
    expect(Math.round(card.rect!.right)).toBe(PHONE.width);
    // Flush with the bottom of the visible area (above a horizontal scrollbar, where there is one).
    const visibleHeight = await t.session.page.evaluate(() => document.documentElement.clientHeight, undefined);
    expect(Math.round(card.rect!.bottom)).toBe(visibleHeight);
    await saveScreenshot(t.session.page, browserName, 'touch-bottom-sheet');
    await tapText('framework');
    await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'a tap outside to close the card' });
  });

  it('still follows a link that contains a mark', async () => {
    await t.session.page.goto(`${t.server.origin}/linked-mark`);
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m ?? []).includes('Sergei Lavrov'), { what: 'the marks' });
    await tapText('Sergei Lavrov');
    await waitForPage(t.session.page, () => location.pathname, undefined, (path) => path === '/forged-events', { what: 'the link to be followed' });
  });

  it('makes no network request', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
