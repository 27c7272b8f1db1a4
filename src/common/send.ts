import browser from 'webextension-polyfill';
import type { MessageMap, MessageType, ResponseOf } from './messages';

/** Sends a typed message to the background and returns its typed response. */
export async function send<K extends MessageType>(
  type: K,
  request: MessageMap[K]['request'],
): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage({ type, ...request })) as ResponseOf<K>;
}

/** Sends a typed message to the content script of one tab. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  request: MessageMap[K]['request'],
): Promise<ResponseOf<K>> {
  return (await browser.tabs.sendMessage(tabId, { type, ...request })) as ResponseOf<K>;
}
