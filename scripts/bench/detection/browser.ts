import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

/** The bench's in-page code, bundled the way the content script is (one IIFE). */
export async function bundlePageEngine(): Promise<string> {
  const result = await build({
    entryPoints: ['scripts/bench/detection/page-engine.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

export const MARK_JS = (): string => readFileSync('node_modules/mark.js/dist/mark.min.js', 'utf8');

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--enable-precise-memory-info'],
  });
}

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
}

/** A fresh tab with `html` as its document (set in place: no server, no network). */
export async function openBenchPage(browser: Browser, html: string, scripts: string[]): Promise<BenchPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(html, { waitUntil: 'load' });
  for (const content of scripts) await page.addScriptTag({ content });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/** Chromium's cumulative timing counters for the tab, in ms. */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.name.endsWith('Duration') ? m.value * 1000 : m.value]));
}

export async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
