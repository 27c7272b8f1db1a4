/** Whether `node` is `container` or inside it, counting the insides of open shadow roots as inside their host. */
export function composedContains(container: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = (n.getRootNode() as ShadowRoot).host ?? null) {
    if (container.contains(n)) return true;
  }
  return false;
}

const DISCONNECTED = 1; // Node.DOCUMENT_POSITION_DISCONNECTED
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The node and the hosts of the shadow trees holding it, outermost first. */
function hostPath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) {
    path.unshift((root as ShadowRoot).host);
  }
  return path;
}

/**
 * Reading order of two nodes, shadow trees included: a component's shadow text comes where its
 * host is, before the host's light children (the order the page text is read in).
 */
export function compareComposed(a: Node, b: Node): number {
  const position = a.compareDocumentPosition(b);
  if (!(position & DISCONNECTED)) return position & FOLLOWING ? -1 : 1;
  const pa = hostPath(a);
  const pb = hostPath(b);
  for (let i = 0; i < pa.length && i < pb.length; i++) {
    // The first difference is between two nodes of one tree: the page's or one shadow root's.
    if (pa[i] !== pb[i]) return pa[i]!.compareDocumentPosition(pb[i]!) & FOLLOWING ? -1 : 1;
  }
  return pa.length - pb.length;
}
