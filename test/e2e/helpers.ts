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

/** Polls `probe` in the page until `accept` holds; returns the last value, or throws with it. */
export async function waitForPage<T, A>(
  page: TestPage,
  probe: (arg: A) => T,
  arg: A,
  accept: (value: T) => boolean,
  { timeout = 10_000, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await page.evaluate(probe, arg);
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await page.evaluate(probe, arg);
  }
  return value;
}
