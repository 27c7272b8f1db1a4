// Chromium through Playwright (CDP), with the unpacked extension loaded from the command line.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { navigateAndWait } from './extension-page.js';
import type { BrowserSession, LaunchOptions, TestPage } from './launch.js';
import { startRequestLog } from './request-log.js';

export async function launchChromium(
  executablePath: string,
  extensionDir: string,
  opts: LaunchOptions,
): Promise<BrowserSession> {
  const dir = resolve(extensionDir);
  const log = await startRequestLog(opts.allowedOrigins);
  const userDataDir = await mkdtemp(join(tmpdir(), 'e2e-chromium-'));
  try {
    // The first key typed into a text field makes the spellchecker download its Hunspell
    // dictionary (CONNECT redirector.gvt1.com:443). No switch stops that, and neither does the
    // pref browser.enable_spellchecking=false (checked); an empty dictionary list in the profile does.
    await mkdir(join(userDataDir, 'Default'), { recursive: true });
    await writeFile(
      join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ spellcheck: { dictionaries: [], dictionary: '' } }),
    );
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      colorScheme: opts.colorScheme ?? 'light',
      reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
      forcedColors: opts.forcedColors ? 'active' : 'none',
      args: [
        // Playwright passes --disable-extensions; this is the exception that lets ours load.
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        // We run as root (CI too); Chromium refuses to start sandboxed as root.
        '--no-sandbox',
        '--disable-gpu',
        // Every request goes through the counting proxy. <-loopback removes Chromium's implicit
        // "never proxy localhost" rule, so requests to other local ports are counted too.
        `--proxy-server=http://127.0.0.1:${log.port}`,
        '--proxy-bypass-list=<-loopback>',
        // Quiet the browser's own traffic, so that what the proxy sees is ours.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-domain-reliability',
        '--no-pings',
        '--no-first-run',
        '--disable-quic',
        // Two calls survive all of the above. A regular profile POSTs accounts.google.com/ListAccounts
        // once its network is up (no switch stops it; a seeded signin.allowed=false is reset), and
        // the component updater asks update.googleapis.com for the on-demand "Optimization Guide On
        // Device Models Manifest" (--disable-component-update does not cover on-demand installs;
        // turning its feature off would need our own --disable-features, and Chromium keeps only
        // the last one given, silently dropping Playwright's). Point both at the proxy's sink.
        `--gaia-url=${log.sinkOrigin}`,
        `--component-updater=url-source=${log.sinkOrigin}/component-update`,
        // A page with form fields makes Chromium ask its autofill server for field types.
        `--autofill-server-url=${log.sinkOrigin}/autofill/`,
        // Nothing resolves host names: with an HTTP proxy the browser never needs to, and a lookup
        // (DNS is not HTTP, so the proxy could not count it) would leave the machine.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    });
    // The extension's service worker; its URL's host is the extension id.
    const extensionWorker = async (): Promise<string> => {
      const isOurs = (url: string): boolean => url.startsWith('chrome-extension://');
      // Listen before looking: the worker may start between the two.
      const started = context.waitForEvent('serviceworker', {
        predicate: (w) => isOurs(w.url()),
        timeout: 20_000,
      });
      const running = context.serviceWorkers().find((w) => isOurs(w.url()));
      if (running) {
        started.catch(() => {});
        return running.url();
      }
      return (await started).url();
    };
    let extensionOrigin: string;
    try {
      // Not URL.origin: that is "null" for schemes other than http(s), ws(s), ftp and file.
      extensionOrigin = `chrome-extension://${new URL(await extensionWorker()).host}`;
    } catch (e) {
      await context.close();
      throw new Error(`the extension's service worker did not start: ${String(e)}`);
    }
    const first = context.pages()[0] ?? (await context.newPage());
    const extensionUrl = (path: string): string => new URL(path, `${extensionOrigin}/`).href;
    return {
      name: 'chromium',
      page: wrap(first),
      newPage: async () => wrap(await context.newPage()),
      extensionUrl,
      openExtensionPage: async (path) => {
        const page = await context.newPage();
        // page.goto would do here, but the same polling as in Firefox keeps the two alike.
        await navigateAndWait((url) => page.goto(url, { waitUntil: 'load' }), evaluateIn(page), extensionUrl(path));
        return wrap(page);
      },
      unexpectedRequests: () => log.unexpected(),
      stopBackground: async () => {
        const cdp = await context.newCDPSession(first);
        try {
          const stopped = new Promise<void>((resolve) => {
            cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
              const ours = versions.filter((v) => v.scriptURL.startsWith(extensionOrigin));
              if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
            });
          });
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the worker did not stop')), 10_000))]);
          return true;
        } finally {
          await cdp.detach();
        }
      },
      setSiteAccess: async (allowed) => {
        // chrome://extensions sets site access through its private API; so does this, from that page.
        const page = await context.newPage();
        try {
          await page.goto('chrome://extensions');
          const extensionId = new URL(extensionOrigin).host;
          await page.evaluate(
            (arg) => (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> } } }).chrome.developerPrivate.updateExtensionConfiguration(arg),
            { extensionId, hostAccess: allowed ? 'ON_ALL_SITES' : 'ON_CLICK' },
          );
        } finally {
          await page.close();
        }
      },
      close: async () => {
        await context.close();
        await log.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await log.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw e;
  }
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    // Playwright's evaluate runs in the main world, which is what a test of page-visible effects
    // wants; on an extension page that is the extension's own world, with the chrome.* APIs.
    evaluate: evaluateIn(page),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    runScript: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    // Playwright's touchscreen needs a context created with hasTouch; CDP touch input does not.
    tap: async (x, y) => {
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await cdp.detach();
      }
    },
    keyPress: (key) => page.keyboard.press(key),
    typeText: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path, type: 'png' });
    },
    close: () => page.close(),
  };
}

function evaluateIn(page: Page) {
  return <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> =>
    page.evaluate<T, unknown>(fn as (arg: unknown) => T | Promise<T>, arg);
}
