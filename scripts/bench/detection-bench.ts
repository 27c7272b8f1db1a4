/**
 * Detection bench (issue 4): headless Chromium, generated news-like pages × alias datasets.
 * Run with `npx tsx scripts/bench/detection-bench.ts` (QUICK=1 for the small cases only,
 * WORDS=… ALIASES=… for chosen ones, or ONLY=changing for the changing page alone).
 * Prints a table, then one line of JSON with the ratios so runs can be compared.
 */
import { aliasPool, builtTableOf, newsPage, tableOf } from './detection/generate';
import { forTabs } from '../../src/core/dataset/tab-table';
import { bundlePageEngine, heapUsed, launchBenchBrowser, MARK_JS, metrics, openBenchPage } from './detection/browser';
import { median, runCase, type CaseResult } from './detection/run-case';
import { measureChangingPage } from './detection/changing-page';
import { measurePhases, type Phases } from './detection/phases';
import { measureManyElements } from './detection/many-elements';

/** `WORDS=20000 ALIASES=20,50000` runs only those cases (a comma-separated list each). */
const listFromEnv = (name: string): number[] | null => process.env[name]?.split(',').map(Number) ?? null;
const WORDS = listFromEnv('WORDS') ?? (process.env.QUICK ? [2_000, 20_000] : [2_000, 20_000, 200_000]);
const ALIASES = listFromEnv('ALIASES') ?? (process.env.QUICK ? [20, 1_000] : [20, 1_000, 50_000]);

const FIRST_SCAN_EXTRA_TABS = 2;
// The page size the issue's warm target is set on: where its time goes is printed too.
const PHASES_WORDS = 20_000;

/**
 * The floor for a first scan: the same TreeWalker reading every text node, but as the first
 * script to touch the page's nodes in a fresh tab, as a content script's first scan is (the
 * browser makes a JS object for each node on first touch). Median of three tabs.
 */
async function measureColdFloor(browser: Awaited<ReturnType<typeof launchBenchBrowser>>, html: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const tab = await openBenchPage(browser, html, []);
    times.push(await tab.page.evaluate(() => {
      const t = performance.now();
      let chars = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      (window as unknown as { sink: number }).sink = chars;
      return performance.now() - t;
    }));
    await tab.page.close();
  }
  return median(times);
}

type FreshBench = { load(t: string): number; scanAndMark(): number; firstShown(): Promise<{ shown: number }> };

/**
 * A first scan in each of `tabs` fresh tabs: the whole page read at once ('whole'), or the content
 * script's sliced scan until its first marks show ('shown').
 */
async function firstScansInFreshTabs(
  browser: Awaited<ReturnType<typeof launchBenchBrowser>>, html: string, engine: string, table: string, how: 'whole' | 'shown', tabs: number,
): Promise<{ times: number[]; loads: number[] }> {
  const times: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < tabs; i++) {
    const fresh = await openBenchPage(browser, html, [engine]);
    const { load, time } = await fresh.page.evaluate(async ([t, mode]) => {
      const bench = (window as unknown as { __bench: FreshBench }).__bench;
      const load = bench.load(t);
      return { load, time: mode === 'whole' ? bench.scanAndMark() : (await bench.firstShown()).shown };
    }, [table, how] as const);
    times.push(time);
    loads.push(load);
    await fresh.page.close();
  }
  return { times, loads };
}

const fmt = (n: number | null, digits = 1) => (n === null ? 'skip' : n.toFixed(digits));

type Changing = Awaited<ReturnType<typeof measureChangingPage>>;

function printChanging(changing: Changing): void {
  console.log(
    `\nchanging page (20k words, ticker every frame), rendering ms/frame: no marks ${fmt(changing.none, 2)}, ` +
      `the bounded set's observer alone ${fmt(changing.observer, 2)}, one mark in view ${fmt(changing.one, 2)}, ` +
      `all ${changing.mentions} ranges live ${fmt(changing.all, 2)}, bounded live set ${fmt(changing.bounded, 2)}`,
  );
}

