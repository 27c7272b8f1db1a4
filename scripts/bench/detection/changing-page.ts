import type { Browser, CDPSession } from 'playwright-core';
import { openBenchPage } from './browser';
import { newsPage, tableOf } from './generate';

type Bench = {
  load(table: string): number;
  scanAndMark(): number;
  mentionCount(): number;
  tick(ms: number, mode: Mode): Promise<number>;
};
declare const window: { __bench: Bench };

type Mode = 'none' | 'all' | 'bounded' | 'one' | 'observer';

const TICK_MS = 2_000;
const ROUNDS = 3;

/**
 * A page that keeps changing (a ticker updated every frame): main-thread time outside scripts,
 * per frame, with no marks, with every mention's range live, with the bounded live set, with
 * one mark in view, and with the bounded set's observer painting nothing (the median of three
 * interleaved rounds of each), scrolled to the middle of the
 * article. Chromium rebuilds every highlight's markers after any DOM change and repaints the marked
 * text in view, so "one" is the least any highlight costs such a page.
 */
export async function measureChangingPage(
  browser: Browser,
  scripts: string[],
  names: string[],
  metrics: (cdp: CDPSession) => Promise<Record<string, number>>,
) {
  const { page, cdp } = await openBenchPage(browser, newsPage(20_000, names), scripts);
  await page.evaluate((t) => window.__bench.load(t), JSON.stringify(tableOf(names)));
  await page.evaluate(() => window.__bench.scanAndMark());
  // Read from the middle of the article, where a reader is: at its top the live set holds only
  // what lies below the viewport, half the marks a reader scrolled into the text has live.
  await page.evaluate(() => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  const mentions = await page.evaluate(() => window.__bench.mentionCount());
  const perFrame = async (mode: Mode) => {
    const m0 = await metrics(cdp);
    const frames = await page.evaluate(([ms, how]) => window.__bench.tick(ms as number, how as Mode), [TICK_MS, mode] as const);
    const m1 = await metrics(cdp);
    const rendering = m1.TaskDuration! - m0.TaskDuration! - (m1.ScriptDuration! - m0.ScriptDuration!);
    return +(rendering / Math.max(frames, 1)).toFixed(2);
  };
  // Interleaved rounds, each mode's median: one 2-second sample per mode moved by several ms
  // between runs on this shared machine, and whichever mode ran after "all" paid for its cleanup.
  const samples: Record<Mode, number[]> = { none: [], all: [], bounded: [], one: [], observer: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['none', 'observer', 'one', 'bounded', 'all'] as const) samples[mode].push(await perFrame(mode));
  }
  await page.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { none: median(samples.none), observer: median(samples.observer), one: median(samples.one), all: median(samples.all), bounded: median(samples.bounded), mentions };
}
