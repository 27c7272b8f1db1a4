/** The part of TreeWalker the page reader uses: document order, with a way past a subtree. */
export type NodeWalker = Pick<TreeWalker, 'nextNode' | 'nextSibling' | 'parentNode'>;

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/**
 * The same walk for DOMs whose TreeWalker only has nextNode (linkedom, in the CLI): elements and
 * text nodes in document order, depth first.
 */
class DepthFirstWalker implements NodeWalker {
  private current: Node;

  constructor(private readonly root: Node) {
    this.current = root;
  }

  nextNode(): Node | null {
    // Comments and processing instructions are stepped over, as SHOW_ELEMENT | SHOW_TEXT would.
    for (;;) {
      let node: Node | null = this.current.firstChild;
      if (!node) {
        node = this.current;
        while (node !== this.root && !node.nextSibling) node = node.parentNode!;
        node = node === this.root ? null : node.nextSibling;
      }
      if (!node) return null;
      this.current = node;
      if (node.nodeType === 1 || node.nodeType === 3) return node;
    }
  }

  nextSibling(): Node | null {
    if (this.current === this.root) return null;
    for (let sibling = this.current.nextSibling; sibling; sibling = sibling.nextSibling) {
      if (sibling.nodeType === 1 || sibling.nodeType === 3) return (this.current = sibling);
    }
    return null;
  }

  parentNode(): Node | null {
    if (this.current === this.root) return null;
    const parent = this.current.parentNode;
    if (parent) this.current = parent;
    return parent;
  }
}

/** A walker over `root`'s elements and text: the browser's own (native, fast) where it is complete. */
export function walkerOver(root: Node): NodeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = typeof doc.createTreeWalker === 'function' ? doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT) : null;
  return walker && typeof walker.nextSibling === 'function' ? walker : new DepthFirstWalker(root);
}

/** Moves `walker` past the subtree of its current node; the next node, or null at the end. */
export function skipSubtree(walker: NodeWalker): Node | null {
  let node = walker.nextSibling();
  while (!node) {
    if (!walker.parentNode()) return null;
    node = walker.nextSibling();
  }
  return node;
}