/** `ONLY=changing`: the changing page alone (about 40 s instead of the whole bench's minutes). */
async function changingOnly(): Promise<void> {
  const engine = await bundlePageEngine();
  const browser = await launchBenchBrowser();
  try {
    const changing = await measureChangingPage(browser, [MARK_JS(), engine], aliasPool(1_000), metrics);
    printChanging(changing);
    console.log(JSON.stringify({ bench: 'detection', changingPageMsPerFrame: changingSummary(changing) }));
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const engine = await bundlePageEngine();
  const markJs = MARK_JS();
  const browser = await launchBenchBrowser();
  const results: BenchResult[] = [];
  const phases: (Phases & { aliases: number })[] = [];
  try {
    const pool = aliasPool(Math.max(...ALIASES));
    for (const words of WORDS) {
      // Names on the page come from the 1,000-alias set, so every dataset finds some of them.
      const html = newsPage(words, pool.slice(0, 1_000));
      const coldFloor = await measureColdFloor(browser, html);
      for (const size of ALIASES) {
        const aliases = pool.slice(0, size);
        const table = JSON.stringify(tableOf(aliases));
        // A first scan runs cold (nothing compiled yet) and varies a lot: two more fresh tabs.
        const firsts = await firstScansInFreshTabs(browser, html, engine, table, 'whole', FIRST_SCAN_EXTRA_TABS);
        const shown = await firstScansInFreshTabs(browser, html, engine, table, 'shown', FIRST_SCAN_EXTRA_TABS + 1);
        const tab = await openBenchPage(browser, html, [markJs, engine]);
        const result = await runCase(tab, { words, aliases, table }, { heapUsed, metrics });
        // Each fresh tab loads the matcher cold too: one load alone varies by half, so take the median of all.
        const loadMs = median([...firsts.loads, ...shown.loads, result.loadMs]);
        results.push({ ...result, loadMs, first: median([...firsts.times, result.first]), coldFloor, firstShown: median(shown.times) });
        await tab.page.close();
        if (words === PHASES_WORDS) phases.push({ aliases: size, ...(await measurePhases(browser, html, engine, table)) });
        process.stderr.write(`done: ${words} words × ${size} aliases\n`);
      }
    }
    const changing = await measureChangingPage(browser, [markJs, engine], pool.slice(0, 1_000), metrics);
    const manyElements = await measureManyElements(browser, pool.slice(0, 1_000), engine, JSON.stringify(tableOf(pool.slice(0, 1_000))));
    // The one-time compile the background (or, later, the build) does; tabs only load the result.
    const compileStart = performance.now();
    const compiled = builtTableOf(pool);
    const compileMs = performance.now() - compileStart;
    const compiledMB = JSON.stringify(compiled).length / 2 ** 20;
    const sentMB = JSON.stringify(forTabs(compiled)).length / 2 ** 20;
    printTable(results);
    printChanging(changing);
    console.log(`compiling ${pool.length} aliases (once, outside the tab): ${fmt(compileMs)} ms, ${fmt(compiledMB, 2)} MB as JSON (${fmt(sentMB, 2)} MB as sent to a tab, with the key starts and no ids)`);
    console.log(`where a warm scan goes (${PHASES_WORDS / 1_000}k words, median ms): ${phases.map((p) => `${p.aliases} aliases: scope ${fmt(p.scope)}, read ${fmt(p.read)}, match ${fmt(p.match)}, read + match + mark ${fmt(p.all)}`).join('; ')}`);
    const me = manyElements;
    console.log(
      `${me.elements.toLocaleString('en')}-element page, first scan in a fresh tab, longest wait of a page task (median ms): ` +
        `sliced ${fmt(me.sliced)} (worst ${fmt(me.slicedWorst)}), whole page in one task ${fmt(me.whole)}, no scan ${fmt(me.idle)}; ` +
        `sliced/whole ${fmt(me.sliced / me.whole, 2)}; scan ends after ${fmt(me.slicedMs)} ms sliced, ${fmt(me.wholeMs)} ms whole`,
    );
    const compile = { aliases: pool.length, ms: +compileMs.toFixed(1), jsonMB: +compiledMB.toFixed(2), sentMB: +sentMB.toFixed(2) };
    const manyElementsRatio = { ...me, slicedOverWhole: +(me.sliced / me.whole).toFixed(2) };
    console.log(JSON.stringify({ ...summary(results, changing), compile, phases, manyElements: manyElementsRatio }));
  } finally {
    await browser.close();
  }
}

/**
 * `firstShown`: in a fresh tab, the content script's own sliced first scan until its first marks
 * show (the top of the article); `first` reads the whole page in one go.
 */
type BenchResult = CaseResult & { coldFloor: number; firstShown: number };

function printTable(results: BenchResult[]): void {
  const head = ['words', 'aliases', 'mentions', 'floor', 'warm', 'warm/floor', 'warm best', 'best/floor', 'cold floor', 'first', 'first/cold floor', 'first shown', 'markRegExp', 'mark(array)', 'sliced', 'longest task', 'style+layout', 'load ms', 'heap MB'];
  console.log(`\n${head.join(' | ')}\n${head.map(() => '---').join(' | ')}`);
  for (const r of results) {
    console.log(
      [r.words, r.aliases, r.mentions, fmt(r.floor, 2), fmt(r.warm), fmt(r.warmOverFloor), fmt(r.warmBest), fmt(r.warmBest / r.floor), fmt(r.coldFloor), fmt(r.first), fmt(r.first / r.coldFloor), fmt(r.firstShown), fmt(r.markRegExp),
        fmt(r.markArray), fmt(r.sliced), fmt(r.longestTask), fmt(r.styleLayout, 2), fmt(r.loadMs), fmt(r.heapMB, 2)].join(' | '),
    );
  }
  console.log('(median ms; "skip": too slow to run here, see run-case.ts guards; longest task counts only tasks > 50 ms;');
  console.log(' "first": the whole page read at once in a fresh tab; "first shown": the content script\'s sliced scan in a fresh tab until its first marks show)');
}

function changingSummary(changing: Changing) {
  return { none: changing.none, observer: changing.observer, one: changing.one, all: changing.all, bounded: changing.bounded, ranges: changing.mentions };
}

function summary(results: BenchResult[], changing: Changing) {
  return {
    bench: 'detection',
    cases: results.map((r) => ({
      words: r.words,
      aliases: r.aliases,
      warmOverFloor: +r.warmOverFloor.toFixed(2),
      warmBestOverFloor: +(r.warmBest / r.floor).toFixed(2),
      firstMs: +r.first.toFixed(2),
      firstOverColdFloor: +(r.first / r.coldFloor).toFixed(2),
      firstShownMs: +r.firstShown.toFixed(2),
      markRegExpOverEngine: r.markRegExp === null ? null : +(r.markRegExp / r.warm).toFixed(1),
      markArrayOverEngine: r.markArray === null ? null : +(r.markArray / r.warm).toFixed(1),
      longestTaskMs: +r.longestTask.toFixed(1),
      styleLayoutMs: +r.styleLayout.toFixed(2),
      loadMs: +r.loadMs.toFixed(1),
      heapMB: +r.heapMB.toFixed(2),
    })),
    changingPageMsPerFrame: changingSummary(changing),
  };
}

await (process.env.ONLY === 'changing' ? changingOnly() : main());
