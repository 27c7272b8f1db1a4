import { skipSubtree, walkerOver } from './node-cursor';
import { isNeverScanned } from './never-scanned';
import { BLOCK, tagFlags } from './tags';

/** Separates blocks in the joined text; not whitespace, so no alias can span it. */
export const BLOCK_SEPARATOR = '\u0000';

/** The text of a subtree joined into one string, with where each text node starts in it. */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
  /** For each text node, the nearest block element holding it (or the root). */
  blocks: Node[];
}

/** Elements that end a run of text (paragraphs, list items, cells, line breaks): a name never continues across them. */
const isBlock = (node: Node): boolean => node.nodeType === 1 && (tagFlags(node as Element) & BLOCK) !== 0;

/** The nearest block element holding `node` (itself included), or `root` if none is below it. */
export function closestBlock(node: Node, root: Node): Node {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (isBlock(n)) return n;
  return root;
}

/**
 * Reads the text under `root`, leaving out the subtrees `skips` names (by default code, form
 * fields and editable regions). Changes nothing. Blocks are separated in the joined text: entering
 * a block is seen on the way down; leaving one is noticed at the next text node, which the block
 * last entered no longer contains (checked only when the text's parent changes).
 */
export function readPageText(root: Node, skips: (el: Element, flags?: number) => boolean = isNeverScanned): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const blocks: Node[] = [];
  const parts: string[] = [];
  let length = 0;
  let breakPending = false;
  let lastParent: Node | null = null;
  let openBlock: Node = root;
  const walker = walkerOver(root);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        const parent = node.parentNode!;
        if (parent !== lastParent) {
          if (openBlock !== root && !openBlock.contains(node)) {
            breakPending = true;
            openBlock = closestBlock(parent, root);
          }
          lastParent = parent;
        }
        if (breakPending && nodes.length > 0) {
          parts.push(BLOCK_SEPARATOR);
          length += 1;
        }
        breakPending = false;
        nodes.push(node as Text);
        starts.push(length);
        blocks.push(openBlock);
        parts.push(data);
        length += data.length;
      }
    } else if (node.nodeType === 1) {
      const flags = tagFlags(node as Element);
      const block = (flags & BLOCK) !== 0;
      // A skipped block still ends the text before it ("Foo <aside>…</aside> Bar").
      if (block) breakPending = true;
      if (skips(node as Element, flags)) {
        node = skipSubtree(walker);
        continue;
      }
      if (block) openBlock = node;
    }
    node = walker.nextNode();
  }
  return { text: parts.join(''), nodes, starts, blocks };
}

/** The text node and offset at a position of the joined text (binary search). */
export function locate(pageText: PageText, position: number): { node: Text; offset: number } | null {
  const { starts, nodes } = pageText;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  return { node, offset: Math.min(position - starts[lo]!, node.data.length) };
}
