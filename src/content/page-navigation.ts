import { compareComposed } from '../core/dom/shadow';
import type { PageMention } from './mentions';

/** Compares where two mentions start, by their text nodes (shadow trees included): no Range is needed. */
export function byDocumentOrder(a: PageMention, b: PageMention): number {
  if (a.node === b.node) return a.offset - b.offset;
  return compareComposed(a.node, b.node);
}


/** How many times each entity is marked, in order of first appearance. */
export function entityCounts(ordered: readonly PageMention[]): { entity: number; count: number }[] {
  const counts = new Map<number, number>();
  for (const m of ordered) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts].map(([entity, count]) => ({ entity, count }));
}

/**
 * The mention a shortcut moves to: the next or previous one after `current`; with nothing
 * current, the first one from the top of the viewport down (or from its bottom up).
 */
export function stepFrom(ordered: readonly PageMention[], current: PageMention | null, direction: 1 | -1, viewportHeight: number): PageMention | null {
  if (ordered.length === 0) return null;
  const at = current ? ordered.indexOf(current) : -1;
  if (at >= 0) return ordered[(at + direction + ordered.length) % ordered.length] ?? null;
  const top = (m: PageMention) => m.range.getBoundingClientRect().top;
  if (direction === 1) return ordered.find((m) => top(m) >= 0) ?? ordered[0]!;
  return [...ordered].reverse().find((m) => top(m) <= viewportHeight) ?? ordered[ordered.length - 1]!;
}

/** Where a mention stands among its entity's mentions on the page (1-based), for the card. */
export function positionAmongSameEntity(ordered: readonly PageMention[], mention: PageMention): { index: number; siblings: PageMention[] } {
  const siblings = ordered.filter((m) => m.entity === mention.entity);
  return { index: siblings.indexOf(mention) + 1, siblings };
}
