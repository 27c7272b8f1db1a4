import { NEVER_SCANNED, tagFlags } from './tags';

/** Whether no text under `el` may ever be marked, whatever the scope: code, form fields, embedded documents, our own UI. */
export function isNeverScanned(el: Element, flags: number = tagFlags(el)): boolean {
  if (flags & NEVER_SCANNED) return true;
  // Most elements have no attributes: one call settles them (this runs for every element read).
  if (!el.hasAttributes()) return false;
  // The attribute, not isContentEditable: the walk never enters an editable element, so what is
  // inside one is never reached, and linkedom (the CLI's DOM) has no isContentEditable.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
