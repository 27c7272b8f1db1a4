// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ALL_LIVE_LIMIT, LiveMarks } from './live-marks';
import { PageMention } from './mentions';

/** A window whose Highlight records its ranges and whose IntersectionObserver the test drives. */
function fakeWindow() {
  const painted = new Set<Range>();
  let report: ((entries: IntersectionObserverEntry[]) => void) | null = null;
  const win = {
    CSS: { highlights: new Map() },
    Highlight: class {
      add = (r: Range) => painted.add(r);
      delete = (r: Range) => painted.delete(r);
      clear = () => painted.clear();
    },
    IntersectionObserver: class {
      constructor(callback: (entries: IntersectionObserverEntry[]) => void) {
        report = callback;
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  } as unknown as Window & typeof globalThis;
  const intersect = (targets: Element[], isIntersecting: boolean) =>
    report!(targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry));
  return { win, painted, intersect };
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
});
