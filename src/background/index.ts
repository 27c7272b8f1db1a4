import browser, { type Runtime } from 'webextension-polyfill';
import { parseMessage, type Message } from '../common/messages';
import { handlers } from './handlers';

function dispatch(message: Message): Promise<unknown> {
  const handler = handlers[message.type] as (m: Message) => Promise<unknown>;
  return handler(message);
}

// Listeners take `unknown`: anything not exactly one of our messages, or not from this extension,
// is ignored (returning undefined lets other listeners answer).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(message);
  return parsed ? dispatch(parsed) : undefined;
});
