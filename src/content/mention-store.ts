import { isStale, mentionAt, type PageMention, type PageMentions } from './mentions';

/**
 * Every mention on the page, as the chunks they were found in: the first scan is one chunk, and
 * each later change (an appended paragraph, a re-rendered block) adds one without re-reading the
 * rest. A text node belongs to the chunk that read it last.
 */
export class MentionStore {
  private chunks: PageMentions[] = [];

  add(chunk: PageMentions): void {
    this.chunks.push(chunk);
  }

  /** The newest chunk that read `node` knows its mentions: older ones were re-read since. */
  at(node: Node, offset: number): PageMention | null {
    for (let i = this.chunks.length - 1; i >= 0; i--) {
      const chunk = this.chunks[i]!;
      if (chunk.root.contains(node)) return mentionAt(chunk, node, offset);
    }
    return null;
  }

  /** Drops mentions inside `container` (about to be re-read) and any the page has changed. */
  dropInsideOrStale(containers: readonly Node[]): void {
    const inside = (m: PageMention) => containers.some((c) => c.contains(m.range.startContainer));
    const kept: PageMentions[] = [];
    for (const chunk of this.chunks) {
      chunk.list = chunk.list.filter((m) => !inside(m) && !isStale(m));
      if (chunk.list.length > 0) kept.push(chunk);
    }
    this.chunks = kept;
  }

  /**
   * Every mention, chunk by chunk with the chunks ordered by their first mention. Each chunk is
   * in reading order, and a re-read paragraph's chunk falls inside an older one, so the result is
   * a few sorted runs: a caller that needs strict reading order sorts it (TimSort merges runs, so
   * that costs about n log(runs) range comparisons on a page that changes, not n log n).
   */
  all(): PageMention[] {
    const chunks = this.chunks.filter((c) => c.list.length > 0);
    chunks.sort((a, b) => a.list[0]!.range.compareBoundaryPoints(Range.START_TO_START, b.list[0]!.range));
    return chunks.flatMap((c) => c.list);
  }

  clear(): void {
    this.chunks = [];
  }
}
