import { openBenchPage, type launchBenchBrowser } from './browser';
import { manyElementsPage } from './generate';
import { median } from './run-case';

export interface ManyElements {
  elements: number;
  /** Median over fresh tabs of the longest wait a page task had, in ms, for each way of scanning. */
  sliced: number;
  whole: number;
  idle: number;
  /** The worst of those tabs, sliced. */
  slicedWorst: number;
  /** Median time to the end of the sliced scan, and of the whole scan. */
  slicedMs: number;
  wholeMs: number;
}

const TABS = 5;
const PARAGRAPHS = 5_000;

/**
 * A first scan of a page of 100,000 elements in fresh tabs (the content script's case, nothing
 * compiled yet): how long the page's own tasks had to wait at worst, with the sliced scan, with
 * the whole page read in one task, and with no scan at all (the page's and the machine's own).
 */
export async function measureManyElements(
  browser: Awaited<ReturnType<typeof launchBenchBrowser>>, names: string[], engine: string, table: string,
): Promise<ManyElements> {
  const html = manyElementsPage(PARAGRAPHS, names);
  const runs: Record<'sliced' | 'whole' | 'idle', { ms: number; longestWait: number }[]> = { sliced: [], whole: [], idle: [] };
  let elements = 0;
  for (let i = 0; i < TABS; i++) {
    for (const how of ['sliced', 'whole', 'idle'] as const) {
      const tab = await openBenchPage(browser, html, [engine]);
      // A string, not a function: the page cannot run the helpers a bundler adds to named functions.
      const result = (await tab.page.evaluate(`(async () => {
        window.__bench.load(${JSON.stringify(table)});
        return window.__bench.heartbeatScan(${JSON.stringify(how)});
      })()`)) as { ms: number; longestWait: number };
      elements = (await tab.page.evaluate('document.querySelectorAll("article *").length')) as number;
      runs[how].push(result);
      await tab.page.close();
    }
  }
  const waits = (how: keyof typeof runs) => runs[how].map((r) => r.longestWait);
  return {
    elements,
    sliced: median(waits('sliced')),
    whole: median(waits('whole')),
    idle: median(waits('idle')),
    slicedWorst: Math.max(...waits('sliced')),
    slicedMs: median(runs.sliced.map((r) => r.ms)),
    wholeMs: median(runs.whole.map((r) => r.ms)),
  };
}
