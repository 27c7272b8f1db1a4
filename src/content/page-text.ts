/** Elements whose text is never scanned: code, form fields, embedded documents, our own UI. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
  'BACKSTORY-HOST',
]);

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

function isSkipped(el: Element): boolean {
  return SKIPPED.has(el.tagName.toUpperCase()) || (el as HTMLElement).isContentEditable === true;
}

function blockOf(node: Node, root: Node): Node {
  for (let el = node.parentNode; el && el !== root; el = el.parentNode) {
    if (el.nodeType === 1 && BLOCKS.has((el as Element).tagName.toUpperCase())) return el;
  }
  return root;
}

/** Reads the text under `root`, skipping code, form fields and editable regions. Changes nothing. */
export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      node.nodeType === 1 && isSkipped(node as Element) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let previousBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const data = (node as Text).data;
    if (data.length === 0) continue;
    const block = blockOf(node, root);
    if (previousBlock && block !== previousBlock) {
      parts.push(BLOCK_SEPARATOR);
      length += 1;
    }
    previousBlock = block;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
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
