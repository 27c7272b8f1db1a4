import { beforeAll, describe, expect, it } from 'vitest';
import { cardState, markedTexts, pointOfText } from '../../scripts/browsers/probes';
import type { BrowserName } from '../../scripts/browsers/launch';
import { saveScreenshot, waitForPage } from './helpers';
import { useBrowser } from './session';

/**
 * Every naming of a seed entity in the demo article, in reading order, counted by hand from
 * data/articles/telesur-2019-05-14-pompeo-lavrov-sochi.txt (section line, headline, standfirst,
 * photo caption, then the body). The sidebar and footer are outside the article and unmarked.
 */
const EXPECTED_MARKS = [
  'U.S.', // section "News > U.S."
  'US', 'Venezuela', 'Russia', // headline
  'Russia', 'Montevideo Mechanism', // standfirst
  'U.S.', 'Mike Pompeo', 'Sergei Lavrov', 'Sochi', 'Russia', // caption
  'U.S.', 'Mike Pompeo', 'Sergei Lavrov', 'Sochi', 'Russia', 'Venezuela', 'North Korea', 'Syria', 'Ukraine', 'Afghanistan', 'Iran',
  'Lavrov', 'U.S.', 'Pompeo',
  'Pompeo', 'United States', 'Russia',
  'Donald Trump', 'Pompeo',
  'U.S.', 'North Korea',
  // "Washington" and "D.C." both mean the US capital (the builder extracts them; checked by hand).
  'Pompeo', 'Washington', 'Russia', 'Crimean peninsula', 'D.C.', 'Russia', 'Ukraine',
  'Sochi', 'U.S.', 'Nicolas Maduro',
  'Maduro', 'Maduro', 'Pompeo',
  'Lavrov',
  'Maduro', 'U.S.', 'Guaido',
  'Iraq', 'Libya',
  'Lavrov', 'Montevideo Mechanism', 'Mexico', 'Uruguay',
  'Russia', 'Montevideo Mechanism', 'Venezuela', 'Maduro',
];

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** The open card's "Proposed by" line: its label, its chips' names and where each chip is. */
function proposedByLine() {
  const line = document.querySelector('backstory-host')?.shadowRoot?.querySelector('.proposed-by');
  if (!line) return null;
  const chips = [...line.querySelectorAll('.chip')].map((chip) => {
    const r = chip.getBoundingClientRect();
    return { name: chip.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  return { label: line.querySelector('.label')?.textContent ?? null, text: line.textContent, chips };
}

describe.each(BROWSERS)('the built extension in %s, on the demo article', (browserName) => {
  const t = useBrowser(browserName, { viewport: [1280, 900] });

  beforeAll(() => t.session.page.goto(t.server.articleUrl(undefined, 'probe=1')));

  const hover = async (text: string, occurrence = 0) => {
    const page = t.session.page;
    await page.mouseMove(5, 5);
    const point = await page.evaluate(pointOfText, { text, selector: 'article', occurrence });
    expect(point, `"${text}" is on the page`).not.toBeNull();
    await page.mouseMove(point!.x - 2, point!.y);
    await page.mouseMove(point!.x, point!.y);
    return point!;
  };

  const openCardFor = async (text: string, name: string) => {
    await hover(text);
    return waitForPage(t.session.page, cardState, undefined, (s) => s.open && !s.animating && s.name === name, {
      what: `the card for ${name}`,
    });
  };

  it('marks every mention of the seed entities in the article, and nothing outside it', async () => {
    const marks = await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) >= EXPECTED_MARKS.length, {
      what: 'the marks',
    });
    expect(marks).toEqual(EXPECTED_MARKS);
  });

  it('opens the card for "Montevideo Mechanism" on hover, with a sentence from the article and who proposed it', async () => {
    const card = await openCardFor('Montevideo Mechanism', 'Montevideo Mechanism');
    expect(card.type).toBe('other');
    expect(card.text).toContain('Russia supports a Venezuelan people determining their own future');
    expect(card.text).toMatch(/teleSUR · .*2019 · US Asserts its Intransigence/);
    // Extracted from "the Montevideo Mechanism dialogues proposed previously by Mexico and Uruguay".
    const line = await t.session.page.evaluate(proposedByLine, undefined);
    expect(line?.label).toBe('Proposed by');
    expect(line?.chips.map((c) => c.name)).toEqual(['Mexico', 'Uruguay']);
    expect(line?.text).toMatch(/UruguayteleSUR, .*2019$/);
    await saveScreenshot(t.session.page, browserName, 'card-montevideo-mechanism');
  });

  it('opens a proposer\'s card in place from its chip, with a way back', async () => {
    await openCardFor('Montevideo Mechanism', 'Montevideo Mechanism');
    const mexico = (await t.session.page.evaluate(proposedByLine, undefined))!.chips[0]!;
    await t.session.page.mouseMove(mexico.x, mexico.y);
    await t.session.page.mouseClick(mexico.x, mexico.y);
    const card = await waitForPage(t.session.page, cardState, undefined, (s) => s.open && s.name === 'Mexico', { what: "Mexico's card" });
    expect(card.type).toBe('place');
    const back = await t.session.page.evaluate(() => !!document.querySelector('backstory-host')?.shadowRoot?.querySelector('.back'), undefined);
    expect(back).toBe(true);
    await t.session.page.keyPress('Escape');
    await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'Escape to close the card' });
  });

  it('closes the card when the pointer moves away, after the grace period', async () => {
    await openCardFor('Montevideo Mechanism', 'Montevideo Mechanism');
    await t.session.page.mouseMove(20, 880);
    const closed = await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'the card to close' });
    expect(closed.open).toBe(false);
  });

  it('opens Crimea from "Crimean peninsula", and Escape closes it', async () => {
    const card = await openCardFor('Crimean peninsula', 'Crimea');
    expect(card.type).toBe('place');
    expect(card.text).toContain("Russia's annexation of the Crimean peninsula");
    await saveScreenshot(t.session.page, browserName, 'card-crimea');
    await t.session.page.keyPress('Escape');
    await waitForPage(t.session.page, cardState, undefined, (s) => !s.open, { what: 'Escape to close the card' });
  });

  it('keeps the card open while the pointer moves into it', async () => {
    await openCardFor('Montevideo Mechanism', 'Montevideo Mechanism');
    const { rect } = await t.session.page.evaluate(cardState, undefined);
    await t.session.page.mouseMove(rect!.left + 40, rect!.top + 30);
    await new Promise((resolve) => setTimeout(resolve, 700)); // longer than the grace period
    expect((await t.session.page.evaluate(cardState, undefined)).open).toBe(true);
    await t.session.page.keyPress('Escape');
  });

  it("leaves the page's DOM exactly as parsed; the only addition is Backstory's host", async () => {
    const result = await t.session.page.evaluate(() => {
      const probe = (window as unknown as { __probe: { mutations: { target: string; added: string[]; removed: string[] }[]; parsedHtml: string } }).__probe;
      const foreign = probe.mutations.filter(
        (m) => m.target !== 'BACKSTORY-HOST' && !(m.target === 'HTML' && m.added.join() === 'BACKSTORY-HOST' && m.removed.length === 0),
      );
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      const hosts = clone.querySelectorAll('backstory-host');
      hosts.forEach((h) => h.remove());
      return { foreign, hosts: hosts.length, same: clone.outerHTML === probe.parsedHtml };
    }, undefined);
    expect(result.foreign).toEqual([]);
    expect(result.hosts).toBe(1);
    expect(result.same).toBe(true);
  });

  it('gives a dark page a dark card', async () => {
    await t.session.page.goto(t.server.articleUrl(undefined, 'theme=dark'));
    await waitForPage(t.session.page, markedTexts, undefined, (m) => (m?.length ?? 0) > 0, { what: 'the marks' });
    await openCardFor('Crimean peninsula', 'Crimea');
    const theme = await t.session.page.evaluate(() => document.querySelector('backstory-host')?.getAttribute('data-theme'), undefined);
    expect(theme).toBe('dark');
    await saveScreenshot(t.session.page, browserName, 'card-dark-page');
  });

  it('makes no network request', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});
