import type { Runtime } from 'webextension-polyfill';
import { cardFor, refTo } from '../core/dataset/card';
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
  'content-bg:get-card': async ({ entity }) => cardFor((await loadDataset()).index, entity),
  'content-bg:entity-indexes': async ({ ids }) => {
    const { index } = await loadDataset();
    return ids.flatMap((id) => index.positions.get(id) ?? []);
  },
  'content-bg:page-stats': async ({ entityCount }, sender) => {
    if (sender.tab?.id !== undefined) await setBadgeCount(sender.tab.id, entityCount);
  },
  'content-bg:has-access': async (_message, sender) => senderHasAccess(sender),
  'ui-bg:get-labels': async ({ ids }) => {
    const { index } = await loadDataset();
    return ids.flatMap((id) => {
      const e = index.entities.get(id);
      return e ? [refTo(index, e)] : [];
    });
  },
  'ui-bg:label-entities': async ({ entities }) => {
    const { index } = await loadDataset();
    return entities.flatMap((position) => {
      const e = index.ordered[position];
      return e ? [refTo(index, e)] : [];
    });
  },
};

export function isBackgroundMessage(type: MessageType): type is BackgroundMessageType {
  return Object.hasOwn(handlers, type);
}
