import type { AliasMatch } from './alias-matcher';

/**
 * Ambiguous aliases ("Lavrov" alone, "Washington" for the U.S. government) count only on a page
 * that also names their entity unambiguously. The dataset says which aliases are ambiguous; this
 * remembers which entities a page has named, across every scan of it (a page that grows later).
 * Within one scan the full name may come after the short one: a headline says "Lavrov", the
 * body "Sergei Lavrov".
 */
export class NamedOnPage {
  private readonly named = new Set<number>();

  /** Keeps the unambiguous matches and the ambiguous ones whose entity the page has named. */
  resolve(matches: readonly AliasMatch[]): AliasMatch[] {
    for (const m of matches) if (!m.ambiguous) this.named.add(m.target);
    return matches.filter((m) => !m.ambiguous || this.named.has(m.target));
  }

  has(target: number): boolean {
    return this.named.has(target);
  }

  clear(): void {
    this.named.clear();
  }
}
