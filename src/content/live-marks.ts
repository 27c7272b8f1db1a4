import { Highlighter } from './highlighter';
import type { PageMention } from './mentions';

/**
 * Past this many marks only those near the viewport stay in the highlight. Chromium re-processes
 * every live highlight range on each frame once anything on the page changes (6-13 µs a range,
 * see /work/shared/BROWSER-TESTING.md), so ~150 ranges keep a changing page under 2 ms a frame.
 */
export const ALL_LIVE_LIMIT = 150;

/**
 * How far outside the viewport marks are kept live, so a scroll rarely shows unmarked text: 100px
 * is more than a frame of wheel or touchpad scrolling. Not more: on a page that keeps changing,
 * Chromium repaints every marked paragraph within the paint area (thousands of pixels around the
 * viewport) on each frame, about 0.1 ms each on the bench's machine, while marks farther off cost
 * almost nothing. Half a viewport each way held 63 live ranges mid-article; 100px holds 39.
 */
const NEAR_MARGIN = '100px 0px';

/**
 * Keeps the painted set bounded: with few mentions all are painted; with many, an
 * IntersectionObserver over the elements holding them paints only those near the viewport.
 */
export class LiveMarks {
  private readonly highlighter: Highlighter;

  private observer: IntersectionObserver | null = null;

  private byElement = new Map<Element, PageMention[]>();

  /** Elements the observer last reported near the viewport. */
  private readonly near = new Set<Element>();

  constructor(
    private readonly win: Window & typeof globalThis = window,
    highlightName?: string,
  ) {
    this.highlighter = new Highlighter(win, highlightName);
  }

  set(mentions: readonly PageMention[]): void {
    this.highlighter.clear();
    if (mentions.length <= ALL_LIVE_LIMIT || typeof this.win.IntersectionObserver !== 'function') {
      this.observer?.disconnect();
      this.byElement.clear();
      this.near.clear();
      this.highlighter.paint(mentions);
      return;
    }
    const previous = this.byElement;
    this.byElement = new Map();
    // Observed per paragraph (block), not per link or emphasis: fewer targets for the observer
    // to check each frame on a page that keeps changing.
    for (const m of mentions) {
      const el = m.block.nodeType === 1 ? (m.block as Element) : m.node.parentElement;
      if (!el) continue;
      const list = this.byElement.get(el);
      if (list) list.push(m);
      else this.byElement.set(el, [m]);
    }
    const observer = (this.observer ??= new this.win.IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: NEAR_MARGIN,
    }));
    for (const el of previous.keys()) {
      if (!this.byElement.has(el)) {
        observer.unobserve(el);
        this.near.delete(el);
      }
    }
    // Elements already known to be near are painted now, so an update never blinks the marks.
    for (const [el, list] of this.byElement) {
      if (this.near.has(el)) this.highlighter.paint(list);
      else if (!previous.has(el)) observer.observe(el);
    }
  }

  /** Paints the same marks under another highlight name (another mark style in marks.css). */
  rename(name: string): void {
    this.highlighter.rename(name);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const list = this.byElement.get(entry.target) ?? [];
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        this.highlighter.paint(list);
      } else if (this.near.delete(entry.target)) {
        // Only what was painted: the observer's first report names every paragraph, and each far
        // mention's Range would be made just to be removed (thousands on a long page, then GC).
        this.highlighter.unpaint(list);
      }
    }
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.byElement.clear();
    this.near.clear();
    this.highlighter.destroy();
  }
}
