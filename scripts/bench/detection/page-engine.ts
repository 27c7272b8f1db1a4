/**
 * Bundled into the bench page (IIFE): the real engine and the comparisons, timed in the page.
 * Nothing here is shipped; it only wires src/core and src/content code for measurement.
 */
import type { MatcherTable } from '../../../src/core/dataset/matcher-table';
import { readPageText } from '../../../src/core/dom/page-text';
import { scopeOf } from '../../../src/core/dom/scope';
import { Detector } from '../../../src/core/match/detector';
import { Highlighter } from '../../../src/content/highlighter';
import { LiveMarks } from '../../../src/content/live-marks';
import { findMentions, type PageMention } from '../../../src/content/mentions';
import { PageScanner } from '../../../src/content/page-scanner';
import { sameMentions, selectShown } from '../../../src/content/shown-mentions';
import { escapeRegExp } from '../../../src/core/text/escape-regexp';

declare const Mark: new (el: Element) => {
  markRegExp(re: RegExp, opts: { done: () => void }): void;
  mark(words: string[], opts: Record<string, unknown> & { done: () => void }): void;
};

/**
 * Warm samples, of the engine and of the floor alike, time this many runs back to back: one floor
 * walk is near the page's 0.1 ms timer resolution, and both are then timed the same way.
 */
const REPS_PER_SAMPLE = 5;

let detector: Detector | null = null;
let marks: LiveMarks | null = null;
let lastMentions: PageMention[] = [];
let original = '';

const article = () => document.querySelector('article')!;
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function scanAndMark(): number {
  const t = performance.now();
  detector!.forgetPage();
  const scope = scopeOf(document)!;
  lastMentions = findMentions(scope.root, detector!, scope.skips).list;
  marks!.set(lastMentions);
  return performance.now() - t;
}

