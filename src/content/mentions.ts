import type { AliasMatcher } from '../core/match/alias-matcher';
import { locate, readPageText, type PageText } from './page-text';

/** One naming of an entity on the page. */
export interface PageMention {
  entityId: string;
  /** Offsets into the joined page text. */
  start: number;
  end: number;
  range: Range;
}

export interface PageMentions {
  pageText: PageText;
  /** Sorted by start. */
  list: PageMention[];
  /** Where each text node starts in the joined text, for hit-testing. */
  nodeStarts: Map<Text, number>;
}

/** Finds every mention under `root`; builds Ranges over the page's nodes without touching them. */
export function findMentions(root: Node, matcher: AliasMatcher, entityIds: string[]): PageMentions {
  const pageText = readPageText(root);
  const doc = root.ownerDocument ?? (root as Document);
  const list: PageMention[] = [];
  for (const match of matcher.scan(pageText.text)) {
    const from = locate(pageText, match.start);
    const to = locate(pageText, match.end);
    const entityId = entityIds[match.target];
    if (!from || !to || entityId === undefined) continue;
    const range = doc.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    list.push({ entityId, start: match.start, end: match.end, range });
  }
  const nodeStarts = new Map(pageText.nodes.map((node, i) => [node, pageText.starts[i]!]));
  return { pageText, list, nodeStarts };
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
