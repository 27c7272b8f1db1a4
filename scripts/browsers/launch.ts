// One interface over a real Chromium (Playwright, CDP) and a real Firefox (Puppeteer, WebDriver BiDi)
// with an unpacked extension loaded, so an end-to-end test is written once and run in both.
// Launch recipes and pitfalls: shared/BROWSER-TESTING.md.
import { existsSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import { BROWSER_PATHS } from './paths.js';
import { launchFirefox } from './firefox.js';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  /** Resolves after the page's 'load' event (for an extension page, once its readyState is
   *  'complete': see BrowserSession.openExtensionPage). */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world (not an extension's isolated world). */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Real input events (CDP Input / BiDi input.performActions), in CSS pixels. */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /**
   * Runs a script's source in the page's main world through the automation protocol, which a
   * page's CSP does not govern (extension pages forbid eval, so a library cannot be passed in).
   */
  runScript(source: string): Promise<void>;
  /** A real touch tap (touchstart/touchend and pointer events of type "touch"), in CSS pixels. */
  tap(x: number, y: number): Promise<void>;
  /** A key name such as 'Escape' or 'Tab'. */
  keyPress(key: string): Promise<void>;
  /** Types `text` into whatever has focus, one key event per character. */
  typeText(text: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** PNG of the viewport; creates the parent directories. */
  screenshot(path: string): Promise<void>;
  /** Closes the tab. */
  close(): Promise<void>;
}

export interface BrowserSession {
  name: BrowserName;
  /** One page, already open. */
  page: TestPage;
  newPage(): Promise<TestPage>;
  /** URL of a file in the extension under test: chrome-extension://ID/path in Chromium (the id
   *  of its service worker), moz-extension://UUID/path in Firefox (a UUID pinned at launch for the
   *  manifest's browser_specific_settings.gecko.id; throws if the manifest has none). */
  extensionUrl(path: string): string;
  /** Opens extensionUrl(path) in a new tab; resolves once that document has loaded and its scripts
   *  have run. In Firefox, `goto` to an extension page never resolves; this (and goto on a page
   *  opened this way) does. Extension pages are not network requests: they are never counted by
   *  unexpectedRequests(), but what their scripts fetch is. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Every HTTP(S)/WS request any context of the browser made (pages, workers, the extension's
   *  background) that did not go to one of `allowedOrigins` (e.g. the local test server's origin) —
   *  used to assert the extension makes no network requests. A URL, or `CONNECT host:port` for
   *  HTTPS and WebSockets. */
  unexpectedRequests(): string[];
  /**
   * Stops the extension's background as the browser does when it idles (Chromium: its service
   * worker, through CDP; Firefox: its event page, as about:debugging's "Terminate background
   * script" does) and resolves true once it is stopped; false if it was not running.
   */
  stopBackground(): Promise<boolean>;
  /**
   * Grants or withholds the extension's access to every site it asks for, as the reader can in the
   * browser's settings (Chromium: "Site access" on chrome://extensions, on click or on all sites;
   * Firefox: the add-on's host permissions in about:addons).
   */
  setSiteAccess(allowed: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Origins (scheme://host:port) the browser may reach, e.g. the local test server's. */
  allowedOrigins: string[];
  colorScheme?: 'light' | 'dark';
  /** The reader's display settings: prefers-reduced-motion: reduce, forced-colors: active. */
  reducedMotion?: boolean;
  forcedColors?: boolean;
}

const PATHS: Record<BrowserName, string> = BROWSER_PATHS;

/** Paths of Debian's browsers, or null where one is not installed. */
export function findBrowsers(): { chromium: string | null; firefox: string | null } {
  return {
    chromium: existsSync(PATHS.chromium) ? PATHS.chromium : null,
    firefox: existsSync(PATHS.firefox) ? PATHS.firefox : null,
  };
}

/** Starts `name` headless with the unpacked extension at `extensionDir` installed. */
export async function launchBrowser(
  name: BrowserName,
  extensionDir: string,
  opts: LaunchOptions,
): Promise<BrowserSession> {
  const executable = findBrowsers()[name];
  if (!executable) throw new Error(`${name} is not installed at ${PATHS[name]}`);
  return name === 'chromium'
    ? launchChromium(executable, extensionDir, opts)
    : launchFirefox(executable, extensionDir, opts);
}