const api = {
  load(tableJson: string): number {
    const t = performance.now();
    detector = new Detector(JSON.parse(tableJson) as MatcherTable);
    const ms = performance.now() - t;
    marks ??= new LiveMarks(window);
    original = article().innerHTML;
    return ms;
  },
  scanAndMark,
  /** One warm sample: the mean of back-to-back scans. */
  warmScanAndMark(): number {
    const t = performance.now();
    for (let rep = 0; rep < REPS_PER_SAMPLE; rep++) scanAndMark();
    return (performance.now() - t) / REPS_PER_SAMPLE;
  },
  /** Where scan + mark time goes: scope, reading text, matching, ranges and highlight. */
  phases(): Record<string, number> {
    const t0 = performance.now();
    const scope = scopeOf(document)!;
    const t1 = performance.now();
    const text = readPageText(scope.root, scope.skips);
    const t2 = performance.now();
    detector!.forgetPage();
    detector!.scan(text.text);
    const t3 = performance.now();
    detector!.forgetPage();
    marks!.set(findMentions(scope.root, detector!, scope.skips).list);
    const t4 = performance.now();
    return { scope: t1 - t0, read: t2 - t1, match: t3 - t2, all: t4 - t3 };
  },
  mentionCount: () => lastMentions.length,
  clearMarks: () => marks?.set([]),
  /** The floor: a TreeWalker that only reads every text node. */
  floor(): number {
    const t = performance.now();
    let chars = 0;
    for (let rep = 0; rep < REPS_PER_SAMPLE; rep++) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    }
    (window as unknown as { sink: number }).sink = chars;
    return (performance.now() - t) / REPS_PER_SAMPLE;
  },
  markRegExp(aliases: string[]): number {
    const t = performance.now();
    const re = new RegExp(`\\b(?:${aliases.map(escapeRegExp).join('|')})\\b`, 'g');
    let ms = 0;
    new Mark(article()).markRegExp(re, { done: () => (ms = performance.now() - t) });
    return ms || performance.now() - t;
  },
  markArray(aliases: string[]): number {
    const t = performance.now();
    let ms = 0;
    new Mark(article()).mark(aliases, { separateWordSearch: false, accuracy: 'exactly', done: () => (ms = performance.now() - t) });
    return ms || performance.now() - t;
  },
  resetArticle: () => void (article().innerHTML = original),
  /** The content script's first scan (sliced on long pages), with the longest task it caused. */
  async slicedScan(): Promise<{ ms: number; longestTask: number }> {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    detector!.forgetPage();
    const t = performance.now();
    const scanner = new PageScanner(document, detector!, 'article', () => marks!.set(scanner.store.all()));
    await scanner.scanAll();
    const ms = performance.now() - t;
    await nextFrame();
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return { ms, longestTask: longest };
  },
  /**
   * The content script's own first scan in a fresh tab: how long until the first marks show (the
   * first slice, the top of the article, is shown at once) and until the whole page is read.
   */
  async firstShown(): Promise<{ shown: number; done: number }> {
    detector!.forgetPage();
    const t = performance.now();
    let shown = -1;
    const scanner = new PageScanner(document, detector!, 'article', () => {
      marks!.set(scanner.store.all());
      if (shown < 0) shown = performance.now() - t;
    });
    await scanner.scanAll();
    return { shown, done: performance.now() - t };
  },
  /**
   * A first scan as the content script runs it ('sliced', marking at most MAX_MARKS_PER_PAGE), the
   * whole scope read and marked in one task ('whole'), or nothing ('idle'), while a heartbeat of
   * zero-delay messages measures the longest the page's own tasks had to wait meanwhile, until
   * two frames and 100 ms after the scan (the frames that paint its marks count too).
   */
  async heartbeatScan(how: 'sliced' | 'whole' | 'idle'): Promise<{ ms: number; longestWait: number }> {
    const beat = new MessageChannel();
    let last = performance.now();
    let longestWait = 0;
    let beating = true;
    beat.port1.onmessage = () => {
      const now = performance.now();
      longestWait = Math.max(longestWait, now - last);
      last = now;
      if (beating) beat.port2.postMessage(null);
    };
    beat.port2.postMessage(null);
    detector!.forgetPage();
    const t = performance.now();
    // As the content script updates its marks: capped, and left alone when nothing shown changed.
    let shown: PageMention[] = [];
    const capped = (found: PageMention[]) => {
      const next = selectShown(found, { types: ['person'], muted: [], mentions: 'all' }, () => 'person');
      if (!sameMentions(next, shown)) marks!.set((shown = next));
    };
    if (how === 'sliced') {
      const scanner = new PageScanner(document, detector!, 'article', () => capped(scanner.store.all()));
      await scanner.scanAll();
    } else if (how === 'whole') {
      const scope = scopeOf(document)!;
      capped(findMentions(scope.root, detector!, scope.skips).list);
    }
    const ms = performance.now() - t;
    await nextFrame();
    await nextFrame();
    await new Promise((r) => setTimeout(r, 100));
    beating = false;
    beat.port1.close();
    return { ms, longestWait };
  },
  /**
   * Runs a ticker that changes text every frame for `ms`, with no marks, every mention's mark,
   * the bounded live set, one mark in view, or the bounded set's observer alone; returns the
   * frames counted.
   */
  async tick(ms: number, mode: 'none' | 'all' | 'bounded' | 'one' | 'observer'): Promise<number> {
    marks!.set([]);
    let all: Highlighter | null = null;
    // The bounded set's IntersectionObserver over the same paragraphs, painting nothing: what the
    // observer alone costs a changing page, apart from the marks it keeps live.
    const observer = mode === 'observer' ? new IntersectionObserver(() => {}) : null;
    for (const block of observer ? new Set(lastMentions.map((m) => m.block as Element)) : []) observer!.observe(block);
    if (mode === 'all' || mode === 'one') {
      // A plain Highlighter: every range, as an engine without a bounded live set would hold, or
      // one mark in the viewport, what the Highlight API costs a changing page before any count.
      const inView = (m: PageMention) => {
        const box = m.range.getBoundingClientRect();
        return box.top > innerHeight / 3 && box.bottom < innerHeight;
      };
      // The first mention in view only: each mention's Range is made on first use.
      const first = mode === 'one' ? lastMentions.find(inView) : undefined;
      const painted = mode === 'all' ? lastMentions : first ? [first] : [];
      marks!.destroy();
      all = new Highlighter(window);
      all.paint(painted);
    }
    if (mode === 'bounded') marks!.set(lastMentions);
    const ticker = document.getElementById('ticker')!;
    let frames = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) {
      ticker.textContent = String(frames++);
      await nextFrame();
    }
    observer?.disconnect();
    if (all) {
      all.destroy();
      marks = new LiveMarks(window);
    }
    marks!.set([]);
    return frames;
  },
};

(window as unknown as { __bench: typeof api }).__bench = api;
