import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Browsers deliver shortcuts only to a real, focused window (headless test browsers get none),
// so the relay from the commands API to the tab is checked here against a stand-in browser API.
const api = vi.hoisted(() => ({
  listeners: [] as ((command: string, tab?: { id?: number }) => void)[],
  sent: [] as [number, unknown][],
  activeTabId: 7 as number | undefined,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    commands: { onCommand: { addListener: (fn: (command: string, tab?: { id?: number }) => void) => api.listeners.push(fn) } },
    tabs: {
      sendMessage: async (tabId: number, message: unknown) => void api.sent.push([tabId, message]),
      query: async () => (api.activeTabId === undefined ? [] : [{ id: api.activeTabId }]),
    },
  },
}));

const { listenForCommands } = await import('./commands');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keyboard commands', () => {
  beforeEach(() => {
    api.listeners.length = 0;
    api.sent.length = 0;
    listenForCommands();
  });

  it('sends next and previous to the tab the command came with', async () => {
    api.listeners[0]!('next-mention', { id: 3 });
    api.listeners[0]!('previous-mention', { id: 3 });
    await settle();
    expect(api.sent).toEqual([
      [3, { type: 'bg-content:step-mention', direction: 1 }],
      [3, { type: 'bg-content:step-mention', direction: -1 }],
    ]);
  });

  it('falls back to the active tab (Chrome gives no tab for some commands) and ignores unknown commands', async () => {
    api.listeners[0]!('next-mention');
    api.listeners[0]!('_execute_action', { id: 3 });
    await settle();
    expect(api.sent).toEqual([[7, { type: 'bg-content:step-mention', direction: 1 }]]);
  });

  it('relays every command the manifest declares, with a default key', async () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };
    const declared = Object.keys(manifest.commands).filter((name) => !name.startsWith('_'));
    expect(declared.sort()).toEqual(['next-mention', 'previous-mention']);
    for (const name of declared) expect(manifest.commands[name]!.suggested_key?.default).toMatch(/^Alt\+Shift\+/);
    for (const name of declared) api.listeners[0]!(name, { id: 1 });
    await settle();
    expect(api.sent).toHaveLength(declared.length);
  });

  it('does nothing when no tab is active', async () => {
    api.activeTabId = undefined;
    api.listeners[0]!('previous-mention');
    await settle();
    expect(api.sent).toEqual([]);
  });
});
