import { isNeverScanned } from './never-scanned';

/** Elements that end a run of text: a name never continues across them. */
const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'TBODY', 'THEAD', 'TR', 'TD', 'TH', 'CAPTION', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
  'FORM', 'FIELDSET', 'LEGEND', 'BODY', 'HTML',
]);

/** Separates blocks in the joined text; not whitespace, so no alias can span it. */
export const BLOCK_SEPARATOR = '\u0000';

/** The text of a subtree joined into one string, with where each text node starts in it. */
export interface PageText {
  text: string;
  nodes: Text[];
  starts: number[];
}

const isBlock = (node: Node): boolean => node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase());

/** The nearest block element holding `node` (itself included), or `root` if none is below it. */
export function closestBlock(node: Node, root: Node): Node {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (isBlock(n)) return n;
  return root;
}

/**
 * Reads the text under `root`, leaving out the subtrees `skips` names (by default code, form
 * fields and editable regions). Changes nothing. A plain depth-first walk rather than a
 * TreeWalker: linkedom (the CLI's DOM) ignores TreeWalker filters, and the walk tracks block
 * boundaries as it enters and leaves elements instead of looking up each node's ancestors.
 */
export function readPageText(root: Node, skips: (el: Element) => boolean = isNeverScanned): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let blockEnded = false;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (blockEnded && nodes.length > 0) {
          parts.push(BLOCK_SEPARATOR);
          length += 1;
        }
        blockEnded = false;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    } else if (node.nodeType === 1) {
      if (isBlock(node)) blockEnded = true;
      descend = !skips(node as Element) && node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && isBlock(node)) blockEnded = true;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), nodes, starts };
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
