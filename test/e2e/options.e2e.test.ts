// The options page (options.html) in both browsers, opened as the extension's own page: it is
// localised, its changes are stored (storage.sync) and survive a reload, a bad site is refused
// without saving anything, corrupt stored settings are reported by name while the rest still work,
// and nothing goes over the network.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { launchBrowser, type BrowserName, type BrowserSession, type TestPage } from '../../scripts/browsers/launch';
import { extensionDirFor } from '../../scripts/dist-dir';
import { saveScreenshot } from './helpers';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const MESSAGES = JSON.parse(readFileSync('src/locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
const msg = (key: string): string => {
  const m = MESSAGES[key];
  if (!m) throw new Error(`no message ${key}`);
  return m.message;
};
const TYPE_LABELS = ['cardTypePerson', 'cardTypePlace', 'cardTypeOrganization', 'cardTypeEvent', 'cardTypeOther'].map(msg);

// ---- functions run in the options page (self-contained: they are serialised to the browser) ----

/** The part of the extension API these tests use; `browser.*` and `chrome.*` agree on it (promises). */
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
interface ExtensionApi {
  storage: { sync: StorageArea; local: StorageArea };
}

interface Stored {
  sync: Record<string, unknown>;
  local: Record<string, unknown>;
}

/** Both storage areas, read through the extension API the page itself has. */
function readStorage(): Promise<Stored> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = (g.browser ?? g.chrome).storage;
  return Promise.all([api.sync.get(null), api.local.get(null)]).then(([sync, local]) => ({ sync, local }));
}

function clearStorage(): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  const api = (g.browser ?? g.chrome).storage;
  return Promise.all([api.sync.clear(), api.local.clear()]).then(() => undefined);
}

function writeSync(items: Record<string, unknown>): Promise<void> {
  const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return (g.browser ?? g.chrome).storage.sync.set(items);
}

interface PageView {
  title: string;
  lang: string;
  h1: string | null;
  /** Everything a reader can see or hear: text, labels, placeholders, the document title. */
  text: string;
  types: Record<string, boolean>;
  markStyle: string | null;
  markStyleLabel: string | null;
  hoverDelay: string | null;
  sites: string[];
  problems: string | null;
  siteError: string | null;
  status: string;
}

function viewOptions(): PageView {
  const attrs = [...document.querySelectorAll('[aria-label], [placeholder], [title], [alt]')].flatMap((el) =>
    ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''),
  );
  const types: Record<string, boolean> = {};
  for (const fieldset of document.querySelectorAll('fieldset')) {
    if (fieldset.querySelectorAll('input[type=checkbox]').length < 2) continue; // "Highlight these kinds of names"
    for (const label of fieldset.querySelectorAll('label')) {
      const box = label.querySelector('input[type=checkbox]') as HTMLInputElement | null;
      if (box) types[label.textContent?.trim() ?? ''] = box.checked;
    }
  }
  const select = document.querySelector('select');
  const siteList = document.querySelector('fieldset ul.plain[aria-label]');
  return {
    title: document.title,
    lang: document.documentElement.lang,
    h1: document.querySelector('h1')?.textContent ?? null,
    text: [document.title, document.body.innerText, ...attrs].join('\n'),
    types,
    markStyle: select?.value ?? null,
    markStyleLabel: select?.selectedOptions[0]?.textContent ?? null,
    hoverDelay: (document.querySelector('input[type=number]') as HTMLInputElement | null)?.value ?? null,
    sites: [...(siteList?.querySelectorAll('li > span') ?? [])].map((s) => s.textContent ?? ''),
    problems: document.querySelector('[data-testid=settings-problems]')?.textContent ?? null,
    siteError: document.querySelector('form.row ~ [role=alert]')?.textContent ?? null,
    status: document.querySelector('[role=status]')?.textContent ?? '',
  };
}

interface Point {
  x: number;
  y: number;
}

