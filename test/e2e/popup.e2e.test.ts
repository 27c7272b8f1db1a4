// The toolbar popup (popup.html) in both browsers. A test cannot click the toolbar button, so the
// popup is opened as a tab of its own: plainly, it describes the active tab, which is itself, and
// must say it cannot run there; with ?tab=ID it describes the demo article's tab, whose entities it
// lists by type, and whose marks its switches turn off and on.
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { launchBrowser, type BrowserName, type TestPage } from '../../scripts/browsers/launch';
import { cardState } from '../../scripts/browsers/probes';
import { extensionDirFor } from '../../scripts/dist-dir';
import { startDemoServer } from '../../scripts/demo/server';
import { candidateTabs } from './tabs';
import { saveScreenshot } from './helpers';
import { useBrowser } from './session';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const MESSAGES = JSON.parse(readFileSync('src/locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const msg = (key: string, ...substitutions: string[]): string => {
  const m = MESSAGES[key];
  if (!m) throw new Error(`no message ${key}`);
  return substitutions.reduce((text, value) => text.replace(/\$[A-Z]+\$/, value), m.message);
};
/** The popup's own width is 320px (popup.css); a little room around it for the screenshots. */
const POPUP_VIEWPORT = { width: 360, height: 640 };

// ---- functions run in the browser (self-contained: they are serialised) ----

interface TabInfo {
  id: number;
  url?: string;
}
interface ExtensionApi {
  tabs: { query(q: object): Promise<TabInfo[]>; getCurrent(): Promise<TabInfo | undefined> };
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

function clearSettings(): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return (g.browser ?? g.chrome).storage.sync.clear();
}

function syncSettings(): Promise<unknown> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return (g.browser ?? g.chrome).storage.sync.get(null).then((items) => items.settings);
}

interface PopupView {
  loading: boolean;
  unavailable: string | null;
  switches: { label: string; checked: boolean }[];
  groups: { heading: string; entities: { name: string; count: number }[] }[];
  notes: string[];
  settingsLink: string | null;
  text: string;
}

function viewPopup(): PopupView {
  return {
    loading: document.querySelector('main[aria-busy=true]') !== null || !document.querySelector('main'),
    unavailable: document.querySelector('[data-testid=unavailable]')?.textContent ?? null,
    switches: [...document.querySelectorAll('label.switch')].map((label) => ({
      label: label.querySelector('span')?.textContent ?? '',
      checked: (label.querySelector('input') as HTMLInputElement).checked,
    })),
    groups: [...document.querySelectorAll('main section')].map((section) => ({
      heading: section.querySelector('h2')?.textContent ?? '',
      entities: [...section.querySelectorAll('li button')].map((button) => ({
        name: button.querySelector('span')?.textContent ?? '',
        count: Number(button.querySelector('.count')?.textContent),
      })),
    })),
    notes: [...document.querySelectorAll('main > p.muted')].map((p) => p.textContent ?? ''),
    settingsLink: document.querySelector('footer a')?.textContent ?? null,
    text: [document.title, document.body.innerText].join('\n'),
  };
}

interface Point {
  x: number;
  y: number;
}

