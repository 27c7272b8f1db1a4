import { beforeEach, describe, expect, it, vi } from 'vitest';

// Storage full (issue 6, case 17): browsers refuse storage.sync writes past its quota (8 KB an
// item in Chrome), and storage.local can be full or broken too. Checked against a stand-in API.
const storage = vi.hoisted(() => {
  const area = () => ({ data: {} as Record<string, unknown>, refuse: null as string | null });
  const state = { sync: area(), local: area() };
  const api = (name: 'sync' | 'local') => ({
    get: async (key: string) => (key in state[name].data ? { [key]: state[name].data[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      if (state[name].refuse) throw new Error(state[name].refuse!);
      Object.assign(state[name].data, items);
    },
  });
  return { state, sync: api('sync'), local: api('local') };
});

vi.mock('webextension-polyfill', () => ({
  default: { storage: { sync: storage.sync, local: storage.local, onChanged: { addListener() {}, removeListener() {} } } },
}));

const { loadSettings, saveSettings } = await import('./settings-store');

describe('settings storage when it is full', () => {
  beforeEach(() => {
    for (const area of [storage.state.sync, storage.state.local]) {
      area.data = {};
      area.refuse = null;
    }
  });

  it('saves to sync storage while it accepts', async () => {
    const saved = await saveSettings({ hoverDelayMs: 400 });
    expect(saved.area).toBe('sync');
    expect((await loadSettings()).settings.hoverDelayMs).toBe(400);
  });

  it('moves to local storage when sync refuses (quota), and keeps reading from there', async () => {
    storage.state.sync.refuse = 'QUOTA_BYTES_PER_ITEM quota exceeded';
    const saved = await saveSettings({ hoverDelayMs: 500 });
    expect(saved).toMatchObject({ area: 'local', problems: [] });
    storage.state.sync.refuse = null;
    const loaded = await loadSettings();
    expect(loaded.area).toBe('local');
    expect(loaded.settings.hoverDelayMs).toBe(500);
  });

  it('reports a failed save when both areas refuse, leaving what was stored', async () => {
    await saveSettings({ hoverDelayMs: 300 });
    storage.state.sync.refuse = 'quota exceeded';
    storage.state.local.refuse = 'disk full';
    await expect(saveSettings({ hoverDelayMs: 900 })).rejects.toThrow('disk full');
    expect((await loadSettings()).settings.hoverDelayMs).toBe(300);
  });

  it('uses defaults for corrupt stored settings and names what was wrong', async () => {
    storage.state.sync.data.settings = { hoverDelayMs: 'soon', markStyle: 42 };
    const loaded = await loadSettings();
    expect(loaded.problems.sort()).toEqual(['hoverDelayMs', 'markStyle']);
    expect(typeof loaded.settings.hoverDelayMs).toBe('number');
  });
});
