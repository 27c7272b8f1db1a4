import { EntityTable } from '../dataset/entity-table';
import { aliasEntriesOf, type MatcherTable } from '../dataset/matcher-table';
import type { EntityType } from '../dataset/schema';
import { AliasMatcher } from './alias-matcher';
import { NamedOnPage } from './ambiguity';
import { OtherSenses } from './other-senses';

/** One naming of an entity in a scanned text. */
export interface Detection {
  /** The entity's index in the dataset: how every context names it (the background maps it to its id). */
  entity: number;
  /** UTF-16 offsets into the scanned text. */
  start: number;
  end: number;
}

/**
 * The detection engine the content script and the `detect` command share: the alias matcher
 * plus the page-level rule for ambiguous aliases. One instance per page (or file), since what the
 * page has already named changes what an ambiguous alias means.
 */
export class Detector {
  private readonly matcher: AliasMatcher;

  private readonly named = new NamedOnPage();

  private readonly otherSenses: OtherSenses;

  private readonly entities: EntityTable;

  constructor(table: MatcherTable) {
    this.entities = new EntityTable(table);
    this.matcher = new AliasMatcher(table.compiled ?? aliasEntriesOf(table), table.heads, (target) => this.entities.type(target) === 'place');
    this.otherSenses = new OtherSenses(table.senseCues);
  }

  typeOf(entity: number): EntityType {
    return this.entities.type(entity);
  }

  /** The entity's id, where the table holds ids (tools and tests; a tab's table does not). */
  idOf(entity: number): string | undefined {
    return this.entities.id(entity);
  }

  /**
   * Entities whose ambiguous aliases the last scan left out because the page had not named them
   * (yet): a page that names one later can re-read just the text that held them.
   */
  waiting = new Set<number>();

  scan(text: string): Detection[] {
    const detections: Detection[] = [];
    const matches = this.otherSenses.keep(text, this.matcher.scan(text));
    const kept = this.named.resolve(matches);
    this.waiting = new Set(matches.filter((m) => m.ambiguous && !this.named.has(m.target)).map((m) => m.target));
    for (const m of kept) {
      if (m.target >= 0 && m.target < this.entities.size) detections.push({ entity: m.target, start: m.start, end: m.end });
    }
    return detections;
  }

  /** Whether the page has named any of `targets` unambiguously by now. */
  namedAny(targets: ReadonlySet<number>): boolean {
    for (const t of targets) if (this.named.has(t)) return true;
    return false;
  }

  /** Forgets what the page named (an in-page navigation to another article). */
  forgetPage(): void {
    this.named.clear();
    this.otherSenses.forget();
  }
}
