import browser from 'webextension-polyfill';
import { sendToTab } from '../common/send';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

/** Keyboard shortcuts (rebindable in the browser's shortcut settings) go to the active tab. */
export function listenForCommands(): void {
  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    const direction = DIRECTIONS[command];
    if (direction === undefined) return;
    const send = (tabId: number) => sendToTab(tabId, 'bg-content:step-mention', { direction }).catch(() => undefined);
    if (tab?.id !== undefined) {
      void send(tab.id);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(async ([active]) => {
      if (active?.id !== undefined) await send(active.id);
    });
  });
}
