/** When to look again, after a scan, for components that had not been defined yet (ms). */
const CHECK_AFTER_MS = [250, 1000, 3000, 10_000];

/**
 * Custom elements the page has not defined yet when the article is read get their shadow root
 * later, when the page's script defines them; no MutationObserver reports that (their light DOM
 * does not change). So the undefined ones under `root` are looked at again a few times, and
 * the shadow roots found are reported. Stops when none are left, or `signal` aborts.
 */
export function watchLateComponents(root: Element, win: Window, onAttached: (roots: ShadowRoot[]) => void, signal: AbortSignal): void {
  let waiting = [...root.querySelectorAll(':not(:defined)')];
  let step = 0;
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    if (signal.aborted) return;
    const attached = waiting.flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
    waiting = waiting.filter((el) => el.isConnected && !el.shadowRoot);
    if (attached.length > 0) onAttached(attached);
    schedule();
  };
  const schedule = () => {
    const delay = CHECK_AFTER_MS[step++];
    if (waiting.length > 0 && delay !== undefined) timer = win.setTimeout(check, delay - (CHECK_AFTER_MS[step - 2] ?? 0));
  };
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  schedule();
}
