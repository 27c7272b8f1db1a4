import browser from 'webextension-polyfill';
import { parseSettings, type ParsedSettings } from '../core/settings/parse-settings';
import type { Settings } from '../core/settings/settings';

const KEY = 'settings';

export interface LoadedSettings extends ParsedSettings {
  /** Where they came from: 'local' when sync storage is unavailable or full. */
  area: 'sync' | 'local';
}

/** Settings from storage.sync, falling back to storage.local; corrupt fields fall back to defaults. */
export async function loadSettings(): Promise<LoadedSettings> {
  const { useLocalSettings: useLocal } = await browser.storage.local.get('useLocalSettings').catch(() => ({}) as Record<string, unknown>);
  if (!useLocal) {
    try {
      const stored = await browser.storage.sync.get(KEY);
      return { ...parseSettings(stored[KEY]), area: 'sync' };
    } catch {
      // storage.sync can be disabled by policy or unavailable: use local storage instead.
    }
  }
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return { ...parseSettings(stored[KEY]), area: 'local' };
}

/** Validates and stores a change; falls back to local storage when sync refuses (quota, policy). */
export async function saveSettings(change: Partial<Settings>): Promise<LoadedSettings> {
  const current = await loadSettings();
  const { settings, problems } = parseSettings({ ...current.settings, ...change });
  if (problems.length > 0) throw new Error(`invalid settings: ${problems.join(', ')}`);
  try {
    if (current.area === 'local') throw new Error('using local storage');
    await browser.storage.sync.set({ [KEY]: settings });
    return { settings, problems: [], area: 'sync' };
  } catch {
    await browser.storage.local.set({ [KEY]: settings, useLocalSettings: true });
    return { settings, problems: [], area: 'local' };
  }
}

/** Calls `listener` with fresh settings whenever they change in either area, until `signal` aborts. */
export function watchSettings(listener: (loaded: LoadedSettings) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, unknown>) => {
    if (KEY in changes) void loadSettings().then((loaded) => signal.aborted || listener(loaded));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged));
}
