import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { cardState, pointOfText } from '../../scripts/browsers/probes';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** What the reader's display settings did to the card and the marks. */
function displayState() {
  const card = document.querySelector('backstory-host')!.shadowRoot!.querySelector('.card')!;
  const style = getComputedStyle(card);
  const paragraph = document.querySelector('article p')!;
  return {
    forcedColors: matchMedia('(forced-colors: active)').matches,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    animation: style.animationName,
    border: `${style.borderTopStyle} ${style.borderTopWidth}`,
    markDecoration: getComputedStyle(paragraph, '::highlight(backstory-mark)').textDecorationLine,
  };
}

describe.each(BROWSERS)('forced colours and reduced motion in %s (issue 5)', (browserName) => {
  const t = useBrowser(browserName, { reducedMotion: true, forcedColors: true, viewport: [1280, 900] });

  beforeAll(() => t.session.page.goto(t.server.articleUrl()));

  it('the card opens without animation, keeps a border, and the marks keep their underline', async () => {
    await waitForPage(t.session.page, () => CSS.highlights.get('backstory-mark')?.size ?? 0, undefined, (n) => n > 0, { what: 'marks' });
    const point = await t.session.page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    await t.session.page.mouseMove(point!.x - 1, point!.y);
    await t.session.page.mouseMove(point!.x, point!.y);
    await waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card' });
    const state = await t.session.page.evaluate(displayState, undefined);
    expect(state).toMatchObject({ forcedColors: true, reducedMotion: true, animation: 'none', border: 'solid 1px' });
    expect(state.markDecoration).toContain('underline');
    await saveScreenshot(t.session.page, browserName, 'card-forced-colors');
  });
});
