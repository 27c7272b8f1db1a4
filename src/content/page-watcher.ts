import { CHURN_LIMIT, ChurnMeter } from './churn-limit';

/** More records than this in one batch: cheaper to rescan the article once than to follow them. */
export const STORM_RECORDS = CHURN_LIMIT.perBatch;

/** How long records gather before one batch is handled: a re-render arrives as many records. */
const BATCH_DELAY_MS = 60;

/** `overwhelmed`: the page changes faster than it is worth following (churn-limit.ts); watching stops. */
export type PageChange = { kind: 'storm' } | { kind: 'nodes'; changed: Node[] } | { kind: 'overwhelmed' };

const OWN_UI = 'BACKSTORY-HOST';
const WATCHED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface PageWatcher {
  /** Watches an open shadow root too (a web component in the article). */
  observe(root: ShadowRoot): void;
}

function isOwnUi(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === OWN_UI) return true;
  }
  return false;
}

/** Keeps only the outermost nodes: a node inside another changed node is read with it. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  return [...set].filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
    return true;
  });
}

/**
 * Watches the document for text the page adds or changes, in batches: one callback per quiet
 * moment with the outermost changed nodes (nested additions skipped), our own UI ignored, and
 * `storm` instead when a batch is too big to follow. Stops when `signal` aborts, or after reporting
 * `overwhelmed` once the page has changed past the churn limit.
 */
export function watchPage(doc: Document, onChange: (change: PageChange) => void, signal: AbortSignal, meter = new ChurnMeter()): PageWatcher {
  const win = doc.defaultView!;
  let pending: MutationRecord[] = [];
  let stopped = false;
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    const records = pending;
    pending = [];
    if (signal.aborted) return;
    const theirs = records.filter((record) => !isOwnUi(record.target));
    if (meter.add(theirs.length)) {
      stopped = true;
      observer.disconnect();
      return onChange({ kind: 'overwhelmed' });
    }
    if (theirs.length > STORM_RECORDS) return onChange({ kind: 'storm' });
    const changed: Node[] = [];
    for (const record of theirs) {
      if (record.type === 'characterData') changed.push(record.target);
      else for (const node of record.addedNodes) if (node.isConnected && !isOwnUi(node)) changed.push(node);
      // A removal changes the text around it: re-read the parent it left.
      if (record.removedNodes.length > 0 && record.target.isConnected) changed.push(record.target);
    }
    if (changed.length > 0) onChange({ kind: 'nodes', changed: outermost(changed) });
  };
  const observer = new win.MutationObserver((records) => {
    pending.push(...records);
    timer ??= win.setTimeout(flush, BATCH_DELAY_MS);
  });
  observer.observe(doc.documentElement, WATCHED);
  signal.addEventListener('abort', () => {
    stopped = true;
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  });
  // Shadow trees are not part of the document's subtree for an observer: each is added by name.
  return { observe: (root) => void (stopped || observer.observe(root, WATCHED)) };
}
