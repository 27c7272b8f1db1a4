import browser from 'webextension-polyfill';
import { isActiveOn } from '../../core/settings/settings';
import type { PageSummary, StepBack } from '../../common/messages';
import { send, sendToTab } from '../../common/send';
import { loadSettings, type LoadedSettings } from '../../common/settings-store';
import type { PopupEntity } from './group-entities';

export type PopupState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, the PDF viewer, a store, or a page still loading. */
  /** `limitedAccess`: the reader has taken away some site access, which may be why nothing answers. */
  | { kind: 'unavailable'; loaded: LoadedSettings; limitedAccess: boolean }
  | { kind: 'page'; tabId: number; host: string; active: boolean; entities: PopupEntity[]; stepBack: StepBack | null; loaded: LoadedSettings };

/** Sites the manifest's content script asks for; the reader may have withdrawn some. */
const ALL_SITES = ['http://*/*', 'https://*/*'];

async function unavailable(loaded: LoadedSettings): Promise<PopupState> {
  const limitedAccess = !(await browser.permissions.contains({ origins: ALL_SITES }).catch(() => true));
  return { kind: 'unavailable', loaded, limitedAccess };
}

/**
 * The tab the popup describes: the active tab, or the one named by `?tab=ID` (how end-to-end
 * tests, where the popup is opened as a tab of its own, point it at a page).
 */
async function targetTabId(search: string): Promise<number | undefined> {
  const requested = new URLSearchParams(search).get('tab');
  if (requested !== null && /^\d{1,10}$/.test(requested)) return Number(requested);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function loadPopupState(search: string = location.search): Promise<PopupState> {
  try {
    return await loadState(search);
  } catch {
    return unavailable(await loadSettings());
  }
}

async function loadState(search: string): Promise<PopupState> {
  const loaded = await loadSettings();
  const tabId = await targetTabId(search);
  if (tabId === undefined) return unavailable(loaded);
  let summary: PageSummary;
  try {
    summary = await sendToTab(tabId, 'popup-content:get-summary', {});
    if (!isSummary(summary)) return unavailable(loaded);
  } catch {
    return unavailable(loaded);
  }
  const labels = await send('ui-bg:label-entities', { entities: summary.entities.map((e) => e.entity) });
  const counts = new Map(summary.entities.map((e) => [e.entity, e.count]));
  const entities = labels.map((label) => ({ ...label, count: counts.get(label.entity) ?? 0 }));
  // Whether it runs follows from the settings just loaded: the tab may not have applied a change
  // the popup has only just saved.
  const active = isActiveOn(loaded.settings, summary.host);
  const stepBack = summary.stepBack ?? null;
  return { kind: 'page', tabId, host: summary.host, active, entities: active && !stepBack ? entities : [], stepBack, loaded };
}

/** A tab with no content script may answer nothing (Firefox resolves undefined): check the shape. */
function isSummary(value: unknown): value is PageSummary {
  const v = value as PageSummary | undefined;
  return !!v && typeof v.host === 'string' && Array.isArray(v.entities) && v.entities.every((e) => Number.isInteger(e?.entity) && Number.isInteger(e.count));
}
