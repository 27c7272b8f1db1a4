import { join } from 'node:path';
import type { TestPage } from '../../scripts/browsers/launch';

export const SCREENSHOTS = 'test-results/screenshots';

/** Saves what the reader sees and prints where, so a person can open it after the run. */
export async function saveScreenshot(page: TestPage, browser: string, name: string): Promise<string> {
  const path = join(SCREENSHOTS, browser, `${name}.png`);
  await page.screenshot(path);
  console.log(`screenshot (${browser}): ${path}`);
  return path;
}

// A probe that lands while the page navigates (a followed link) finds no document: asked again.
const NAVIGATING = /Execution context was destroyed|navigat|Cannot find context|context.*discarded/i;

/** Polls `probe` in the page until `accept` holds; returns the last value, or throws with it. */
export async function waitForPage<T, A>(
  page: TestPage,
  probe: (arg: A) => T,
  arg: A,
  accept: (value: T) => boolean,
  { timeout = 10_000, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  const read = async (): Promise<{ value?: T; ready: boolean }> => {
    try {
      return { value: await page.evaluate(probe, arg), ready: true };
    } catch (error) {
      if (!NAVIGATING.test(String(error)) || Date.now() > deadline) throw error;
      return { ready: false };
    }
  };
  let last = await read();
  while (!last.ready || !accept(last.value as T)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last.value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last.value as T;
}
