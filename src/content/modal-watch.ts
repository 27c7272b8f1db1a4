/**
 * Calls `onModal` whenever the page opens a modal <dialog>: it goes above the card in the top
 * layer and makes everything else inert, the card included, so the card should close. An
 * attribute observer (only the `open` attribute) sees showModal() whatever holds focus.
 */
export function watchModalDialogs(doc: Document, onModal: () => void, signal: AbortSignal): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win) return;
  const isModal = (el: Element) => {
    try {
      return el.localName === 'dialog' && el.hasAttribute('open') && el.matches(':modal');
    } catch {
      return false; // a browser without :modal: leave the card as it is
    }
  };
  const observer = new win.MutationObserver((records) => {
    if (records.some((record) => isModal(record.target as Element))) onModal();
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['open'], subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
