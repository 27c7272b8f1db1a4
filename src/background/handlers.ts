import { cardFor } from '../core/dataset/card';
import type { Message, MessageType, ResponseOf } from '../common/messages';
import { loadDataset } from './dataset-store';

type Handlers = { [K in MessageType]: (message: Extract<Message, { type: K }>) => Promise<ResponseOf<K>> };

export const handlers: Handlers = {
  'content-bg:get-matcher': async () => (await loadDataset()).matcherTable,
  'content-bg:get-card': async ({ entityId }) => cardFor((await loadDataset()).index, entityId),
};
