const INSTANCE = Symbol.for('backstory.content-script');
type Scope = typeof globalThis & { [INSTANCE]?: AbortController };

/**
 * Claims the page for this copy of the content script. A copy injected earlier into the same
 * world (Firefox re-injects after an update) is stopped first: the newest copy wins, so there is
 * one host element and one set of marks.
 */
export function claimInstance(scope: typeof globalThis = globalThis): AbortController {
  const s = scope as Scope;
  s[INSTANCE]?.abort();
  const controller = new AbortController();
  s[INSTANCE] = controller;
  controller.signal.addEventListener('abort', () => {
    if (s[INSTANCE] === controller) delete s[INSTANCE];
  });
  return controller;
}
