import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName } from '../../scripts/browsers/launch';
import { cardState } from '../../scripts/browsers/probes';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';
import { SHADOW_PAGE } from './pages/shadow-pages';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Every marked text, prefixed "shadow:" when it lies in a shadow tree (ranges there cannot be ordered against the page's). */
function marksByTree(): string[] {
  const highlight = CSS.highlights.get('backstory-mark') as unknown as Iterable<Range> | undefined;
  if (!highlight) return [];
  return [...highlight].map((r) => `${r.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : 'page'}:${r.toString()}`).sort();
}

/** The centre of `text` inside the open shadow root of `hostSelector`. */
function pointInShadow(arg: { hostSelector: string; text: string }): { x: number; y: number } | null {
  const shadow = document.querySelector(arg.hostSelector)?.shadowRoot;
  if (!shadow) return null;
  const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(arg.text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + arg.text.length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

describe.each(BROWSERS)('open shadow roots in %s (issue 6, case 8)', (browserName) => {
  const t = useBrowser(browserName, { pages: { '/components': SHADOW_PAGE }, viewport: [1100, 900] });

  beforeAll(() => t.session.page.goto(`${t.server.origin}/components`));

  it('marks text inside open shadow roots, one attached late and text changed later, never a closed one', async () => {
    const marks = await waitForPage(t.session.page, marksByTree, undefined, (m) => m.includes('shadow:Mike Pompeo') && m.includes('shadow:Montevideo Mechanism'), {
      what: 'marks inside the components',
    });
    expect(marks).toEqual([
      'page:Sochi', // headline
      'page:Sochi',
      'page:Venezuela',
      'page:Venezuela',
      'shadow:Mexico',
      'shadow:Mike Pompeo',
      'shadow:Montevideo Mechanism',
      'shadow:Sergei Lavrov',
      'shadow:Sochi',
      'shadow:Uruguay',
    ].sort());
    expect(marks.join(' ')).not.toContain('Crimea');
    expect(await t.session.page.evaluate(() => document.querySelectorAll('backstory-host').length, undefined)).toBeLessThanOrEqual(1);
  });

  it('opens the card for a name inside a component on hover', async () => {
    const point = await t.session.page.evaluate(pointInShadow, { hostSelector: 'news-pullquote', text: 'Sergei Lavrov' });
    expect(point).not.toBeNull();
    await t.session.page.mouseMove(point!.x - 1, point!.y);
    await t.session.page.mouseMove(point!.x, point!.y);
    const card = await waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card for Sergei Lavrov' });
    expect(card.name).toBe('Sergei Lavrov');
    await saveScreenshot(t.session.page, browserName, 'shadow-root-card');
  });

  it('paints the marks inside the component: the ::highlight style resolves there (Firefox needs the adopted rules)', async () => {
    await t.session.page.keyPress('Escape');
    await t.session.page.mouseMove(2, 2);
    const painted = await t.session.page.evaluate(() => {
      const shadow = document.querySelector('news-pullquote')!.shadowRoot!;
      const p = shadow.querySelector('p')!;
      // The ::highlight style that applies to text in this tree, as the browser resolved it.
      return getComputedStyle(p, '::highlight(backstory-mark)').textDecorationLine;
    }, undefined);
    expect(painted).toContain('underline');
    await saveScreenshot(t.session.page, browserName, 'shadow-root-marks');
  });
});
