import browser from 'webextension-polyfill';
import { send, sendToTab } from '../../common/send';
import { loadSettings, type LoadedSettings } from '../../common/settings-store';
import type { PopupEntity } from './group-entities';

export type PopupState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, the PDF viewer, a store, or a page still loading. */
  | { kind: 'unavailable'; loaded: LoadedSettings }
  | { kind: 'page'; tabId: number; host: string; active: boolean; entities: PopupEntity[]; loaded: LoadedSettings };

/**
 * The tab the popup describes: the active tab, or the one named by `?tab=ID` (how end-to-end
 * tests, where the popup is opened as a tab of its own, point it at a page).
 */
async function targetTabId(search: string): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested >= 0) return requested;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function loadPopupState(search: string = location.search): Promise<PopupState> {
  const loaded = await loadSettings();
  const tabId = await targetTabId(search);
  if (tabId === undefined) return { kind: 'unavailable', loaded };
  let summary;
  try {
    summary = await sendToTab(tabId, 'popup-content:get-summary', {});
  } catch {
    return { kind: 'unavailable', loaded };
  }
  const labels = await send('ui-bg:get-labels', { ids: summary.entities.map((e) => e.id) });
  const counts = new Map(summary.entities.map((e) => [e.id, e.count]));
  const entities = labels.map((label) => ({ ...label, count: counts.get(label.id) ?? 0 }));
  return { kind: 'page', tabId, host: summary.host, active: summary.active, entities, loaded };
}
