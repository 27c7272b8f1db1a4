// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AHEAD, ALL_LIVE_LIMIT, LiveMarks, SCROLL_SETTLE_MS } from './live-marks';
import { PageMention } from './mentions';

/** A window whose Highlight records its ranges and whose IntersectionObserver the test drives. */
function fakeWindow() {
  const painted = new Set<Range>();
  let report: ((entries: IntersectionObserverEntry[]) => void) | null = null;
  let rootMargin: string | undefined;
  const events = new EventTarget();
  const win = {
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    setTimeout: (f: () => void, ms: number) => setTimeout(f, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    CSS: { highlights: new Map() },
    Highlight: class {
      add = (r: Range) => painted.add(r);
      delete = (r: Range) => painted.delete(r);
      clear = () => painted.clear();
    },
    IntersectionObserver: class {
      constructor(callback: (entries: IntersectionObserverEntry[]) => void, options?: IntersectionObserverInit) {
        report = callback;
        rootMargin = options?.rootMargin;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  } as unknown as Window & typeof globalThis;
  const intersect = (targets: Element[], isIntersecting: boolean) =>
    report!(targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry));
  const scroll = () => events.dispatchEvent(new Event('scroll'));
  return { win, painted, intersect, scroll, rootMargin: () => rootMargin };
}

/** One paragraph per mention; counts the Ranges made, which a long page makes only when painting. */
function page(count: number) {
  document.body.innerHTML = Array.from({ length: count }, () => '<p>Russia</p>').join('');
  const paragraphs = [...document.querySelectorAll('p')];
  let rangesMade = 0;
  const mentions = paragraphs.map((p) => {
    const text = p.firstChild as Text;
    const m = new PageMention(0, 0, 6, 'Russia', text, 0, text, 6, p);
    const made = Object.getOwnPropertyDescriptor(PageMention.prototype, 'range')!.get!;
    Object.defineProperty(m, 'range', { get: () => (rangesMade++, made.call(m)) });
    return m;
  });
  return { paragraphs, mentions, rangesMade: () => rangesMade };
}

describe('LiveMarks', () => {
  afterEach(() => void vi.useRealTimers());

  it('paints every mark while there are few', () => {
    const { win, painted } = fakeWindow();
    const { mentions } = page(3);
    new LiveMarks(win).set(mentions);
    expect(painted.size).toBe(3);
  });

  it('on a long page paints the marks near the viewport and unpaints them when they leave', () => {
    const { win, painted, intersect } = fakeWindow();
    const { paragraphs, mentions } = page(ALL_LIVE_LIMIT + 50);
    new LiveMarks(win).set(mentions);
    expect(painted.size).toBe(0);
    intersect(paragraphs.slice(0, 10), true);
    expect(painted.size).toBe(10);
    intersect(paragraphs.slice(0, 4), false);
    expect(painted.size).toBe(6);
  });

  it('makes no Range for marks that were never near the viewport', () => {
    // The observer's first report names every observed paragraph, near or not: building and
    // unpainting a Range for each far one cost a 200,000-word page thousands of allocations.
    const { win, intersect } = fakeWindow();
    const { paragraphs, mentions, rangesMade } = page(ALL_LIVE_LIMIT + 50);
    new LiveMarks(win).set(mentions);
    intersect(paragraphs.slice(0, 5), true);
    intersect(paragraphs.slice(5), false);
    expect(rangesMade()).toBe(5);
  });

  it('while the page is still, keeps live only what is in the viewport (no margin)', () => {
    // On a page that keeps changing, each live mark in the painted area costs every frame.
    const { win, painted, intersect, rootMargin } = fakeWindow();
    const { paragraphs, mentions } = page(ALL_LIVE_LIMIT + 50);
    new LiveMarks(win).set(mentions);
    intersect(paragraphs.slice(20, 25), true);
    expect(painted.size).toBe(5);
    expect(rootMargin() ?? '0px').toBe('0px');
  });

  it('while the reader scrolls, paints the paragraphs next to those in view, and drops them once scrolling stops', () => {
    vi.useFakeTimers();
    const { win, painted, intersect, scroll } = fakeWindow();
    const { paragraphs, mentions } = page(ALL_LIVE_LIMIT + 50);
    new LiveMarks(win).set(mentions);
    intersect(paragraphs.slice(20, 25), true);
    scroll();
    expect(painted.size).toBe(5 + 2 * AHEAD);
    for (const p of [...paragraphs.slice(20 - AHEAD, 20), ...paragraphs.slice(25, 25 + AHEAD)]) expect(painted.has(mentions[paragraphs.indexOf(p)]!.range)).toBe(true);
    // The view moves on while scrolling: what is ahead of it follows.
    intersect(paragraphs.slice(20, 21), false);
    intersect(paragraphs.slice(25, 26), true);
    expect(painted.size).toBe(5 + 2 * AHEAD);
    expect(painted.has(mentions[25 + AHEAD]!.range)).toBe(true);
    vi.advanceTimersByTime(SCROLL_SETTLE_MS - 10);
    scroll();
    vi.advanceTimersByTime(SCROLL_SETTLE_MS - 10);
    expect(painted.size).toBe(5 + 2 * AHEAD);
    vi.advanceTimersByTime(20);
    expect(painted.size).toBe(5);
    expect([...painted]).toEqual(mentions.slice(21, 26).map((m) => m.range));
  });

  it('stops listening for scrolls once it is destroyed or every mark is live', () => {
    vi.useFakeTimers();
    const { win, painted, intersect, scroll } = fakeWindow();
    const { paragraphs, mentions } = page(ALL_LIVE_LIMIT + 50);
    const marks = new LiveMarks(win);
    marks.set(mentions);
    intersect(paragraphs.slice(20, 25), true);
    marks.set(mentions.slice(0, 3));
    scroll();
    expect(painted.size).toBe(3);
    marks.destroy();
    scroll();
    expect(painted.size).toBe(0);
  });
});
