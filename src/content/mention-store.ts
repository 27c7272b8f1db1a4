import { composedContains } from '../core/dom/shadow';
import { mentionAt, type PageMention, type PageMentions } from './mentions';
import { byDocumentOrder } from './page-navigation';


/**
 * Every mention on the page, as the chunks they were found in: the first scan is one chunk, and
 * each later change (an appended paragraph, a re-rendered block) adds one without re-reading the
 * rest. A text node belongs to the chunk that read it last.
 */
export class MentionStore {
  private chunks: PageMentions[] = [];

  /** Whether each chunk's text follows the previous chunk's: true while a first scan reads in order. */
  private inReadingOrder = true;

  add(chunk: PageMentions): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && this.inReadingOrder) {
      // A shadow root's chunk is "disconnected" from the rest: sorted, then, in composed order.
      const position = last.root.compareDocumentPosition(chunk.root);
      const { DOCUMENT_POSITION_FOLLOWING: FOLLOWING, DOCUMENT_POSITION_CONTAINED_BY, DOCUMENT_POSITION_DISCONNECTED } = Node;
      this.inReadingOrder = (position & (FOLLOWING | DOCUMENT_POSITION_CONTAINED_BY | DOCUMENT_POSITION_DISCONNECTED)) === FOLLOWING;
    }
    this.chunks.push(chunk);
  }

  /** The newest chunk that read `node` knows its mentions: older ones were re-read since. */
  at(node: Node, offset: number): PageMention | null {
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const chunk = this.chunks[i]!;
      if (composedContains(chunk.root, node)) return mentionAt(chunk, node, offset);
    }
    return null;
  }

  /** Drops mentions inside `container` (about to be re-read) and any the page has changed. */
  dropInsideOrStale(containers: readonly Node[]): void {
    const inside = (m: PageMention) => containers.some((c) => composedContains(c, m.node));
    const kept: PageMentions[] = [];
    for (const chunk of this.chunks) {
      chunk.list = chunk.list.filter((m) => !inside(m) && !m.isStale());
      if (chunk.list.length > 0) kept.push(chunk);
    }
    this.chunks = kept;
  }

  /**
   * Every mention in reading order. Chunks read in order (a first scan, slice by slice) are simply
   * joined; once a change re-reads a paragraph inside an older chunk, the joined chunks form a few
   * sorted runs, which TimSort merges in about n log(runs) comparisons, not n log n.
   */
  all(): PageMention[] {
    const chunks = this.chunks.filter((c) => c.list.length > 0);
    if (this.inReadingOrder) return chunks.flatMap((c) => c.list);
    chunks.sort((a, b) => byDocumentOrder(a.list[0]!, b.list[0]!));
    return chunks.flatMap((c) => c.list).sort(byDocumentOrder);
  }

  /** The open shadow roots the page's text was read from (web components in the article). */
  shadowRoots(): ShadowRoot[] {
    const roots = new Set<ShadowRoot>();
    for (const chunk of this.chunks) for (const root of chunk.shadowRoots) if (root.host.isConnected) roots.add(root);
    return [...roots];
  }

  clear(): void {
    this.chunks = [];
    this.inReadingOrder = true;
  }
}
