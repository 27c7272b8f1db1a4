import browser, { type Runtime } from 'webextension-polyfill';
import { parseMessage, type PageSummary } from '../common/messages';

/** What the toolbar popup can ask of the page Backstory is running on. */
export interface PageHandle {
  entityCounts(): { id: string; count: number }[];
  /** Scrolls to the entity's first mention and opens its card; false if it is not on the page. */
  reveal(entityId: string): boolean;
}

/**
 * Answers the toolbar popup. Only the extension's own pages may ask (the popup, or a tab showing
 * it): content scripts of other frames and web pages are ignored.
 */
export function answerPopup(current: () => { page: PageHandle | null; active: boolean }, signal: AbortSignal): void {
  const ownPages = browser.runtime.getURL('');
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(ownPages)) return undefined;
    const parsed = parseMessage(message);
    if (!parsed) return undefined;
    const { page, active } = current();
    switch (parsed.type) {
      case 'popup-content:get-summary': {
        const summary: PageSummary = { host: location.hostname, active, entities: page?.entityCounts() ?? [] };
        return Promise.resolve(summary);
      }
      case 'popup-content:reveal':
        return Promise.resolve(page?.reveal(parsed.entityId) ?? false);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