function switchPoint(label: string): Point | null {
  for (const el of document.querySelectorAll('label.switch')) {
    if (el.querySelector('span')?.textContent !== label) continue;
    const input = el.querySelector('input') as HTMLElement;
    input.scrollIntoView({ block: 'center' }); // "Pause everywhere" is below a long list
    const r = input.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

function entityPoint(name: string): Point | null {
  for (const button of document.querySelectorAll('li button')) {
    if (button.querySelector('span')?.textContent !== name) continue;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

/** Ranges in the article's Backstory highlight; -1 when there is none (page world, so .size is safe). */
function markCount(): number {
  return CSS.highlights.get('backstory-mark')?.size ?? -1;
}

// ---- the tests ----

describe.each(BROWSERS)('the popup in %s', (browserName) => {
  const t = useBrowser(browserName);
  let article: TestPage;
  let articleTab: number;
  let marksOn: number;

  const waitForPopup = async (page: TestPage, accept: (v: PopupView) => boolean, what: string): Promise<PopupView> => {
    let view: PopupView | undefined;
    await vi.waitFor(
      async () => {
        view = await page.evaluate(viewPopup, undefined);
        expect(accept(view), `${what}; popup shows ${JSON.stringify(view)}`).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
    return view!;
  };
  const waitForMarks = async (accept: (n: number) => boolean, what: string): Promise<number> => {
    let count = -1;
    await vi.waitFor(
      async () => {
        count = await article.evaluate(markCount, undefined);
        expect(accept(count), `${what}; the article has ${count} marks`).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
    return count;
  };
  const click = async (page: TestPage, point: Point | null, what: string) => {
    expect(point, what).not.toBeNull();
    await page.mouseClick(point!.x, point!.y);
  };
  const openPopupForArticle = async (): Promise<TestPage> => {
    const popup = await t.session.openExtensionPage(`popup.html?tab=${articleTab}`);
    await popup.setViewport(POPUP_VIEWPORT.width, POPUP_VIEWPORT.height);
    return popup;
  };

  beforeAll(async () => {
    article = t.session.page;
    await article.setViewport(1280, 900);
    await article.goto(t.server.articleUrl());
    marksOn = await waitForMarks((n) => n > 0, 'the article to be marked');
    // The article's tab id, asked from an extension page (any will do).
    const finder = await t.session.openExtensionPage('options.html');
    const candidates = await finder.evaluate(candidateTabs, t.server.articleUrl());
    expect(candidates, 'tabs that could be the article').toHaveLength(1);
    articleTab = candidates[0]!;
    await finder.close();
  });

  // Every test starts from the default settings, with the article marked.
  beforeEach(async () => {
    const page = await t.session.openExtensionPage('options.html');
    await page.evaluate(clearSettings, undefined);
    await page.close();
    await waitForMarks((n) => n === marksOn, 'the article to be marked as at first');
  });

  it('says it cannot run when the page it describes is its own (a restricted page)', async () => {
    const popup = await t.session.openExtensionPage('popup.html');
    await popup.setViewport(POPUP_VIEWPORT.width, POPUP_VIEWPORT.height);
    const view = await waitForPopup(popup, (v) => v.unavailable !== null, 'the unavailable message');
    expect(view.unavailable).toBe(msg('popupUnavailable'));
    expect(view.switches).toEqual([{ label: msg('popupPauseEverywhere'), checked: false }]);
    expect(view.groups).toEqual([]);
    expect(view.settingsLink).toBe(msg('popupSettings'));
    const keysShown = Object.keys(MESSAGES).filter((key) => view.text.includes(key));
    expect(keysShown).toEqual([]);
    expect(await popup.evaluate(() => document.title, undefined)).toBe(msg('extName'));
    await saveScreenshot(popup, browserName, 'popup-unavailable');
    await popup.close();
  });

  // With no ?tab= the popup describes the active tab. Make the article the active tab, reload the popup (now a background tab) and it
  // should describe the article.
  it('describes the active tab when it has no ?tab=', async () => {
    const popup = await t.session.openExtensionPage('popup.html');
    try {
      const g = (id: number) =>
        (globalThis as unknown as { chrome: { tabs: { update(id: number, p: object): Promise<unknown> } } }).chrome.tabs
          .update(id, { active: true })
          .then(() => undefined);
      await popup.evaluate(g, articleTab);
      await popup.goto(t.session.extensionUrl('popup.html'));
      const view = await waitForPopup(popup, (v) => !v.loading, 'the popup to load');
      expect(view.unavailable).toBeNull();
      expect(view.switches.map((s) => s.label)).toContain(msg('popupOnThisSite', '127.0.0.1'));
    } finally {
      await popup.close();
    }
  });

  it("lists the article's entities grouped by type, with mention counts", async () => {
    const popup = await openPopupForArticle();
    try {
      const view = await waitForPopup(popup, (v) => v.groups.length > 0, 'entity groups');
      expect(view.unavailable).toBeNull();
      expect(view.switches).toEqual([
        { label: msg('popupOnThisSite', '127.0.0.1'), checked: true },
        { label: msg('popupPauseEverywhere'), checked: false },
      ]);
      // Each heading is "Type (number of entities)".
      for (const group of view.groups) {
        expect(group.heading).toMatch(/^.+ \(\d+\)$/);
        expect(group.heading.endsWith(` (${group.entities.length})`), group.heading).toBe(true);
      }
      const headings = view.groups.map((g) => g.heading.replace(/ \(\d+\)$/, ''));
      expect(headings).toEqual(expect.arrayContaining([msg('cardTypePerson'), msg('cardTypePlace')]));
      const people = view.groups.find((g) => g.heading.startsWith(`${msg('cardTypePerson')} (`))!;
      const places = view.groups.find((g) => g.heading.startsWith(`${msg('cardTypePlace')} (`))!;
      // "Sergei Lavrov" twice and "Lavrov" three times in the article (see demo-page.e2e.test.ts).
      expect(people.entities).toContainEqual({ name: 'Sergei Lavrov', count: 5 });
      expect(people.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Mike Pompeo', 'Nicolás Maduro', 'Donald Trump']));
      expect(places.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Russia', 'Venezuela', 'Sochi']));
      // Most-mentioned first within a group.
      for (const group of view.groups) {
        const counts = group.entities.map((e) => e.count);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
      // Every mark in the article is counted once.
      const total = view.groups.flatMap((g) => g.entities).reduce((sum, e) => sum + e.count, 0);
      expect(total).toBe(marksOn);
      await saveScreenshot(popup, browserName, 'popup-entities');
    } finally {
      await popup.close();
    }
  });

  it('turns Backstory off for the site and back on: the marks and the popup follow at once', async () => {
    const popup = await openPopupForArticle();
    try {
      const siteSwitch = msg('popupOnThisSite', '127.0.0.1');
      await waitForPopup(popup, (v) => v.switches.some((s) => s.label === siteSwitch), 'the site switch');
      await click(popup, await popup.evaluate(switchPoint, siteSwitch), 'the site switch');
      await waitForMarks((n) => n <= 0, 'the marks to go');
      expect(await popup.evaluate(syncSettings, undefined)).toMatchObject({ sites: { '127.0.0.1': 'deny' }, enabled: true });
      await waitForPopup(popup, (v) => v.switches[0]?.checked === false, 'the switch to show off');
      await waitForPopup(popup, (v) => v.notes.includes(msg('popupOff')) && v.groups.length === 0, 'the "off" note and no list');
      await saveScreenshot(popup, browserName, 'popup-site-off');

      await click(popup, await popup.evaluate(switchPoint, siteSwitch), 'the site switch');
      expect(await waitForMarks((n) => n === marksOn, 'the marks to come back')).toBe(marksOn);
      expect(await popup.evaluate(syncSettings, undefined)).toMatchObject({ sites: {}, enabled: true });
      await waitForPopup(popup, (v) => v.switches[0]?.checked === true, 'the switch to show on');
      await waitForPopup(popup, (v) => !v.notes.includes(msg('popupOff')), 'no "off" note');
    } finally {
      await popup.close();
    }
  });

  it('pauses everywhere and resumes, and the marks follow', async () => {
    const popup = await openPopupForArticle();
    try {
      const pause = msg('popupPauseEverywhere');
      await waitForPopup(popup, (v) => v.switches.some((s) => s.label === pause), 'the pause switch');
      await click(popup, await popup.evaluate(switchPoint, pause), 'the pause switch');
      await waitForMarks((n) => n <= 0, 'the marks to go');
      expect(await popup.evaluate(syncSettings, undefined)).toMatchObject({ enabled: false });
      await waitForPopup(popup, (v) => v.switches.find((s) => s.label === pause)?.checked === true, 'the pause switch to show on');

      await click(popup, await popup.evaluate(switchPoint, pause), 'the pause switch');
      expect(await waitForMarks((n) => n === marksOn, 'the marks to come back')).toBe(marksOn);
      expect(await popup.evaluate(syncSettings, undefined)).toMatchObject({ enabled: true });
    } finally {
      await popup.close();
    }
  });

  it('scrolls the article to an entity chosen in the list and opens its card', async () => {
    await article.evaluate(() => window.scrollTo(0, 0), undefined);
    const popup = await openPopupForArticle();
    await waitForPopup(popup, (v) => v.groups.length > 0, 'entity groups');
    // The last-named entity in the article, so that revealing it has to scroll.
    await click(popup, await popup.evaluate(entityPoint, 'Uruguay'), 'Uruguay in the list');
    await vi.waitFor(
      async () => {
        const card = await article.evaluate(cardState, undefined);
        expect(card.open && card.name === 'Uruguay', JSON.stringify(card)).toBe(true);
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(await article.evaluate(() => scrollY, undefined)).toBeGreaterThan(0);
    // The popup closes itself once it has asked (window.close(); a tab the test opened may stay).
  });

  it('makes no network request', () => {
    expect(t.session.unexpectedRequests()).toEqual([]);
  });
});

describe.each(BROWSERS)('the popup in %s, dark mode', (browserName) => {
  it('is dark when the system is', async () => {
    const demo = await startDemoServer(0);
    const session = await launchBrowser(browserName, extensionDirFor(browserName), {
      allowedOrigins: [demo.origin],
      colorScheme: 'dark',
    });
    try {
      await session.page.goto(demo.articleUrl());
      await vi.waitFor(async () => expect(await session.page.evaluate(markCount, undefined)).toBeGreaterThan(0), { timeout: 10_000 });
      const finder = await session.openExtensionPage('popup.html');
      const [tab] = await finder.evaluate(candidateTabs, demo.articleUrl());
      await finder.close();
      const popup = await session.openExtensionPage(`popup.html?tab=${tab}`);
      await popup.setViewport(POPUP_VIEWPORT.width, POPUP_VIEWPORT.height);
      await vi.waitFor(async () => expect((await popup.evaluate(viewPopup, undefined)).switches.length).toBe(2), { timeout: 10_000 });
      const colours = await popup.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { dark: matchMedia('(prefers-color-scheme: dark)').matches, bg: body.backgroundColor, fg: body.color };
      }, undefined);
      expect(colours).toEqual({ dark: true, bg: 'rgb(29, 33, 39)', fg: 'rgb(232, 234, 237)' });
      await saveScreenshot(popup, browserName, 'popup-dark');
      expect(session.unexpectedRequests()).toEqual([]);
    } finally {
      await session.close();
      await demo.close();
    }
  });
});
