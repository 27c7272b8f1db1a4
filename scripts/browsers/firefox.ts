// Firefox through Puppeteer over WebDriver BiDi (there is no geckodriver here), with the unpacked
// extension installed as a temporary add-on.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { navigateAndWait } from './extension-page.js';
import { setHostAccess, terminateBackground } from './firefox-privileged.js';
import type { BrowserSession, LaunchOptions, TestPage } from './launch.js';
import { startRequestLog, type RequestLog } from './request-log.js';

export async function launchFirefox(
  executablePath: string,
  extensionDir: string,
  opts: LaunchOptions,
): Promise<BrowserSession> {
  // Firefox gives each install a random moz-extension:// UUID unless a pref pins it for the add-on's id.
  const geckoId = await readGeckoId(extensionDir);
  const uuid = randomUUID();
  const log = await startRequestLog(opts.allowedOrigins);
  try {
    // Puppeteer makes a fresh temporary profile and removes it on close.
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      defaultViewport: { width: 1280, height: 720 }, // the same as Playwright's Chromium
      extraPrefsFirefox: {
        ...firefoxPrefs(log, opts.colorScheme ?? 'light'),
        ...(opts.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
        // "Override the colours specified by the page: always" is what forced-colors: active means here.
        ...(opts.forcedColors ? { 'browser.display.document_color_use': 2 } : {}),
        ...(geckoId ? { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) } : {}),
      },
      // Without it, BiDi never sees a tab's moz-extension:// document: evaluate keeps answering
      // from the about:blank that was there before (checked on Firefox 153).
      args: ['--remote-allow-system-access'],
      // Release builds ignore a services.settings.server override unless this is set (see
      // services-settings/Utils.sys.mjs); without it Remote Settings syncs with Mozilla on startup.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    });
    try {
      // Not `enableExtensions: [dir]`: puppeteer-core 24 does not await those installs
      // (Promise.all over an array holding the array of promises).
      await browser.installExtension(resolve(extensionDir));
      const first = (await browser.pages())[0] ?? (await browser.newPage());
      const extensionUrl = (path: string): string => {
        if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
        return new URL(path, `moz-extension://${uuid}/`).href;
      };
      return {
        name: 'firefox',
        page: wrap(first),
        newPage: async () => wrap(await browser.newPage()),
        extensionUrl,
        openExtensionPage: async (path) => {
          const url = extensionUrl(path);
          const page = wrap(await browser.newPage());
          await page.goto(url);
          return page;
        },
        unexpectedRequests: () => log.unexpected(),
        stopBackground: async () => (geckoId ? terminateBackground(browser, geckoId) : false),
        setSiteAccess: async (allowed) => {
          if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
          await setHostAccess(browser, geckoId, await readSiteOrigins(extensionDir), allowed);
        },
        close: async () => {
          const pid = browser.process()?.pid;
          await browser.close();
          if (pid) await processGroupGone(pid);
          await log.close();
        },
      };
    } catch (e) {
      await browser.close();
      throw e;
    }
  } catch (e) {
    await log.close();
    throw e;
  }
}

// Firefox's main process exits before its helpers (forkserver, crashhelper, RDD, utility), which are
// left to PID 1 to reap, a second or two later. Puppeteer started Firefox as the leader of its own
// process group, so wait until that group is empty: when close() returns, nothing of it is left,
// not even a zombie. Anything still running after 5 s is killed.
async function processGroupGone(pgid: number): Promise<void> {
  const alive = (): boolean => {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const started = Date.now();
  let killed = false;
  while (alive() && Date.now() - started < 10_000) {
    if (!killed && Date.now() - started > 5_000) {
      killed = true;
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function firefoxPrefs(log: RequestLog, colorScheme: 'light' | 'dark'): Record<string, unknown> {
  const proxyPort = log.port;
  return {
    // All traffic through the counting proxy, loopback included (Firefox never proxies localhost
    // unless allow_hijacking_localhost), and never around it when it refuses.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    // No name lookups of our own: DNS is not HTTP, so the proxy would not see it.
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.predictor.enabled': false,
    // The browser's own traffic: Remote Settings (blocklists and the like, fetched as soon as an
    // add-on is installed) goes to the proxy's sink, where it is not counted as ours.
    'services.settings.server': `${log.sinkOrigin}/remote-settings/v1`,
    // MV3 host permissions (content_scripts matches count as such) are opt-in in Firefox. This pref
    // grants the manifest's origins at ADDON_INSTALL, which a temporary install is too
    // (Extension.sys.mjs). Firefox 153 ships it true (greprefs.js); set anyway, because with it
    // false the content script silently never runs (checked).
    'extensions.originControls.grantByDefault': true,
    // 0 = dark, 1 = light: what prefers-color-scheme reports to content.
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
  };
}

/** The origins an MV3 add-on's content scripts ask for: Firefox grants them as host permissions. */
async function readSiteOrigins(extensionDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[] }[];
    host_permissions?: string[];
  };
  return [...new Set([...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])])];
}

async function readGeckoId(extensionDir: string): Promise<string | null> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: unknown } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  return typeof id === 'string' ? id : null;
}

function wrap(page: Page): TestPage {
  // Puppeteer's evaluate runs in the page's main world (BiDi script.callFunction, default realm);
  // on an extension page that is the extension's own world, with browser.* and chrome.*.
  const evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> =>
    page.evaluate(fn as (arg: unknown) => T | Promise<T>, arg as unknown) as Promise<T>;
  return {
    goto: async (url) => {
      // A goto to a moz-extension:// page never resolves (it settles when a later ordinary
      // navigation of the tab does, or rejects "Frame detached" when the tab closes).
      if (url.startsWith('moz-extension:')) await navigateAndWait((u) => page.goto(u), evaluate, url);
      else await page.goto(url, { waitUntil: 'load' });
    },
    evaluate,
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    runScript: async (source) => {
      await page.evaluate(`${source}\n;undefined`);
    },
    tap: (x, y) => page.touchscreen.tap(x, y),
    keyPress: (key) => page.keyboard.press(key as KeyInput),
    typeText: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path: path as `${string}.png`, type: 'png' });
    },
    close: () => page.close(),
  };
}
