/**
 * Detection bench (issue 4): headless Chromium, generated news-like pages × alias datasets.
 * Run with `npx tsx scripts/bench/detection-bench.ts` (QUICK=1 for the small cases only).
 * Prints a table, then one line of JSON with the ratios so runs can be compared.
 */
import { aliasPool, newsPage, tableOf } from './detection/generate';
import { bundlePageEngine, heapUsed, launchBenchBrowser, MARK_JS, metrics, openBenchPage } from './detection/browser';
import { runCase, type CaseResult } from './detection/run-case';
import { measureChangingPage } from './detection/changing-page';

const WORDS = process.env.QUICK ? [2_000, 20_000] : [2_000, 20_000, 200_000];
const ALIASES = process.env.QUICK ? [20, 1_000] : [20, 1_000, 50_000];

const fmt = (n: number | null, digits = 1) => (n === null ? 'skip' : n.toFixed(digits));

async function main(): Promise<void> {
  const engine = await bundlePageEngine();
  const markJs = MARK_JS();
  const browser = await launchBenchBrowser();
  const results: CaseResult[] = [];
  try {
    const pool = aliasPool(Math.max(...ALIASES));
    for (const words of WORDS) {
      // Names on the page come from the 1,000-alias set, so every dataset finds some of them.
      const html = newsPage(words, pool.slice(0, 1_000));
      for (const size of ALIASES) {
        const aliases = pool.slice(0, size);
        const tab = await openBenchPage(browser, html, [markJs, engine]);
        results.push(await runCase(tab, { words, aliases, table: JSON.stringify(tableOf(aliases)) }, { heapUsed, metrics }));
        await tab.page.close();
        process.stderr.write(`done: ${words} words × ${size} aliases\n`);
      }
    }
    const changing = await measureChangingPage(browser, [markJs, engine], pool.slice(0, 1_000), metrics);
    // The one-time compile the background (or, later, the build) does; tabs only load the result.
    const compileStart = performance.now();
    const compiled = tableOf(pool);
    const compileMs = performance.now() - compileStart;
    const compiledMB = JSON.stringify(compiled).length / 2 ** 20;
    printTable(results);
    console.log(
      `\nchanging page (20k words, ticker every frame), rendering ms/frame: no marks ${fmt(changing.none, 2)}, ` +
        `all ${changing.mentions} ranges live ${fmt(changing.all, 2)}, bounded live set ${fmt(changing.bounded, 2)}`,
    );
    console.log(`compiling ${pool.length} aliases (once, outside the tab): ${fmt(compileMs)} ms, ${fmt(compiledMB, 2)} MB as JSON`);
    console.log(JSON.stringify({ ...summary(results, changing), compile: { aliases: pool.length, ms: +compileMs.toFixed(1), jsonMB: +compiledMB.toFixed(2) } }));
  } finally {
    await browser.close();
  }
}

function printTable(results: CaseResult[]): void {
  const head = ['words', 'aliases', 'mentions', 'floor', 'first', 'warm', 'warm/floor', 'markRegExp', 'mark(array)', 'sliced', 'longest task', 'style+layout', 'load ms', 'heap MB'];
  console.log(`\n${head.join(' | ')}\n${head.map(() => '---').join(' | ')}`);
  for (const r of results) {
    console.log(
      [r.words, r.aliases, r.mentions, fmt(r.floor, 2), fmt(r.first), fmt(r.warm), fmt(r.warm / r.floor), fmt(r.markRegExp),
        fmt(r.markArray), fmt(r.sliced), fmt(r.longestTask), fmt(r.styleLayout, 2), fmt(r.loadMs), fmt(r.heapMB, 2)].join(' | '),
    );
  }
  console.log('(median ms; "skip": too slow to run here, see run-case.ts guards; longest task counts only tasks > 50 ms)');
}

function summary(results: CaseResult[], changing: Awaited<ReturnType<typeof measureChangingPage>>) {
  return {
    bench: 'detection',
    cases: results.map((r) => ({
      words: r.words,
      aliases: r.aliases,
      warmOverFloor: +(r.warm / r.floor).toFixed(2),
      firstMs: +r.first.toFixed(2),
      markRegExpOverEngine: r.markRegExp === null ? null : +(r.markRegExp / r.warm).toFixed(1),
      markArrayOverEngine: r.markArray === null ? null : +(r.markArray / r.warm).toFixed(1),
      longestTaskMs: +r.longestTask.toFixed(1),
      styleLayoutMs: +r.styleLayout.toFixed(2),
      loadMs: +r.loadMs.toFixed(1),
      heapMB: +r.heapMB.toFixed(2),
    })),
    changingPageMsPerFrame: { none: changing.none, all: changing.all, bounded: changing.bounded, ranges: changing.mentions },
  };
}

await main();
