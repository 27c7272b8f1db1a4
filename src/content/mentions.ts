import { locate, readPageText, type PageText } from '../core/dom/page-text';
import type { Detection } from '../core/match/detector';

/** One naming of an entity on the page. */
export interface PageMention {
  entityId: string;
  /** Offsets into the joined text of the chunk it was found in. */
  start: number;
  end: number;
  /** The text as written, to notice when the page has since changed it. */
  text: string;
  range: Range;
}

/** The mentions found in one scanned subtree (a chunk of the page). */
export interface PageMentions {
  /** The subtree that was read. */
  root: Node;
  pageText: PageText;
  /** Sorted by start. */
  list: PageMention[];
  /** Where each text node starts in the joined text, for hit-testing (built on first use). */
  readonly nodeStarts: Map<Text, number>;
}

export interface TextScanner {
  scan(text: string): Detection[];
}

/** Finds every mention under `root`; builds Ranges over the page's nodes without touching them. */
export function findMentions(root: Node, scanner: TextScanner, skips?: (el: Element) => boolean): PageMentions {
  const pageText = readPageText(root, skips);
  const doc = root.ownerDocument ?? (root as Document);
  const list: PageMention[] = [];
  for (const found of scanner.scan(pageText.text)) {
    const from = locate(pageText, found.start);
    const to = locate(pageText, found.end);
    if (!from || !to) continue;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const text = pageText.text.slice(found.start, found.end);
    list.push({ entityId: found.entityId, start: found.start, end: found.end, text, range });
  }
  let nodeStarts: Map<Text, number> | null = null;
  return {
    root,
    pageText,
    list,
    // Only hovering needs it: building it for every scan of a long page would cost as much as reading.
    get nodeStarts() {
      return (nodeStarts ??= new Map(pageText.nodes.map((node, i) => [node, pageText.starts[i]!])));
    },
  };
}

/** The mention covering a caret position, if any (binary search over sorted mentions). */
export function mentionAt(mentions: PageMentions, node: Node, offset: number): PageMention | null {
  const nodeStart = mentions.nodeStarts.get(node as Text);
  if (nodeStart === undefined) return null;
  const position = nodeStart + offset;
  const { list } = mentions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid]!;
    if (position < m.start) hi = mid - 1;
    else if (position >= m.end) lo = mid + 1;
    else return m;
  }
  return null;
}

/** Whether the page has changed a mention's text since it was found (removed, edited, moved). */
export function isStale(mention: PageMention): boolean {
  const { range } = mention;
  return range.collapsed || !range.startContainer.isConnected || range.toString() !== mention.text;
}
