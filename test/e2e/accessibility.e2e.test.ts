import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import { launchBrowser, type BrowserName, type BrowserSession } from '../../scripts/browsers/launch';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server';
import { extensionDirFor } from '../../scripts/dist-dir';
import { axeReport, cardContrast } from './axe';
import { waitForPage } from './helpers';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('accessibility of the card in %s (axe-core, WCAG 2.1 AA)', (browserName) => {
  let demo: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    session = await launchBrowser(browserName, extensionDirFor(browserName), { allowedOrigins: [demo.origin] });
    await session.page.setViewport(1280, 900);
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it.each(['light', 'dark'] as const)('has no violations on a %s page', async (theme) => {
    await session.page.goto(demo.articleUrl(undefined, theme === 'dark' ? 'theme=dark' : ''));
    await waitForPage(session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await session.page.mouseMove(2, 2);
    const point = await session.page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    await session.page.mouseMove(point!.x - 1, point!.y);
    await session.page.mouseMove(point!.x, point!.y);
    await waitForPage(session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card' });
    const { violations, passedRules } = await axeReport(session.page, 'backstory-host');
    expect(violations).toEqual([]);
    expect(passedRules).toEqual(expect.arrayContaining(['aria-allowed-attr', 'aria-roles', 'list', 'nested-interactive']));
    const contrast = await session.page.evaluate(cardContrast, 'backstory-host');
    expect(contrast.problems).toEqual([]);
    expect(contrast.checked).toBeGreaterThan(8);
  });
});

describe.each(BROWSERS)('accessibility of the popup and options page in %s (axe-core, WCAG 2.1 AA)', (browserName) => {
  let demo: DemoServer;
  let session: BrowserSession;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    session = await launchBrowser(browserName, extensionDirFor(browserName), { allowedOrigins: [demo.origin] });
  });

  afterAll(async () => {
    await session?.close();
    await demo?.close();
  });

  it.each(['popup.html', 'options.html'])('%s has no violations', async (path) => {
    const page = await session.openExtensionPage(path);
    await page.setViewport(path === 'popup.html' ? 340 : 900, 700);
    await waitForPage(page, () => !document.querySelector('[aria-busy="true"]') && !!document.querySelector('main'), undefined, (ready) => ready, {
      what: `${path} to render`,
    });
    const { violations, passedRules } = await axeReport(page, '');
    expect(violations).toEqual([]);
    expect(passedRules).toEqual(expect.arrayContaining(['color-contrast', 'document-title', 'html-has-lang']));
    await page.close();
  });
});
