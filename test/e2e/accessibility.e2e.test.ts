import { describe, expect, it } from 'vitest';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import type { BrowserName } from '../../scripts/browsers/launch';
import { axeReport, cardContrast } from './axe';
import { waitForPage } from './helpers';
import { useBrowser } from './session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

describe.each(BROWSERS)('accessibility of the card in %s (axe-core, WCAG 2.1 AA)', (browserName) => {
  const t = useBrowser(browserName, { viewport: [1280, 900] });

  it.each(['light', 'dark'] as const)('has no violations on a %s page', async (theme) => {
    await t.session.page.goto(t.server.articleUrl(undefined, theme === 'dark' ? 'theme=dark' : ''));
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await t.session.page.mouseMove(2, 2);
    const point = await t.session.page.evaluate(pointOfText, { text: 'Montevideo Mechanism', selector: 'article', occurrence: 0 });
    await t.session.page.mouseMove(point!.x - 1, point!.y);
    await t.session.page.mouseMove(point!.x, point!.y);
    await waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating, { what: 'the card' });
    const { violations, passedRules } = await axeReport(t.session.page, 'backstory-host');
    expect(violations).toEqual([]);
    expect(passedRules).toEqual(expect.arrayContaining(['aria-allowed-attr', 'aria-roles', 'list', 'nested-interactive']));
    const contrast = await t.session.page.evaluate(cardContrast, 'backstory-host');
    expect(contrast.problems).toEqual([]);
    expect(contrast.checked).toBeGreaterThan(8);
  });
});

describe.each(BROWSERS)('accessibility of the popup and options page in %s (axe-core, WCAG 2.1 AA)', (browserName) => {
  const t = useBrowser(browserName);

  it.each(['popup.html', 'options.html'])('%s has no violations', async (path) => {
    const page = await t.session.openExtensionPage(path);
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
