import { describe, expect, it } from 'vitest';
import { parseSettings } from './parse-settings';
import { DEFAULT_SETTINGS, isActiveOn } from './settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored, with no problem reported', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and replaces only the corrupt ones, naming them', () => {
    const { settings, problems } = parseSettings({
      enabled: false,
      sites: { 'news.example': 'deny' },
      types: ['person', 'planet'],
      hoverDelayMs: 99999,
      markStyle: 'tint',
      extra: 'dropped',
    });
    expect(settings.enabled).toBe(false);
    expect(settings.sites).toEqual({ 'news.example': 'deny' });
    expect(settings.markStyle).toBe('tint');
    expect(settings.types).toEqual(DEFAULT_SETTINGS.types);
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(problems.sort()).toEqual(['hoverDelayMs', 'types']);
    expect(settings).not.toHaveProperty('extra');
  });

  it('survives garbage of any shape', () => {
    for (const junk of [null, 42, 'x', [1, 2], { sites: { 'bad host!': 'deny' } }]) {
      expect(parseSettings(junk).settings.enabled).toBe(true);
    }
    expect(parseSettings({ sites: { 'bad host!': 'deny' } }).problems).toEqual(['sites']);
  });

  // A tab asks the background for the muted entities by id, and an empty id is no message it takes.
  it('resets a muted list holding an empty id, and only that setting', () => {
    const { settings, problems } = parseSettings({ muted: ['sergei-lavrov', ''], markStyle: 'underline' });
    expect(problems).toEqual(['muted']);
    expect(settings.muted).toEqual([]);
    expect(settings.markStyle).toBe('underline');
    expect(parseSettings({ muted: ['sergei-lavrov'] }).settings.muted).toEqual(['sergei-lavrov']);
  });

  it('never hands out the shared defaults object', () => {
    const { settings } = parseSettings(undefined);
    settings.muted.push('x');
    expect(DEFAULT_SETTINGS.muted).toEqual([]);
  });
});

describe('isActiveOn', () => {
  it('honours the global switch and per-site denials', () => {
    const base = parseSettings(undefined).settings;
    expect(isActiveOn(base, 'news.example')).toBe(true);
    expect(isActiveOn({ ...base, sites: { 'news.example': 'deny' } }, 'news.example')).toBe(false);
    expect(isActiveOn({ ...base, enabled: false }, 'news.example')).toBe(false);
  });
});
