import { isNeverScanned } from './never-scanned';
import { BLOCK, SHADOW_HOST, tagFlags } from './tags';

/** Separates blocks in the joined text; not whitespace, so no alias can span it. */
export const BLOCK_SEPARATOR = '\u0000';

/** The text of a subtree joined into one string, with where each text node starts in it. */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
  /**
   * The nearest block element holding each text node (or the root, or its shadow root), as runs:
   * `blocks[r]` holds the nodes from `blockStarts[r]` (an index into `nodes`) to the next run's.
   * One entry per block rather than per node: a push per text node was a tenth of the read.
   */
  blockStarts: number[];
  blocks: Node[];
  /** The open shadow roots read into, to watch them and hit-test inside them. */
  shadowRoots: ShadowRoot[];
}

/** Elements that end a run of text (paragraphs, list items, cells, line breaks): a name never continues across them. */
const isBlock = (node: Node): boolean => node.nodeType === 1 && (tagFlags(node as Element) & BLOCK) !== 0;

/**
 * The nearest block element holding `node` (itself included), or `root` if none is below it; in a
 * shadow tree, at most its shadow root (a component's text is read as a block of its own).
 */
export function closestBlock(node: Node, root: Node): Node {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (isBlock(n) || n.nodeType === 11) return n;
  }
  return root;
}

/** The nearest block holding `text.nodes[nodeIndex]` (see PageText.blocks). */
export function blockOfNode(text: PageText, nodeIndex: number): Node {
  const { blockStarts } = text;
  let lo = 0;
  let hi = blockStarts.length - 1;
  // The last run starting at or before the node.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blockStarts[mid]! <= nodeIndex) lo = mid;
    else hi = mid - 1;
  }
  return text.blocks[lo]!;
}

type Skips = (el: Element, flags?: number) => boolean;

/**
 * Reads the text under `root`, leaving out the subtrees `skips` names (by default code, form
 * fields and editable regions), and reading into open shadow roots (web components) where it meets
 * them. Changes nothing.
 */
export function readPageText(root: Node, skips: Skips = isNeverScanned): PageText {
  const reader = new TextReader(skips);
  if (root.nodeType === 11) reader.readShadow(root as ShadowRoot);
  else {
    // A walker never visits its root, so a component read on its own is opened here.
    const shadow = (root as Partial<Element>).shadowRoot;
    if (shadow) reader.readShadow(shadow);
    reader.read(root);
  }
  return reader.result();
}

/** Whether `el` may have a shadow root: only custom elements and a few built-ins can (others are never asked). */
const mayHostShadow = (flags: number) => flags === 0 || (flags & SHADOW_HOST) !== 0;

class TextReader {
  private readonly nodes: Text[] = [];

  private readonly starts: number[] = [];

  private readonly blockStarts: number[] = [];

  private readonly blocks: Node[] = [];

  private readonly parts: string[] = [];

  private readonly shadowRoots: ShadowRoot[] = [];

  private length = 0;

  private breakPending = false;

  constructor(private readonly skips: Skips) {}

  result(): PageText {
    const { nodes, starts, blockStarts, blocks, shadowRoots } = this;
    return { text: this.parts.join(''), nodes, starts, blockStarts, blocks, shadowRoots };
  }

  /**
   * A depth-first walk by firstChild / nextSibling / parentNode (the same in browsers and in
   * linkedom). Walking by hand, the reader sees itself leave an element, so the block holding each
   * text node is kept on a stack instead of searched for; entering or leaving a block separates
   * the text before it from the text after it.
   */
  read(root: Node): void {
    const { nodes, starts, blockStarts, blocks, parts, skips } = this;
    // Kept in locals in the loop (it runs for every node of the page), saved around a shadow root.
    let { length, breakPending } = this;
    const enclosing: Node[] = [];
    let block: Node = root;
    let node: Node | null = root.firstChild;
    while (node) {
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          if (breakPending && nodes.length > 0) {
            parts.push(BLOCK_SEPARATOR);
            length += 1;
          }
          breakPending = false;
          if (blocks[blocks.length - 1] !== block) {
            blockStarts.push(nodes.length);
            blocks.push(block);
          }
          nodes.push(node as Text);
          starts.push(length);
          parts.push(data);
          length += data.length;
        }
      } else if (type === 1) {
        const el = node as Element;
        const flags = tagFlags(el);
        const isBlock = (flags & BLOCK) !== 0;
        // A skipped block still ends the text before it ("Foo <aside>…</aside> Bar").
        if (isBlock) breakPending = true;
        if (!skips(el, flags)) {
          const shadow = mayHostShadow(flags) ? el.shadowRoot : null;
          if (shadow) {
            this.length = length;
            this.readShadow(shadow);
            ({ length, breakPending } = this);
          }
          const child = el.firstChild;
          if (child) {
            if (isBlock) {
              enclosing.push(block);
              block = el;
            }
            node = child;
            continue;
          }
        }
      }
      // On to the next sibling, climbing out of finished elements (and blocks) on the way.
      while (node !== root) {
        const next: Node | null = node!.nextSibling;
        if (next) {
          node = next;
          break;
        }
        node = node!.parentNode;
        if (node === block && node !== root) {
          breakPending = true;
          block = enclosing.pop()!;
        }
      }
      if (node === root) break;
    }
    this.length = length;
    this.breakPending = breakPending;
  }

  /** A component's own text, before its light children (which its slots show, if it has any). */
  readShadow(shadow: ShadowRoot): void {
    this.shadowRoots.push(shadow);
    this.breakPending = true;
    this.read(shadow);
    this.breakPending = true;
  }
}
