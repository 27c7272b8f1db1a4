import { Highlighter } from './highlighter';
import type { PageMention } from './mentions';

/**
 * Past this many marks only those near the viewport stay in the highlight. Chromium re-processes
 * every live highlight range on each frame once anything on the page changes (6-13 µs a range,
 * see /work/shared/BROWSER-TESTING.md), so ~150 ranges keep a changing page under 2 ms a frame.
 */
export const ALL_LIVE_LIMIT = 150;

/**
 * While the reader scrolls, the paragraphs this many places before and after those in view are
 * painted too, so text scrolling in is marked before it shows: two paragraphs are some 100-250px
 * on a news page, more than a frame of wheel or touchpad scrolling.
 */
export const AHEAD = 2;

/** How long after the last scroll event the paragraphs painted ahead are dropped again. */
export const SCROLL_SETTLE_MS = 250;

/**
 * Keeps the painted set bounded: with few mentions all are painted; with many, an
 * IntersectionObserver over the elements holding them paints only those in the viewport, and
 * while the reader scrolls the paragraphs next to them as well.
 *
 * Why no margin while still: on a page that keeps changing (a ticker, a live blog), Chromium
 * rebuilds every highlight marker after each change and repaints each marked text node that lies
 * in the painted area, about 0.1 ms a mark per frame on the bench's machine, marks just outside
 * the viewport included; marks far off cost little. A 100px margin kept 51 ranges live mid-article
 * on the bench's page, the viewport alone 39. Scrolling is when a margin matters, so it is
 * painted only then.
 */
export class LiveMarks {
  private readonly highlighter: Highlighter;

  private observer: IntersectionObserver | null = null;

  private byElement = new Map<Element, PageMention[]>();

  /** Each observed element's place in reading order, to find the paragraphs next to those in view. */
  private order: Element[] = [];

  private place = new Map<Element, number>();

  /** Elements the observer last reported in the viewport. */
  private readonly inView = new Set<Element>();

  /** Elements whose marks are in the highlight now. */
  private painted = new Set<Element>();

  private scrolling = false;

  private settleTimer: number | undefined;

  private readonly onScroll = () => {
    if (this.settleTimer !== undefined) this.win.clearTimeout(this.settleTimer);
    this.settleTimer = this.win.setTimeout(() => {
      this.settleTimer = undefined;
      this.scrolling = false;
      this.sync();
    }, SCROLL_SETTLE_MS);
    if (!this.scrolling) {
      this.scrolling = true;
      this.sync();
    }
  };

  constructor(
    private readonly win: Window & typeof globalThis = window,
    highlightName?: string,
  ) {
    this.highlighter = new Highlighter(win, highlightName);
  }

  set(mentions: readonly PageMention[]): void {
    this.highlighter.clear();
    this.painted.clear();
    if (mentions.length <= ALL_LIVE_LIMIT || typeof this.win.IntersectionObserver !== 'function') {
      this.stopObserving();
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
    this.order = [...this.byElement.keys()];
    this.place = new Map(this.order.map((el, i) => [el, i]));
    if (!this.observer) {
      this.observer = new this.win.IntersectionObserver((entries) => this.onIntersect(entries));
      // Capture: a scroll inside a scrolling element does not bubble to the window.
      this.win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    }
    for (const el of previous.keys()) {
      if (!this.byElement.has(el)) {
        this.observer.unobserve(el);
        this.inView.delete(el);
      }
    }
    for (const el of this.byElement.keys()) if (!previous.has(el)) this.observer.observe(el);
    // Elements already known to be in view are painted now, so an update never blinks the marks.
    this.sync();
  }

  /** Paints the same marks under another highlight name (another mark style in marks.css). */
  rename(name: string): void {
    this.highlighter.rename(name);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.inView.add(entry.target);
      else this.inView.delete(entry.target);
    }
    this.sync();
  }

  /**
   * Paints what should be painted (the elements in view, and while scrolling those next to them)
   * and unpaints the rest of what is painted. Only what was painted is unpainted: the observer's
   * first report names every paragraph, and each far mention's Range would be made just to be
   * removed (thousands on a long page, then GC).
   */
  private sync(): void {
    const wanted = new Set<Element>();
    for (const el of this.inView) {
      if (!this.byElement.has(el)) continue;
      wanted.add(el);
      if (!this.scrolling) continue;
      const at = this.place.get(el)!;
      for (let i = Math.max(0, at - AHEAD); i <= Math.min(this.order.length - 1, at + AHEAD); i++) wanted.add(this.order[i]!);
    }
    for (const el of this.painted) if (!wanted.has(el)) this.highlighter.unpaint(this.byElement.get(el) ?? []);
    for (const el of wanted) if (!this.painted.has(el)) this.highlighter.paint(this.byElement.get(el)!);
    this.painted = wanted;
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.win.removeEventListener('scroll', this.onScroll, { capture: true });
    if (this.settleTimer !== undefined) this.win.clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
    this.scrolling = false;
    this.byElement.clear();
    this.order = [];
    this.place.clear();
    this.inView.clear();
    this.painted.clear();
  }

  destroy(): void {
    this.stopObserving();
    this.highlighter.destroy();
  }
}
