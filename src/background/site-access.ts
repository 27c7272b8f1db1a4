import browser, { type Runtime } from 'webextension-polyfill';
import { sendToTab } from '../common/send';

/**
 * Whether the extension may still read the sender's site. Asked by content scripts, which have no
 * permissions API. The pattern has no port: match patterns cover every port of a host.
 */
export async function senderHasAccess(sender: Runtime.MessageSender): Promise<boolean> {
  const url = sender.url ? new URL(sender.url) : null;
  if (!url || !/^https?:$/.test(url.protocol)) return false;
  return browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] });
}

/**
 * The reader can take site access away (Firefox: the add-on's permissions, or "Always allow on
 * this site"; Chromium: the extension's site access) and give it back. A content script already
 * running is not stopped by the browser, so every tab is told and asks for itself. Without the
 * "tabs" permission tabs.query still gives ids, which is all sendMessage needs; tabs without our
 * content script simply fail.
 */
export function watchSiteAccess(): void {
  const tellTabs = async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void sendToTab(tab.id, 'bg-content:access-changed', {}).catch(() => undefined);
    }
  };
  browser.permissions.onRemoved.addListener(() => void tellTabs());
  browser.permissions.onAdded.addListener(() => void tellTabs());
}
