import type { CDPSession } from 'playwright-core';
import type { BenchPage } from './browser';

type Bench = {
  load(table: string): number;
  scanAndMark(): number;
  warmScanAndMark(): number;
  mentionCount(): number;
  clearMarks(): void;
  floor(): number;
  markRegExp(aliases: string[]): number;
  markArray(aliases: string[]): number;
  resetArticle(): void;
  slicedScan(): Promise<{ ms: number; longestTask: number }>;
};
declare const window: { __bench: Bench };

export interface CaseInput {
  words: number;
  aliases: string[];
  table: string;
}

export interface CaseResult {
  words: number;
  aliases: number;
  mentions: number;
  floor: number;
  first: number;
  warm: number;
  /** The median of warm / floor over samples taken in alternation. */
  warmOverFloor: number;
  /** The fastest warm scan: on a shared machine, what the engine does when nothing preempts it. */
  warmBest: number;
  markRegExp: number | null;
  markArray: number | null;
  sliced: number;
  longestTask: number;
  styleLayout: number;
  loadMs: number;
  heapMB: number;
}

interface Probes {
  heapUsed(cdp: CDPSession): Promise<number>;
  metrics(cdp: CDPSession): Promise<Record<string, number>>;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const RUNS = 10;
/** Scans before "warm" is timed: the JIT compiles the engine's loops over the first few. */
const WARM_UP = 5;

/**
 * Guards against cases that hang the bench: mark.js `mark(array)` runs one RegExp per keyword
 * over the whole page (minutes with 1,000 aliases, stack overflow past ~1,000), and a 50,000-way
 * alternation over 200k words takes far longer than everything else together.
 */
const markArrayRuns = (words: number, aliases: number) => aliases <= 20 && words <= 20_000;
const markRegExpRuns = (words: number, aliases: number) => !(aliases >= 50_000 && words >= 200_000);

export async function runCase({ page, cdp }: BenchPage, input: CaseInput, probes: Probes): Promise<CaseResult> {
  const { words, aliases, table } = input;
  const before = await probes.heapUsed(cdp);
  const loadMs = await page.evaluate((t) => window.__bench.load(t), table);
  const heapMB = ((await probes.heapUsed(cdp)) - before) / 2 ** 20;

  const first = await page.evaluate(() => window.__bench.scanAndMark());
  for (let i = 0; i < WARM_UP; i++) await page.evaluate(() => window.__bench.scanAndMark());
  // Engine and floor samples alternate, and the ratio is taken pair by pair: taken as ten engine
  // samples, then ten floor samples, one busy spell on this shared machine more than doubled it.
  const warm: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(await page.evaluate(() => window.__bench.warmScanAndMark()));
    floor.push(await page.evaluate(() => window.__bench.floor()));
    ratios.push(warm[i]! / floor[i]!);
  }
  const mentions = await page.evaluate(() => window.__bench.mentionCount());

  // Style and layout the marking causes: the counters across marking plus two frames.
  await page.evaluate(() => window.__bench.clearMarks());
  const m0 = await probes.metrics(cdp);
  await page.evaluate(async () => {
    window.__bench.scanAndMark();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const m1 = await probes.metrics(cdp);
  const styleLayout = m1.LayoutDuration! - m0.LayoutDuration! + (m1.RecalcStyleDuration! - m0.RecalcStyleDuration!);

  await page.evaluate(() => window.__bench.clearMarks());
  const sliced = await page.evaluate(() => window.__bench.slicedScan());
  await page.evaluate(() => window.__bench.clearMarks());

  const timeMarkJs = async (run: 'markRegExp' | 'markArray', runs: number): Promise<number> => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(await page.evaluate(([fn, list]) => window.__bench[fn as 'markRegExp'](list as string[]), [run, aliases] as const));
      await page.evaluate(() => window.__bench.resetArticle());
    }
    return median(times);
  };
  const markRegExp = markRegExpRuns(words, aliases.length) ? await timeMarkJs('markRegExp', aliases.length >= 50_000 ? 1 : 3) : null;
  const markArray = markArrayRuns(words, aliases.length) ? await timeMarkJs('markArray', 1) : null;

  return {
    words, aliases: aliases.length, mentions, floor: median(floor), first, warm: median(warm), warmOverFloor: median(ratios), warmBest: Math.min(...warm), markRegExp, markArray,
    sliced: sliced.ms, longestTask: sliced.longestTask, styleLayout, loadMs, heapMB,
  };
}
