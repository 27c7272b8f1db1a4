// What only Firefox's own UI can do to an add-on, done the same way for tests: terminate its event
// page (about:debugging's "Terminate background script") and grant or take away its host
// permissions (about:addons' Permissions tab). WebDriver BiDi has no command for either, but with
// --remote-allow-system-access Firefox lets a BiDi session list its privileged (chrome) windows
// (`moz:scope: "chrome"`) and evaluate script there, where the modules behind that UI live.
import type { Browser } from 'puppeteer-core';

interface RawBidi {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Evaluates `expression` (a promise of a JSON string) in Firefox's first chrome window. */
async function runInChrome(browser: Browser, expression: string): Promise<unknown> {
  // puppeteer-core 24 keeps its BiDi connection on the browser object; only `send` is used.
  const bidi = (browser as unknown as { connection: RawBidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = tree.result.contexts as { context: string }[];
  if (!window) throw new Error('Firefox listed no chrome window (is --remote-allow-system-access set?)');
  const evaluated = await bidi.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  const value = (evaluated.result as { result?: { value?: unknown } }).result?.value;
  if (typeof value !== 'string') throw new Error(`unexpected answer from Firefox: ${JSON.stringify(evaluated.result)}`);
  return JSON.parse(value);
}

/** Stops the add-on's event page; true once Firefox reports it was running and is stopped. */
export async function terminateBackground(browser: Browser, addonId: string): Promise<boolean> {
  const id = JSON.stringify(addonId);
  const { before, after } = (await runInChrome(
    browser,
    `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const debug = ExtensionParent.DebugUtils;
      const before = debug.isBackgroundScriptRunning(${id});
      await debug.terminateBackgroundScript(${id});
      return JSON.stringify({ before, after: debug.isBackgroundScriptRunning(${id}) });
    })()`,
  )) as { before: boolean; after: boolean };
  return before === true && after === false;
}

/** Grants or takes away host permissions for `origins`, as the reader does in about:addons. */
export async function setHostAccess(browser: Browser, addonId: string, origins: string[], allowed: boolean): Promise<void> {
  await runInChrome(
    browser,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension;
      const change = { permissions: [], origins: ${JSON.stringify(origins)} };
      await ExtensionPermissions.${allowed ? 'add' : 'remove'}(${JSON.stringify(addonId)}, change, extension);
      return '""';
    })()`,
  );
}
