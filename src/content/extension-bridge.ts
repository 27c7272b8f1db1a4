import type { Settings } from '../core/settings/settings';
import browser, { type Runtime } from 'webextension-polyfill';
import { parseMessage, type PageSummary, type StepBack } from '../common/messages';

/** What the toolbar popup and the keyboard shortcuts can ask of the page Backstory runs on. */
export interface PageHandle {
  entityCounts(): { entity: number; count: number }[];
  /** Scrolls to the entity's first mention and opens its card; false if it is not on the page. */
  reveal(entity: number): boolean;
  /** Moves to the next or previous mention, marks it as focused and opens its card. */
  step(direction: 1 | -1): void;
  /** Applies changed display settings (kinds shown, muted, first mention only, mark style, hover delay) without reading the page again. */
  restyle(settings: Pick<Settings, 'types' | 'muted' | 'mentions' | 'markStyle' | 'hoverDelayMs'>): void;
}

/** Shortcuts must not steal keys from someone typing (the commands API fires everywhere). */
function isTyping(doc: Document = document): boolean {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el) return false;
  return el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || (el as HTMLElement).isContentEditable;
}

/**
 * Answers the toolbar popup and the background (keyboard commands, site permission changes). Only
 * this extension may ask: popup messages must come from its own pages (the popup, or a tab showing
 * it), the others from its background; web pages and other extensions are ignored.
 */
export function answerExtension(
  current: () => { page: PageHandle | null; active: boolean; stepBack: StepBack | null },
  onAccessChanged: () => Promise<void>,
  signal: AbortSignal,
): void {
  const ownPages = browser.runtime.getURL('');
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = parseMessage(message);
    if (!parsed) return undefined;
    const fromPopup = parsed.type.startsWith('popup-') && !!sender.url?.startsWith(ownPages);
    if (!fromPopup && !parsed.type.startsWith('bg-content:')) return undefined;
    const { page, active, stepBack } = current();
    switch (parsed.type) {
      case 'bg-content:step-mention':
        if (!isTyping()) page?.step(parsed.direction);
        return Promise.resolve();
      case 'bg-content:access-changed':
        return onAccessChanged();
      case 'popup-content:get-summary': {
        const summary: PageSummary = { host: location.hostname, active, entities: page?.entityCounts() ?? [], stepBack };
        return Promise.resolve(summary);
      }
      case 'popup-content:reveal':
        return Promise.resolve(page?.reveal(parsed.entity) ?? false);
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