/** Centre of the checkbox inside the label reading `label`, scrolled into view. */
function checkboxOf(label: string): Point | null {
  for (const el of document.querySelectorAll('label')) {
    const box = el.querySelector('input[type=checkbox]');
    if (!box || el.textContent?.trim() !== label) continue;
    box.scrollIntoView({ block: 'center' });
    const r = box.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

function centreOf(selector: string): Point | null {
  const el = document.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** A native <select> opens a browser-drawn menu that input events cannot reliably drive headless;
 *  pick the option the way the menu does: set the value and fire 'change'. */
function pickMarkStyle(value: string): void {
  const select = document.querySelector('select') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

// ---- the tests ----

describe.each(BROWSERS)('the options page in %s', (browserName) => {
  let session: BrowserSession;
  let page: TestPage;
  let url: string;
  const dir = extensionDirFor(browserName);

  /** Reloads the options page and waits until it has rendered its settings. */
  const reload = async (): Promise<PageView> => {
    await page.goto(url);
    return rendered();
  };
  const rendered = async (): Promise<PageView> => {
    let view: PageView | undefined;
    await vi.waitFor(
      async () => {
        view = await page.evaluate(viewOptions, undefined);
        expect(view.hoverDelay, 'the settings form').not.toBeNull();
      },
      { timeout: 10_000, interval: 100 },
    );
    return view!;
  };
  const stored = () => page.evaluate(readStorage, undefined);
  const click = async (point: Point | null, what: string) => {
    expect(point, what).not.toBeNull();
    await page.mouseClick(point!.x, point!.y);
  };

  beforeAll(async () => {
    // No web page is visited: nothing at all may be requested.
    session = await launchBrowser(browserName, dir, { allowedOrigins: [] });
    url = session.extensionUrl('options.html');
    page = await session.openExtensionPage('options.html');
    await page.setViewport(900, 1250);
  });

  afterAll(async () => {
    await session?.close();
  });

  beforeEach(async () => {
    await page.evaluate(clearStorage, undefined);
    await reload();
  });

  it('gives the test the extension APIs in the page world', async () => {
    const apis = await page.evaluate(
      () => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        return {
          chrome: typeof g.chrome?.storage?.sync?.get,
          browser: typeof g.browser?.storage?.sync?.get,
          href: location.href,
        };
      },
      undefined,
    );
    expect(apis.href).toBe(url);
    expect(apis.chrome).toBe('function');
    // Firefox has both namespaces (recent Chromium, 156 here, has a native `browser` too).
    if (browserName === 'firefox') expect(apis.browser).toBe('function');
    expect(await stored()).toEqual({ sync: {}, local: {} });
  });

  it('shows localised strings, never a raw message key', async () => {
    const view = await rendered();
    expect(view.lang).toMatch(/^en/);
    expect(view.title).toBe(msg('optionsTitle'));
    expect(view.h1).toBe(msg('optionsTitle'));
    for (const key of ['optionsGeneral', 'optionsEnabled', 'optionsTypes', 'optionsMarks', 'optionsMarkStyle', 'optionsSites', 'optionsSiteAdd', 'optionsMuted', 'optionsMutedNone']) {
      expect(view.text, key).toContain(msg(key));
    }
    expect(Object.keys(view.types)).toEqual(TYPE_LABELS);
    expect(view.markStyleLabel).toBe(msg('markStyle_both'));
    const keysShown = Object.keys(MESSAGES).filter((key) => view.text.includes(key));
    expect(keysShown).toEqual([]);
    // A missing string shows as its key: camelCase or snake_case identifiers are the giveaway.
    expect(view.text.match(/\b[a-z]+(?:[A-Z][a-z]+)+\b|\b[a-z]+_[a-z]+\b/g) ?? []).toEqual([]);
    expect(view.problems).toBeNull();
    expect(view.text).not.toContain(msg('optionsLocalOnly')); // storage.sync works in both browsers
  });

  // Chromium styles an extension page's <body> itself; page.css must win over it.
  it("sets its text in the page's own 14px system font", async () => {
    const fonts = await page.evaluate(
      () => ['body', 'label.choice', 'legend', 'select', 'p.muted'].map((sel) => {
        const style = getComputedStyle(document.querySelector(sel)!);
        return `${sel}: ${style.fontSize} ${style.fontFamily.split(',')[0]}`;
      }),
      undefined,
    );
    expect(fonts).toEqual(['body', 'label.choice', 'legend', 'select', 'p.muted'].map((sel) => `${sel}: 14px system-ui`));
  });

  it('stores a changed type, mark style and denied site, and shows them after a reload', async () => {
    const event = msg('cardTypeEvent');
    await click(await page.evaluate(checkboxOf, event), `the ${event} checkbox`);
    await vi.waitFor(async () => expect((await stored()).sync.settings).toMatchObject({ types: ['person', 'place', 'organization', 'other'] }));

    await page.evaluate(pickMarkStyle, 'underline');
    await vi.waitFor(async () => expect((await stored()).sync.settings).toMatchObject({ markStyle: 'underline' }));

    await click(await page.evaluate(centreOf, 'form.row input[type=text]'), 'the site box');
    await page.typeText('news.example.com');
    await page.keyPress('Enter');
    await vi.waitFor(async () => expect((await stored()).sync.settings).toMatchObject({ sites: { 'news.example.com': 'deny' } }));
    const before = await page.evaluate(viewOptions, undefined);
    expect(before.status).toBe(msg('optionsSaved'));
    expect(before.sites).toEqual(['news.example.com']);
    await saveScreenshot(page, browserName, 'options-changed');

    const after = await reload();
    expect(after.types).toEqual(Object.fromEntries(TYPE_LABELS.map((label) => [label, label !== event])));
    expect(after.markStyle).toBe('underline');
    expect(after.markStyleLabel).toBe(msg('markStyle_underline'));
    expect(after.sites).toEqual(['news.example.com']);
    expect(after.hoverDelay).toBe('150');
    const { sync, local } = await stored();
    expect(sync.settings).toEqual({
      enabled: true,
      sites: { 'news.example.com': 'deny' },
      types: ['person', 'place', 'organization', 'other'],
      markStyle: 'underline',
      hoverDelayMs: 150,
      mentions: 'all',
      scope: 'article',
      muted: [],
    });
    expect(local).toEqual({}); // sync worked, so nothing fell back to local storage
  });

  it('refuses a site that is not a host name, and saves nothing', async () => {
    await click(await page.evaluate(centreOf, 'form.row input[type=text]'), 'the site box');
    await page.typeText('not a site');
    await page.keyPress('Enter');
    await vi.waitFor(async () => expect((await page.evaluate(viewOptions, undefined)).siteError).toBe(msg('optionsSiteInvalid')));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a save, had there been one, would be done
    const view = await page.evaluate(viewOptions, undefined);
    expect(view.sites).toEqual([]);
    expect(view.status).toBe('');
    expect(await stored()).toEqual({ sync: {}, local: {} });
    expect(await page.evaluate(() => (document.querySelector('form.row input[type=text]') as HTMLInputElement).value, undefined)).toBe('not a site');
    await saveScreenshot(page, browserName, 'options-invalid-site');
  });

  it('names corrupt stored fields, resets only those, and keeps working', async () => {
    await page.evaluate(writeSync, { settings: { types: 'nonsense', hoverDelayMs: -5, markStyle: 'tint', sites: { 'kept.example.org': 'deny' } } });
    const view = await reload();
    expect(view.problems).not.toBeNull();
    // Named as the reader knows them, not by their storage keys.
    expect(view.problems).toContain(msg('settingName_types'));
    expect(view.problems).toContain(msg('settingName_hoverDelayMs'));
    expect(view.problems).not.toContain(msg('settingName_markStyle'));
    expect(view.problems).not.toContain(msg('settingName_sites'));
    expect(view.problems).not.toContain('hoverDelayMs');
    // The corrupt fields show their defaults; the valid ones were kept.
    expect(view.types).toEqual(Object.fromEntries(TYPE_LABELS.map((label) => [label, true])));
    expect(view.hoverDelay).toBe('150');
    expect(view.markStyle).toBe('tint');
    expect(view.sites).toEqual(['kept.example.org']);
    await saveScreenshot(page, browserName, 'options-problems');

    // Other settings still save, and saving writes the repaired settings, so the warning goes.
    const person = msg('cardTypePerson');
    await click(await page.evaluate(checkboxOf, person), `the ${person} checkbox`);
    await vi.waitFor(async () =>
      expect((await stored()).sync.settings).toMatchObject({
        types: ['place', 'organization', 'event', 'other'],
        hoverDelayMs: 150,
        markStyle: 'tint',
        sites: { 'kept.example.org': 'deny' },
      }),
    );
    const repaired = await reload();
    expect(repaired.problems).toBeNull();
    expect(repaired.types[person]).toBe(false);
  });

  it('makes no network request', async () => {
    expect(session.unexpectedRequests()).toEqual([]);
  });
});

describe.each(BROWSERS)('the options page in %s, dark mode', (browserName) => {
  it('is dark when the system is', async () => {
    const session = await launchBrowser(browserName, extensionDirFor(browserName), {
      allowedOrigins: [],
      colorScheme: 'dark',
    });
    try {
      const page = await session.openExtensionPage('options.html');
      await page.setViewport(900, 1250);
      await vi.waitFor(async () => expect(await page.evaluate(() => document.querySelector('fieldset') !== null, undefined)).toBe(true));
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { dark: matchMedia('(prefers-color-scheme: dark)').matches, bg: body.backgroundColor, fg: body.color };
      }, undefined);
      expect(colours).toEqual({ dark: true, bg: 'rgb(29, 33, 39)', fg: 'rgb(232, 234, 237)' });
      await saveScreenshot(page, browserName, 'options-dark');
      expect(session.unexpectedRequests()).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
