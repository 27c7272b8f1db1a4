/** Elements whose text is never scanned: code, form fields, embedded documents, our own UI. */
const NEVER_SCANNED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'BACKSTORY-HOST',
]);

/** Whether no text under `el` may ever be marked, whatever the scope. */
export function isNeverScanned(el: Element): boolean {
  if (NEVER_SCANNED.has(el.tagName.toUpperCase())) return true;
  // Most elements have no attributes: one call settles them (this runs for every element read).
  if (!el.hasAttributes()) return false;
  // The attribute, not isContentEditable: the walk never enters an editable element, so what is
  // inside one is never reached, and linkedom (the CLI's DOM) has no isContentEditable.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
