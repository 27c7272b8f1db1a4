import browser from 'webextension-polyfill';

const CHECK_EVERY_MS = 3000;

/** True while this content script still belongs to a live extension (false after a reload or update). */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false; // Firefox: the old script's wrappers are dead objects
  }
}

/**
 * Calls `onOrphaned` once the extension that injected this script is reloaded, updated or
 * removed, so the old copy removes its marks and listeners instead of failing on the next hover.
 * Checked on a slow timer and whenever the tab becomes visible; costs a property read.
 */
export function watchForOrphaning(onOrphaned: () => void, signal: AbortSignal, isAlive = extensionAlive, win: Window = window): void {
  const check = () => {
    if (!signal.aborted && !isAlive()) onOrphaned();
  };
  const timer = win.setInterval(check, CHECK_EVERY_MS);
  win.document.addEventListener('visibilitychange', check, { signal });
  signal.addEventListener('abort', () => win.clearInterval(timer));
}
