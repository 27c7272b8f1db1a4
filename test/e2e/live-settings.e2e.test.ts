import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from '../../scripts/browsers/launch';
import { markedTexts } from '../../scripts/browsers/probes';
import { waitForPage } from './helpers';
import { useBrowser } from './session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

type Api = { storage: { sync: { set(items: object): Promise<void>; clear(): Promise<void> } } };

/** Stores settings from an extension page, as the options page or a card's "don't highlight" does. */
function storeSettings(settings: object): Promise<void> {
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  return (g.browser ?? g.chrome).storage.sync.set({ settings });
}

/** Keeps the Range objects painted now, to tell a repaint from a fresh read of the page. */
function rememberRanges(): number {
  const ranges = [...(CSS.highlights.get('backstory-mark') as unknown as Iterable<Range>)];
  (window as unknown as { before: Range[] }).before = ranges;
  return ranges.length;
}

/** What each mark style highlight holds, and whether every range was already painted before. */
function paintedNow(): { underline: number; both: number; reused: boolean; texts: string[] } {
  const before = new Set((window as unknown as { before: Range[] }).before);
  const ranges = [...((CSS.highlights.get('backstory-mark-underline') ?? []) as unknown as Iterable<Range>)];
  return {
    underline: ranges.length,
    both: CSS.highlights.get('backstory-mark')?.size ?? 0,
    reused: ranges.every((r) => before.has(r)),
    texts: ranges.map((r) => r.toString()),
  };
}

describe.each(BROWSERS)('settings changed while an article is open, in %s', (browserName) => {
  const t = useBrowser(browserName, { viewport: [1280, 900] });
  let settingsPage: TestPage;

  beforeAll(async () => {
    await t.session.page.goto(t.server.articleUrl());
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    settingsPage = await t.session.openExtensionPage('options.html');
  });

  it('repaints in the new mark style and drops a muted name without reading the page again', async () => {
    const painted = await t.session.page.evaluate(rememberRanges, undefined);
    await settingsPage.evaluate(storeSettings, { markStyle: 'underline' });
    const restyled = await waitForPage(t.session.page, paintedNow, undefined, (p) => p.underline > 0, { what: 'the underline style' });
    expect(restyled).toMatchObject({ underline: painted, both: 0, reused: true });
    await settingsPage.evaluate(storeSettings, { markStyle: 'underline', muted: ['sergei-lavrov'] });
    const muted = await waitForPage(t.session.page, paintedNow, undefined, (p) => p.underline < painted, { what: 'Lavrov muted' });
    expect(muted.reused).toBe(true);
    expect(muted.texts.join(' ')).not.toMatch(/Lavrov/);
    expect(muted.texts.length).toBeGreaterThan(painted - 10);
    await settingsPage.evaluate(() => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).storage.sync.clear();
    }, undefined);
  });

  // Tabs name entities by index; the settings keep ids, which the background maps before the first paint.
  it('leaves out, from the first paint, a name muted before the page opened', async () => {
    await settingsPage.evaluate(storeSettings, { muted: ['sergei-lavrov'] });
    await t.session.page.goto(t.server.articleUrl());
    const marked = await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    expect(marked!.join(' ')).toMatch(/Pompeo/);
    expect(marked!.join(' ')).not.toMatch(/Lavrov/);
    await settingsPage.evaluate(() => {
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).storage.sync.clear();
    }, undefined);
  });
});
