import { ENTITY_TYPES, type EntityType } from '../dataset/schema';

export const MARK_STYLES = ['underline', 'tint', 'both'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

export interface Settings {
  /** Off switch for every site ("pause everywhere"). */
  enabled: boolean;
  /** Per-site exceptions by host name: 'deny' turns Backstory off there. */
  sites: Record<string, 'allow' | 'deny'>;
  /** Entity types that are marked. */
  types: EntityType[];
  markStyle: MarkStyle;
  /** How long the pointer rests on a mark before its card opens. */
  hoverDelayMs: number;
  /** Mark every mention, or only the first of each entity. */
  mentions: 'all' | 'first';
  /** Look in the article only, or in the whole page. */
  scope: 'article' | 'page';
  /** Entity ids the reader asked not to highlight. */
  muted: string[];
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  sites: {},
  types: [...ENTITY_TYPES],
  markStyle: 'both',
  hoverDelayMs: 150,
  mentions: 'all',
  scope: 'article',
  muted: [],
}) as Settings;

export const HOVER_DELAY_RANGE = { min: 0, max: 1500 } as const;

/** Whether Backstory runs on a host, given the switches. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && settings.sites[host] !== 'deny';
}
