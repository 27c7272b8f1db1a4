import browser from 'webextension-polyfill';

/** Shows how many entities the page has on the toolbar button of that tab only. */
export async function setBadgeCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#1f3a5f', tabId });
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 999)) : '', tabId });
}
