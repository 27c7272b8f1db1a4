import browser, { type Runtime } from 'webextension-polyfill';
import { parseMessage, type Message } from '../common/messages';
import { listenForCommands } from './commands';
import { handlers, isBackgroundMessage } from './handlers';
import { watchSiteAccess } from './site-access';

function dispatch(message: Message, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isBackgroundMessage(message.type)) return undefined;
  const handler = handlers[message.type] as (m: Message, s: Runtime.MessageSender) => Promise<unknown>;
  return handler(message, sender);
}

// Listeners take `unknown`: anything not exactly one of our messages, or not from this extension,
// is ignored (returning undefined lets other listeners answer).
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const parsed = parseMessage(message);
  return parsed ? dispatch(parsed, sender) : undefined;
});

listenForCommands();
watchSiteAccess();
