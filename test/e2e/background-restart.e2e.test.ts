import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { waitForPage } from './helpers';
import { useBrowser } from './session';

// Issue 6, case 15: the background stops between two hovers. Chromium: its service worker, stopped
// through CDP; Firefox: its event page, terminated as about:debugging does
// (scripts/browsers/firefox-background.ts). The second card is for another entity, so it can only
// come from the restarted background.
const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('the background stopped between two hovers in %s', (browserName) => {
  const t = useBrowser(browserName, { viewport: [1280, 900] });

  beforeAll(async () => {
    await t.session.page.goto(t.server.articleUrl());
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
  });

  const hover = async (text: string) => {
    await t.session.page.mouseMove(2, 2);
    const point = await t.session.page.evaluate(pointOfText, { text, selector: 'article', occurrence: 0 });
    await t.session.page.mouseMove(point!.x - 1, point!.y);
    await t.session.page.mouseMove(point!.x, point!.y);
    return waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: `the card for ${text}` });
  };

  it('opens the next card as if nothing happened: no state lived only in the background', async () => {
    expect((await hover('Montevideo Mechanism')).name).toBe('Montevideo Mechanism');
    await t.session.page.keyPress('Escape');
    expect(await t.session.stopBackground()).toBe(true);
    const card = await hover('Crimean peninsula');
    expect(card.name).toBe('Crimea');
    expect(card.text).toContain("Russia's annexation of the Crimean peninsula");
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
