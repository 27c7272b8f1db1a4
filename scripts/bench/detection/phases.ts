import { openBenchPage, type launchBenchBrowser } from './browser';

export interface Phases {
  /** Finding the article's root and what to skip. */
  scope: number;
  /** Reading its text nodes into one string. */
  read: number;
  /** Matching the aliases in that string. */
  match: number;
  /** Reading, matching and marking together, as a warm scan does. */
  all: number;
}

const SAMPLES = 15;
const WARM_UP = 10;

/**
 * Where a warm scan's time goes, in a tab of its own: the median of each phase over SAMPLES
 * scans after WARM_UP unmeasured ones (page-engine.ts times the phases one after another).
 */
export async function measurePhases(browser: Awaited<ReturnType<typeof launchBenchBrowser>>, html: string, engine: string, table: string): Promise<Phases> {
  const tab = await openBenchPage(browser, html, [engine]);
  // A string, not a function: the page cannot run the helpers a bundler adds to named functions.
  const phases = (await tab.page.evaluate(`(() => {
    const bench = window.__bench;
    bench.load(${JSON.stringify(table)});
    for (let i = 0; i < ${WARM_UP}; i++) bench.phases();
    const runs = [];
    for (let i = 0; i < ${SAMPLES}; i++) runs.push(bench.phases());
    const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[${Math.floor(SAMPLES / 2)}];
    return { scope: median('scope'), read: median('read'), match: median('match'), all: median('all') };
  })()`)) as Phases;
  await tab.page.close();
  return phases;
}
