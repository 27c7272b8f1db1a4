import { describe, expect, it } from 'vitest';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import type { BrowserName } from '../../scripts/browsers/launch';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';
import { HOSTILE_PAGES, STRICT_POLICY_PAGE } from './pages/hostile-pages';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSERS)('hostile pages in %s', (browserName) => {
  const t = useBrowser(browserName, { pages: { ...HOSTILE_PAGES, '/strict-policy': STRICT_POLICY_PAGE }, viewport: [1100, 800] });

  const open = async (path: string) => {
    await t.session.page.goto(`${t.server.origin}${path}`);
    return waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: `marks on ${path}` });
  };

  const hoverText = async (text: string) => {
    await t.session.page.mouseMove(2, 2);
    const point = await t.session.page.evaluate(pointOfText, { text, selector: 'body', occurrence: 0 });
    expect(point).not.toBeNull();
    await t.session.page.mouseMove(point!.x - 1, point!.y);
    await t.session.page.mouseMove(point!.x, point!.y);
    return point!;
  };

  const waitForCard = (name: string) =>
    waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating && s.name === name, { what: `the card for ${name}` });

  it('page CSS cannot restyle the card or hide it, and the page layout does not move (9)', async () => {
    await open('/hostile-css');
    const paragraph = () => t.session.page.evaluate(() => JSON.stringify(document.querySelector('p')!.getBoundingClientRect()), undefined);
    const before = await paragraph();
    await hoverText('Montevideo Mechanism');
    await waitForCard('Montevideo Mechanism');
    const look = await t.session.page.evaluate(() => {
      const card = document.querySelector('backstory-host')!.shadowRoot!.querySelector('.card')!;
      const style = getComputedStyle(card);
      const heading = getComputedStyle(card.querySelector('h2')!);
      return { width: card.getBoundingClientRect().width, radius: style.borderTopLeftRadius, bg: style.backgroundColor, font: heading.fontSize, color: heading.color };
    }, undefined);
    expect(look).toMatchObject({ width: 340, radius: '10px', bg: 'rgb(255, 255, 255)', font: '17px', color: 'rgb(28, 31, 36)' });
    expect(await paragraph()).toBe(before);
    await saveScreenshot(t.session.page, browserName, 'hostile-css');
  });

  it('the card stays on top of a page element at the highest z-index (11)', async () => {
    await open('/top-z-index');
    await hoverText('Montevideo Mechanism');
    const card = await waitForCard('Montevideo Mechanism');
    const rect = card.rect!;
    const topmost = await t.session.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.nodeName,
      { x: (rect.left + rect.right) / 2, y: rect.bottom - 8 },
    );
    expect(topmost).toBe('BACKSTORY-HOST');
    await saveScreenshot(t.session.page, browserName, 'top-z-index');
  });

  it('a modal dialog the page opens over the card closes the card: it would be covered and inert (11)', async () => {
    await open('/modal-dialog');
    await hoverText('Montevideo Mechanism');
    await waitForCard('Montevideo Mechanism');
    await t.session.page.runScript('window.openSignup()');
    await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'the card to close' });
    expect(await t.session.page.evaluate(() => document.querySelector('dialog')!.open, undefined)).toBe(true);
    await saveScreenshot(t.session.page, browserName, 'modal-dialog');
  });

  it('never marks form fields, editors or code, and typing is undisturbed (2)', async () => {
    const marks = await open('/form-fields');
    const counts = await t.session.page.evaluate(() => {
      const highlight = CSS.highlights.get('backstory-mark') as unknown as Iterable<Range>;
      const inside = (selector: string) => [...highlight].filter((r) => document.querySelector(selector)!.contains(r.startContainer)).length;
      return { textarea: inside('#comment'), editor: inside('#editor'), pre: inside('pre'), article: inside('article') };
    }, undefined);
    expect(counts).toEqual({ textarea: 0, editor: 0, pre: 0, article: marks!.length });
    const typed = await t.session.page.evaluate(() => {
      const area = document.querySelector('#comment') as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(6, 6);
      return { start: area.selectionStart, active: document.activeElement?.id };
    }, undefined);
    expect(typed).toEqual({ start: 6, active: 'comment' });
    await t.session.page.keyPress('X');
    expect(await t.session.page.evaluate(() => (document.querySelector('#comment') as HTMLTextAreaElement).value, undefined)).toBe(
      'SergeiX Lavrov and the Montevideo Mechanism in a comment box',
    );
  });

  it('forged events and messages from the page never open the card (12)', async () => {
    await open('/forged-events');
    const point = await t.session.page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    await t.session.page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) {
        document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, composed: true }));
        document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('mouseover', { clientX: x, clientY: y, bubbles: true }));
      }
      window.postMessage({ type: 'content-bg:get-card', entity: 0 }, '*');
      document.dispatchEvent(new CustomEvent('backstory:open', { detail: 'montevideo-mechanism' }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }, point!);
    await sleep(800); // several dwell and grace periods
    expect((await t.session.page.evaluate(cardState, undefined)).open).toBe(false);
  });

  it('under a strict Content-Security-Policy the card is still styled, with no violation (10)', async () => {
    await open('/strict-policy');
    await t.session.page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    }, undefined);
    await hoverText('Montevideo Mechanism');
    const card = await waitForCard('Montevideo Mechanism');
    expect(card.rect!.right - card.rect!.left).toBe(340);
    const styled = await t.session.page.evaluate(() => {
      const el = document.querySelector('backstory-host')!.shadowRoot!.querySelector('.card')!;
      return getComputedStyle(el).borderTopLeftRadius;
    }, undefined);
    expect(styled).toBe('10px');
    expect(await t.session.page.evaluate(() => (window as unknown as { violations: string[] }).violations, undefined)).toEqual([]);
    await saveScreenshot(t.session.page, browserName, 'strict-policy');
  });

  it('runs in the top frame only: frames are never marked and get no host (7)', async () => {
    await open('/with-frames');
    await waitForPage(
      t.session.page,
      () => ['same-origin', 'srcdoc'].every((id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument?.readyState === 'complete'),
      undefined,
      (ready) => ready,
      { what: 'the frames to load' },
    );
    await sleep(1000); // time for a content script to have run in them, were it injected
    const frames = await t.session.page.evaluate(
      () =>
        ['same-origin', 'srcdoc'].map((id) => {
          const frame = document.getElementById(id) as HTMLIFrameElement;
          const win = frame.contentWindow as (Window & { CSS: typeof CSS }) | null;
          return {
            marks: win?.CSS.highlights.get('backstory-mark')?.size ?? 0,
            hosts: frame.contentDocument?.querySelectorAll('backstory-host').length ?? -1,
            text: (frame.contentDocument?.body.textContent ?? '').includes('Sergei Lavrov'),
          };
        }),
      undefined,
    );
    expect(frames).toEqual([
      { marks: 0, hosts: 0, text: true },
      { marks: 0, hosts: 0, text: true },
    ]);
  });

  it('on a right-to-left page, lines the card up with the start (right edge) of the mention', async () => {
    await open('/right-to-left');
    await hoverText('Montevideo Mechanism');
    const card = await waitForCard('Montevideo Mechanism');
    const mention = await t.session.page.evaluate(() => {
      const highlight = CSS.highlights.get('backstory-mark') as unknown as Iterable<Range>;
      const range = [...highlight].find((r) => r.toString() === 'Montevideo Mechanism')!;
      const box = range.getClientRects()[0]!;
      return { right: box.right, bottom: box.bottom };
    }, undefined);
    expect(Math.abs(card.rect!.right - mention.right)).toBeLessThanOrEqual(6);
    expect(card.rect!.top).toBeGreaterThanOrEqual(mention.bottom);
    // The card's own text (English here) runs in its own direction, not the page's.
    const direction = await t.session.page.evaluate(
      () => getComputedStyle(document.querySelector('backstory-host')!.shadowRoot!.querySelector('.description')!).direction,
      undefined,
    );
    expect(direction).toBe('ltr');
    await saveScreenshot(t.session.page, browserName, 'right-to-left');
  });

  it('makes no network request on any of these pages (21)', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
