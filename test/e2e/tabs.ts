// Page-world functions for extension pages (run through TestPage.evaluate on an extension page):
// self-contained, since they are serialised and sent to the browser.

interface TabInfo {
  id: number;
  url?: string;
}

interface TabsApi {
  tabs: {
    query(q: object): Promise<TabInfo[]>;
    getCurrent(): Promise<TabInfo | undefined>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

/**
 * Ids of the tabs that could show `url`, asked from an extension page. Backstory has no "tabs"
 * permission, so Chromium hides every other tab's URL (and a tabs.query({url}) filter finds
 * nothing); Firefox shows it. So: every tab but this one and the extension's own pages, whose URL is
 * either hidden or `url`.
 */
export function candidateTabs(url: string): Promise<number[]> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  const api = g.browser ?? g.chrome;
  return Promise.all([api.tabs.query({}), api.tabs.getCurrent()]).then(([tabs, self]) =>
    tabs
      .filter((t) => t.id !== self?.id && !t.url?.startsWith(location.origin) && (t.url === undefined || t.url === url))
      .map((t) => t.id),
  );
}


/** Sends a message to a tab's content script as the extension would (from one of its pages). */
export function messageTab(arg: { tabId: number; message: unknown }): Promise<unknown> {
  const g = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
  return (g.browser ?? g.chrome).tabs.sendMessage(arg.tabId, arg.message);
}
