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
  /** For each text node, the nearest block element holding it (or the root, or its shadow root). */
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

class TextReader {
  private readonly nodes: Text[] = [];

  private readonly starts: number[] = [];

  private readonly blocks: Node[] = [];

  private readonly parts: string[] = [];

  private readonly shadowRoots: ShadowRoot[] = [];

  private length = 0;

  private breakPending = false;

  constructor(private readonly skips: Skips) {}

  result(): PageText {
    return { text: this.parts.join(''), nodes: this.nodes, starts: this.starts, blocks: this.blocks, shadowRoots: this.shadowRoots };
  }

  /**
   * Blocks are separated in the joined text: entering a block is seen on the way down; leaving
   * one is noticed at the next text node, which the block last entered no longer contains
   * (checked only when the text's parent changes).
   */
  read(root: Node): void {
    const { nodes, starts, blocks, parts, skips } = this;
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
              this.breakPending = true;
              openBlock = closestBlock(parent, root);
            }
            lastParent = parent;
          }
          if (this.breakPending && nodes.length > 0) {
            parts.push(BLOCK_SEPARATOR);
            this.length += 1;
          }
          this.breakPending = false;
          nodes.push(node as Text);
          starts.push(this.length);
          blocks.push(openBlock);
          parts.push(data);
          this.length += data.length;
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const flags = tagFlags(el);
        const block = (flags & BLOCK) !== 0;
        // A skipped block still ends the text before it ("Foo <aside>…</aside> Bar").
        if (block) this.breakPending = true;
        if (skips(el, flags)) {
          node = skipSubtree(walker);
          continue;
        }
        if (block) openBlock = node;
        const shadow = el.shadowRoot;
        if (shadow) this.readShadow(shadow);
      }
      node = walker.nextNode();
    }
  }

  /** A component's own text, before its light children (which its slots show, if it has any). */
  readShadow(shadow: ShadowRoot): void {
    this.shadowRoots.push(shadow);
    this.breakPending = true;
    this.read(shadow);
    this.breakPending = true;
  }
}
