import { highlightsSupported } from './highlighter';
import { runOnPage } from './backstory-page';

const INSTANCE = Symbol.for('backstory.content-script');
type Instance = { controller: AbortController };
const scope = globalThis as typeof globalThis & { [INSTANCE]?: Instance };

function isContextInvalidated(error: unknown): boolean {
  return /context invalidated|Receiving end does not exist|disconnected port/i.test(String(error));
}

function start(): void {
  // Injected twice into one page (e.g. after an update in Firefox): the newer copy takes over.
  scope[INSTANCE]?.controller.abort();
  const controller = new AbortController();
  scope[INSTANCE] = { controller };
  if (window.top !== window || !highlightsSupported()) return;
  runOnPage(controller.signal).catch((error: unknown) => {
    controller.abort();
    // After the extension is reloaded this copy is orphaned: clean up quietly.
    if (!isContextInvalidated(error)) console.warn('Backstory:', error);
  });
}

start();
