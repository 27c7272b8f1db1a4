import type { Runtime } from 'webextension-polyfill';
import { cardFor } from '../core/dataset/card';
import type { Message, MessageType, ResponseOf } from '../common/messages';
import { setBadgeCount } from './badge';
import { loadDataset } from './dataset-store';
import { senderHasAccess } from './site-access';

type BackgroundMessageType = Extract<MessageType, `${string}-bg:${string}`>;
type Handlers = {
  [K in BackgroundMessageType]: (message: Extract<Message, { type: K }>, sender: Runtime.MessageSender) => Promise<ResponseOf<K>>;
};

export const handlers: Handlers = {
  'content-bg:get-matcher': async () => (await loadDataset()).matcherTable,
  'content-bg:get-card': async ({ entityId }) => cardFor((await loadDataset()).index, entityId),
  'content-bg:page-stats': async ({ entityCount }, sender) => {
    if (sender.tab?.id !== undefined) await setBadgeCount(sender.tab.id, entityCount);
  },
  'content-bg:has-access': async (_message, sender) => senderHasAccess(sender),
  'ui-bg:get-labels': async ({ ids }) => {
    const { index } = await loadDataset();
    return ids.flatMap((id) => {
      const e = index.entities.get(id);
      return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
    });
  },
};

export function isBackgroundMessage(type: MessageType): type is BackgroundMessageType {
  return Object.hasOwn(handlers, type);
}
