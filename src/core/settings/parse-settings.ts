import { ENTITY_TYPES } from '../dataset/schema';
import { DEFAULT_SETTINGS, HOVER_DELAY_RANGE, MARK_STYLES, type Settings } from './settings';

export interface ParsedSettings {
  settings: Settings;
  /** Fields that were present but invalid and fell back to their defaults. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const HOST = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/;

/**
 * Reads stored settings defensively: every field is checked on its own, so one corrupt value
 * costs only that value, never the rest. Unknown fields are dropped.
 */
export function parseSettings(stored: unknown): ParsedSettings {
  const problems: string[] = [];
  const s = isRecord(stored) ? stored : {};
  if (stored !== undefined && !isRecord(stored)) problems.push('settings');
  const pick = <K extends keyof Settings>(key: K, valid: (v: unknown) => boolean): Settings[K] => {
    if (!(key in s)) return structuredClone(DEFAULT_SETTINGS[key]);
    if (valid(s[key])) return structuredClone(s[key]) as Settings[K];
    problems.push(key);
    return structuredClone(DEFAULT_SETTINGS[key]);
  };
  const settings: Settings = {
    enabled: pick('enabled', (v) => typeof v === 'boolean'),
    sites: pick('sites', (v) => isRecord(v) && Object.entries(v).every(([h, r]) => HOST.test(h) && (r === 'allow' || r === 'deny'))),
    types: pick('types', (v) => Array.isArray(v) && v.every((t) => (ENTITY_TYPES as readonly unknown[]).includes(t))),
    markStyle: pick('markStyle', (v) => (MARK_STYLES as readonly unknown[]).includes(v)),
    hoverDelayMs: pick(
      'hoverDelayMs',
      (v) => Number.isInteger(v) && (v as number) >= HOVER_DELAY_RANGE.min && (v as number) <= HOVER_DELAY_RANGE.max,
    ),
    mentions: pick('mentions', (v) => v === 'all' || v === 'first'),
    scope: pick('scope', (v) => v === 'article' || v === 'page'),
    muted: pick('muted', (v) => Array.isArray(v) && v.length <= 10_000 && v.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 200)),
  };
  return { settings, problems };
}
