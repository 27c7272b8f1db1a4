import { describe, expect, it } from 'vitest';
import { markedTexts } from '../../scripts/browsers/probes';
import type { BrowserName } from '../../scripts/browsers/launch';
import { waitForPage } from './helpers';
import { useBrowser } from './session';
import { LIVE_PAGE, LONG_PAGE, SCOPE_PAGE } from './synthetic-pages';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const sameList = (expected: string[]) => (marks: string[] | null) => JSON.stringify(marks) === JSON.stringify(expected);

describe.each(BROWSERS)('detection on changing pages in %s', (browserName) => {
  const t = useBrowser(browserName, {
    pages: { '/scope': SCOPE_PAGE, '/live': LIVE_PAGE, '/live/next': LIVE_PAGE, '/long': LONG_PAGE },
    viewport: [1280, 900],
  });

  const waitForMarks = (expected: string[], what: string) =>
    waitForPage(t.session.page, markedTexts, undefined, sameList(expected), { what });

  it('marks the article only: not navigation, share bars, related boxes, comments, footers, code, fields, editors or look-alikes', async () => {
    await t.session.page.goto(`${t.server.origin}/scope`);
    const marks = await waitForMarks(['Sergei Lavrov', 'Sochi', 'Sergei Lavrov', 'Sochi', 'Lavrov', 'Russia'], 'the scoped marks');
    expect(marks).toHaveLength(6);
  });

  it('marks appended paragraphs without losing the earlier marks', async () => {
    await t.session.page.goto(`${t.server.origin}/live`);
    await waitForMarks(['Sochi', 'Sergei Lavrov', 'Sochi', 'Venezuela', 'Mexico'], 'the first marks');
    await t.session.page.evaluate(() => {
      const story = document.getElementById('story')!;
      const p = document.createElement('p');
      p.innerHTML = 'Update: <b>Iran</b> and Syria sent observers; Lavrov welcomed them.';
      story.append(p);
    }, undefined);
    await waitForMarks(['Sochi', 'Sergei Lavrov', 'Sochi', 'Venezuela', 'Mexico', 'Iran', 'Syria', 'Lavrov'], 'the appended marks');
  });

  it('drops the marks of text the page removes or rewrites', async () => {
    await t.session.page.evaluate(() => {
      document.getElementById('second')!.firstChild!.textContent = 'Delegates from Uruguay followed. ';
    }, undefined);
    await waitForMarks(['Sochi', 'Sergei Lavrov', 'Sochi', 'Uruguay', 'Iran', 'Syria', 'Lavrov'], 'the rewritten paragraph');
    await t.session.page.evaluate(() => document.getElementById('second')!.remove(), undefined);
    await waitForMarks(['Sochi', 'Sergei Lavrov', 'Sochi', 'Iran', 'Syria', 'Lavrov'], 'the removed paragraph');
  });

  it('follows an article the page re-renders whole', async () => {
    await t.session.page.evaluate(() => {
      const old = document.getElementById('story')!;
      const fresh = document.createElement('article');
      fresh.id = 'story';
      fresh.innerHTML = `<h1>Ukraine talks</h1><p>Mike Pompeo spoke about Ukraine and Crimea. ${'Long text. '.repeat(30)}</p>`;
      old.replaceWith(fresh);
    }, undefined);
    await waitForMarks(['Ukraine', 'Mike Pompeo', 'Ukraine', 'Crimea'], 'the re-rendered article');
  });

  it('handles a storm of changes with one rescan', async () => {
    await t.session.page.evaluate(() => {
      const story = document.getElementById('story')!;
      for (let i = 0; i < 1500; i++) {
        const span = document.createElement('span');
        span.textContent = i === 1499 ? ' Libya.' : ' tick';
        story.lastElementChild!.append(span);
      }
    }, undefined);
    await waitForMarks(['Ukraine', 'Mike Pompeo', 'Ukraine', 'Crimea', 'Libya'], 'the marks after a storm');
  });

  it('clears the old marks and scans the new article after pushState navigation', async () => {
    await t.session.page.evaluate(() => {
      history.pushState({}, '', '/live/next');
      document.querySelector('main')!.innerHTML = `<article><h1>Iraq and Libya</h1><p>Nicolas Maduro spoke. Maduro was brief. ${'More text. '.repeat(30)}</p></article>`;
    }, undefined);
    await waitForMarks(['Iraq', 'Libya', 'Nicolas Maduro', 'Maduro'], 'the next article');
    // A surname counts on the new page only because it names him in full: forget the old page.
    await t.session.page.evaluate(() => {
      history.pushState({}, '', '/live');
      document.querySelector('main')!.innerHTML = `<article><h1>Short</h1><p>Maduro and Pompeo were absent. ${'More text. '.repeat(30)}</p></article>`;
    }, undefined);
    await waitForMarks([], 'no surname-only marks on a page that never names them in full');
  });

  it('keeps only the marks near the viewport live on a long page, and follows scrolling', async () => {
    await t.session.page.goto(`${t.server.origin}/long`);
    const first = await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'marks' });
    expect(first!.length).toBeLessThan(360); // 120 paragraphs × 3 names
    const hasLast = () => {
      const highlight = CSS.highlights.get('backstory-mark') as unknown as Iterable<Range> | undefined;
      const last = document.getElementById('p119')!;
      return !!highlight && [...highlight].some((r) => last.contains(r.startContainer));
    };
    expect(await t.session.page.evaluate(hasLast, undefined)).toBe(false);
    await t.session.page.evaluate(() => document.getElementById('p119')!.scrollIntoView(), undefined);
    await waitForPage(t.session.page, hasLast, undefined, (v) => v, { what: 'marks at the end after scrolling' });
  });

  it('while scrolling, also marks the paragraphs just outside the viewport, and drops them once scrolling stops', async () => {
    await t.session.page.goto(`${t.server.origin}/long`);
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'marks' });
    // Live marks outside the viewport cost a changing page every frame: only scrolling keeps some.
    const belowMarked = () => {
      const highlight = CSS.highlights.get('backstory-mark') as unknown as Iterable<Range> | undefined;
      const below = [...document.querySelectorAll('article p')].find((p) => p.getBoundingClientRect().top > innerHeight)!;
      return !!highlight && [...highlight].some((r) => below.contains(r.startContainer));
    };
    await waitForPage(t.session.page, belowMarked, undefined, (v) => !v, { what: 'no marks below the viewport while still' });
    await t.session.page.evaluate(() => scrollBy(0, 5), undefined);
    await waitForPage(t.session.page, belowMarked, undefined, (v) => v, { what: 'marks below the viewport while scrolling' });
    await waitForPage(t.session.page, belowMarked, undefined, (v) => !v, { what: 'no marks below the viewport once scrolling stops' });
  });

  it('makes no network request', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
