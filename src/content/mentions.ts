import { blockOfNode, readPageText } from '../core/dom/page-text';
import type { Detection } from '../core/match/detector';

/**
 * One naming of an entity on the page. Its Range is made on first use: a long page has thousands
 * of mentions but only those near the viewport are painted, hovered or stepped to.
 */
export class PageMention {
  private made: Range | null = null;

  constructor(
    /** The entity's index in the dataset. */
    readonly entity: number,
    /** Offsets into the joined text of the chunk it was found in. */
    readonly start: number,
    readonly end: number,
    /** The text as written, to notice when the page has since changed it. */
    readonly text: string,
    /** Where it starts and ends in the page's text nodes, as read. */
    readonly node: Text,
    readonly offset: number,
    private readonly endNode: Text,
    private readonly endOffset: number,
    /** The nearest block element holding its start (or the scanned root). */
    readonly block: Node,
  ) {}

  get range(): Range {
    if (!this.made) {
      const range = this.node.ownerDocument.createRange();
      range.setStart(this.node, Math.min(this.offset, this.node.length));
      range.setEnd(this.endNode, Math.min(this.endOffset, this.endNode.length));
      this.made = range;
    }
    return this.made;
  }

  /** Whether the page has changed its text since it was found (removed, edited, moved). */
  isStale(): boolean {
    const { made } = this;
    if (made) return made.collapsed || !made.startContainer.isConnected || made.toString() !== this.text;
    if (!this.node.isConnected) return true;
    if (this.node === this.endNode) return this.node.data.slice(this.offset, this.endOffset) !== this.text;
    return this.range.toString() !== this.text;
  }
}

/** The mentions found in one scanned subtree (a chunk of the page). */
export interface PageMentions {
  /** The subtree that was read. */
  root: Node;
  /** The open shadow roots read into, to watch them and hit-test inside them. */
  shadowRoots: ShadowRoot[];
  /** Sorted by start. */
  list: PageMention[];
  /** Where each text node a mention touches starts in the joined text, for hit-testing (built on first use). */
  readonly nodeStarts: Map<Text, number>;
}

export interface TextScanner {
  scan(text: string): Detection[];
}

/** Finds every mention under `root`, without touching the page. */
export function findMentions(root: Node, scanner: TextScanner, skips?: (el: Element, flags?: number) => boolean): PageMentions {
  const pageText = readPageText(root, skips);
  const { nodes, starts, text } = pageText;
  const list: PageMention[] = [];
  // The text nodes from the first mention's to the last one's, the only ones hit-testing needs.
  let firstNode = -1;
  let lastNode = -1;
  // Detections come in text order, so the node holding each offset is found by walking forward.
  let i = 0;
  const nodeAt = (position: number, isEnd: boolean) => {
    while (i + 1 < starts.length && (isEnd ? starts[i + 1]! < position : starts[i + 1]! <= position)) i++;
    return i;
  };
  for (const found of scanner.scan(text)) {
    const from = nodeAt(found.start, false);
    const startNode = nodes[from];
    if (!startNode) continue;
    const startOffset = found.start - starts[from]!;
    const to = nodeAt(found.end, true);
    const endNode = nodes[to]!;
    const written = text.slice(found.start, found.end);
    list.push(new PageMention(found.entity, found.start, found.end, written, startNode, startOffset, endNode, found.end - starts[to]!, blockOfNode(pageText, from)));
    if (firstNode < 0) firstNode = from;
    lastNode = Math.max(lastNode, to);
    i = from;
  }
  // A caret anywhere else is on no mention. Keeping every node read held all 100,000 on a page of
  // 100,000 elements: 10 MB of heap after the scan instead of 7, and garbage collections pausing
  // the page about twice as long while it read.
  const heldNodes = nodes.slice(firstNode, lastNode + 1);
  const heldStarts = starts.slice(firstNode, lastNode + 1);
  let nodeStarts: Map<Text, number> | null = null;
  return {
    root,
    shadowRoots: pageText.shadowRoots,
    list,
    // Only hovering needs it: building it for every scan of a long page would cost as much as reading.
    get nodeStarts() {
      return (nodeStarts ??= new Map(heldNodes.map((node, i) => [node, heldStarts[i]!])));
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
