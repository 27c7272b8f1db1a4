import type { PageMention } from './mentions';

/** Finds the mention at a caret position (a MentionStore). */
export interface MentionLookup {
  at(node: Node, offset: number): PageMention | null;
  /** Shadow roots holding mentions: the caret lookup may report positions inside them. */
  shadowRoots(): ShadowRoot[];
}

interface Caret {
  node: Node;
  offset: number;
}

type CaretOptions = { shadowRoots: ShadowRoot[] };

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Without the shadow roots named, a position inside a component is reported at its host.
    const at = doc.caretPositionFromPoint as (x: number, y: number, options?: CaretOptions) => CaretPosition | null;
    const p = shadowRoots.length > 0 ? at.call(doc, x, y, { shadowRoots }) : at.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The mention under the pointer: the caret position under it, matched against the mentions, then
 * confirmed against the mention's boxes (a caret is found even in a margin, next to the text).
 */
export function mentionAtPoint(
  mentions: MentionLookup,
  x: number,
  y: number,
  doc: Document = document,
): { mention: PageMention; lineBox: DOMRect } | null {
  const caret = caretAt(doc, x, y, mentions.shadowRoots());
  if (!caret || caret.node.nodeType !== 3) return null;
  // A caret after the last letter of a word reports the offset past it: look one back too.
  const mention = mentions.at(caret.node, caret.offset) ?? (caret.offset > 0 ? mentions.at(caret.node, caret.offset - 1) : null);
  if (!mention) return null;
  for (const rect of mention.range.getClientRects()) {
    if (contains(rect, x, y)) return { mention, lineBox: rect };
  }
  return null;
}
