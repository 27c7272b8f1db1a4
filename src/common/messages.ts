import type { EntityCard } from '../core/dataset/card';
import type { MatcherTable } from '../core/dataset/matcher-table';

/**
 * Every message between contexts, in one map: name → request payload and response. Names say the
 * direction (content → background). Receivers validate with `parseMessage`; senders use `send`,
 * so a wrong payload fails to compile.
 */
export interface MessageMap {
  'content-bg:get-matcher': { request: Record<string, never>; response: MatcherTable };
  'content-bg:get-card': { request: { entityId: string }; response: EntityCard | null };
}

export type MessageType = keyof MessageMap;
export type Message = { [K in MessageType]: { type: K } & MessageMap[K]['request'] }[MessageType];
export type ResponseOf<K extends MessageType> = MessageMap[K]['response'];

const validators: { [K in MessageType]: (o: Record<string, unknown>) => boolean } = {
  'content-bg:get-matcher': (o) => Object.keys(o).length === 1,
  'content-bg:get-card': (o) => typeof o.entityId === 'string' && o.entityId.length <= 200 && Object.keys(o).length === 2,
};

/** Returns the message if `value` is exactly one of ours, else null. */
export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null;
  const o = value as Record<string, unknown>;
  if (typeof o.type !== 'string' || !Object.hasOwn(validators, o.type)) return null;
  return validators[o.type as MessageType](o) ? (o as unknown as Message) : null;
}

export function isMessageType(value: string): value is MessageType {
  return Object.hasOwn(validators, value);
}
