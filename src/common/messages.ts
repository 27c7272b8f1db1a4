import type { EntityCard } from '../core/dataset/card';
import type { MatcherTable } from '../core/dataset/matcher-table';
import type { EntityType } from '../core/dataset/schema';
import { MAX_ENTITIES } from '../core/match/compiled-aliases';

/**
 * Why Backstory left a page it was running on: `busy-page`, the page changes too fast to follow
 * (src/content/churn-limit.ts); `no-access`, the reader took the site's permission away.
 */
export type StepBack = 'busy-page' | 'no-access';

/** What the toolbar popup shows about the open page. */
export interface PageSummary {
  host: string;
  /** Whether Backstory is running on this page (settings may have turned it off). */
  active: boolean;
  /** Entities marked on the page (by index in the dataset), with how many mentions each. */
  entities: { entity: number; count: number }[];
  stepBack: StepBack | null;
}

export interface EntityLabel {
  id: string;
  /** The entity's index in the dataset, how tabs name it. */
  entity: number;
  name: string;
  type: EntityType;
}

/**
 * Every message between contexts, in one map: name → request payload and response. Names say the
 * direction (content → background). Receivers validate with `parseMessage`; senders use `send`,
 * so a wrong payload fails to compile. Tabs name an entity by its index in the dataset (`entity`):
 * they are not sent the ids, which would make the matcher a third bigger to load. Ids (`id`) are
 * what settings store, since they outlive a dataset's order.
 */
export interface MessageMap {
  'content-bg:get-matcher': { request: Record<string, never>; response: MatcherTable };
  'content-bg:get-card': { request: { entity: number }; response: EntityCard | null };
  /** The indexes of the entities the reader muted (settings keep ids); unknown ids are left out. */
  'content-bg:entity-indexes': { request: { ids: string[] }; response: number[] };
  /** The content script reports what it marked, for the toolbar badge. */
  'content-bg:page-stats': { request: { entityCount: number }; response: void };
  /** Whether the extension may still read the sender's site (content scripts have no permissions API). */
  'content-bg:has-access': { request: Record<string, never>; response: boolean };
  /** A site permission was added or removed: each page asks whether it is still allowed. */
  'bg-content:access-changed': { request: Record<string, never>; response: void };
  'ui-bg:get-labels': { request: { ids: string[] }; response: EntityLabel[] };
  'ui-bg:label-entities': { request: { entities: number[] }; response: EntityLabel[] };
  'popup-content:get-summary': { request: Record<string, never>; response: PageSummary };
  /** A keyboard shortcut: move to the next (1) or previous (-1) mention and open its card. */
  'bg-content:step-mention': { request: { direction: 1 | -1 }; response: void };
  /** Scroll to the entity's first mention and open its card. */
  'popup-content:reveal': { request: { entity: number }; response: boolean };
}

export type MessageType = keyof MessageMap;
export type Message = { [K in MessageType]: { type: K } & MessageMap[K]['request'] }[MessageType];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

const validators: { [K in MessageType]: (o: Record<string, unknown>) => boolean } = {
  'content-bg:get-matcher': (o) => Object.keys(o).length === 1,
  'content-bg:get-card': (o) => isEntity(o.entity) && Object.keys(o).length === 2,
  'content-bg:entity-indexes': (o) => isIdList(o.ids) && Object.keys(o).length === 2,
  'content-bg:page-stats': (o) => Number.isInteger(o.entityCount) && (o.entityCount as number) >= 0 && Object.keys(o).length === 2,
  'content-bg:has-access': (o) => Object.keys(o).length === 1,
  'bg-content:access-changed': (o) => Object.keys(o).length === 1,
  'ui-bg:get-labels': (o) => isIdList(o.ids) && Object.keys(o).length === 2,
  'ui-bg:label-entities': (o) => Array.isArray(o.entities) && o.entities.length <= MAX_LIST && o.entities.every(isEntity) && Object.keys(o).length === 2,
  'bg-content:step-mention': (o) => (o.direction === 1 || o.direction === -1) && Object.keys(o).length === 2,
  'popup-content:get-summary': (o) => Object.keys(o).length === 1,
  'popup-content:reveal': (o) => isEntity(o.entity) && Object.keys(o).length === 2,
};

const MAX_LIST = 10_000;

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_LIST && value.every(isId);
}

/** An index into the dataset's entities. */
function isEntity(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < MAX_ENTITIES;
}

/** Returns the message if `value` is exactly one of ours, else null. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.type !== 'string' || !Object.hasOwn(validators, o.type)) return null;
  return validators[o.type as MessageType](o) ? (o as unknown as Message) : null;
}
