import type { EntityType } from '../core/dataset/schema';
import type { PageMention } from './mentions';

/** What the reader chose to see, from the settings. */
export interface ShowRules {
  types: readonly EntityType[];
  /** Entities by index in the dataset (settings keep ids; the background maps them). */
  muted: readonly number[];
  /** Mark every mention, or only the first of each entity. */
  mentions: 'all' | 'first';
}

/**
 * At most this many marks on one page: past it a page is a directory or an archive more than an
 * article, and every further mark costs memory and hit-testing for little use.
 */
export const MAX_MARKS_PER_PAGE = 3000;

/** The mentions to paint from `found` (in reading order): shown types, not muted, first-only if asked, capped. */
export function selectShown(
  found: readonly PageMention[],
  rules: ShowRules,
  typeOf: (entity: number) => EntityType,
  cap: number = MAX_MARKS_PER_PAGE,
): PageMention[] {
  const types = new Set(rules.types);
  const muted = new Set(rules.muted);
  const seen = new Set<number>();
  const shown: PageMention[] = [];
  // Stops at the cap: a long page's scan asks again after every slice, with ever more found.
  for (let i = 0; i < found.length && shown.length < cap; i++) {
    const m = found[i]!;
    if (!types.has(typeOf(m.entity)) || muted.has(m.entity)) continue;
    if (rules.mentions === 'first') {
      if (seen.has(m.entity)) continue;
      seen.add(m.entity);
    }
    shown.push(m);
  }
  return shown;
}

/** Whether two selections hold the same mentions in the same order (the marks would not change). */
export function sameMentions(a: readonly PageMention[], b: readonly PageMention[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
