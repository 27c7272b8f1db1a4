import type { Browser, CDPSession } from 'playwright-core';
import { openBenchPage } from './browser';
import { newsPage, tableOf } from './generate';

type Bench = {
  load(table: string): number;
  scanAndMark(): number;
  mentionCount(): number;
  tick(ms: number, mode: 'none' | 'all' | 'bounded'): Promise<number>;
};
declare const window: { __bench: Bench };

const TICK_MS = 2_000;

/**
 * A page that keeps changing (a ticker updated every frame): main-thread time outside scripts,
 * per frame, with no marks, with every mention's range live, and with the bounded live set.
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
  const mentions = await page.evaluate(() => window.__bench.mentionCount());
  const perFrame = async (mode: 'none' | 'all' | 'bounded') => {
    const m0 = await metrics(cdp);
    const frames = await page.evaluate(([ms, how]) => window.__bench.tick(ms as number, how as 'none'), [TICK_MS, mode] as const);
    const m1 = await metrics(cdp);
    const rendering = m1.TaskDuration! - m0.TaskDuration! - (m1.ScriptDuration! - m0.ScriptDuration!);
    return +(rendering / Math.max(frames, 1)).toFixed(2);
  };
  const none = await perFrame('none');
  const all = await perFrame('all');
  const bounded = await perFrame('bounded');
  await page.close();
  return { none, all, bounded, mentions };
}
