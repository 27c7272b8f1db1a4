import { closestBlock } from '../core/dom/page-text';
import { scopeOf, type Scope, type ScopeMode } from '../core/dom/scope';
import { watchLateComponents } from './late-components';
import { composedContains } from '../core/dom/shadow';
import { MentionStore } from './mention-store';
import { outermost } from './page-watcher';
import type { Detector } from '../core/match/detector';
import { findMentions } from './mentions';
import { SliceClock, type SliceTimer } from './slice-clock';

/** Above this many characters the first scan is sliced, so no main-thread task runs long. */
const SLICE_ABOVE_CHARS = 60_000;
const SLICE_BUDGET_MS = 8;
const SHOW_EVERY_MS = 150;

/**
 * Whether the scope is long enough to read child by child, yielding between slices; never with
 * text of its own between children. Measured by the browser's own textContent, not by a walk over
 * text nodes: a fresh tab's first scan ran that walk before the JIT had compiled it (2-8 ms on 20k
 * words), where textContent is native from the start.
 */
function readsInSlices(root: Element): boolean {
  let chars = 0;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n as Text).data.trim() !== '') return false;
    // Child by child, stopping once past the limit: the whole article's text at once took 4-6 ms
    // on a page of 100,000 elements, where the first children's settle it.
    if (chars <= SLICE_ABOVE_CHARS && n.nodeType === 1) chars += n.textContent?.length ?? 0;
  }
  return chars > SLICE_ABOVE_CHARS;
}

/**
 * Scans the page's scope into a MentionStore: the whole scope once (in slices, see readsInSlices),
 * then only the blocks a change touched. Calls `onUpdate` after each change to the mentions.
 */
export class PageScanner {
  readonly store = new MentionStore();

  private scope: Scope | null = null;

  /**
   * Subtrees read while the page had not yet named some entity in full, with the entities whose
   * ambiguous aliases they hold ("Lavrov" in a headline slice before "Sergei Lavrov" in the body).
   */
  private waiting = new Map<Node, Set<number>>();

  private lateComponents: AbortController | null = null;

  /** Bumped by each full scan, so a sliced scan still running stops. */
  private generation = 0;

  constructor(
    private readonly doc: Document,
    private readonly detector: Detector,
    private readonly mode: ScopeMode,
    private readonly onUpdate: () => void,
    /** Times the slices of a long first scan (a test passes its own). */
    private readonly newClock: () => SliceTimer = () => new SliceClock(doc.defaultView!, SLICE_BUDGET_MS),
  ) {}

  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    const clock = this.newClock();
    this.store.clear();
    this.waiting.clear();
    const stillCurrent = async () => {
      await clock.yield();
      return generation === this.generation;
    };
    this.scope = scopeOf(this.doc, this.mode);
    if (!this.scope) return this.onUpdate();
    // On a page of 100,000 elements, finding the article and then measuring it each took a
    // slice's budget or more (12-16 ms and 11-19 ms, as first measured in Chromium).
    if (clock.spent() && !(await stillCurrent())) return;
    const { root, skips } = this.scope;
    if (!readsInSlices(root)) {
      this.read(root);
      this.watchLateComponents(root);
      return this.onUpdate();
    }
    if (clock.spent() && !(await stillCurrent())) return;
    let shownAt = -Infinity;
    for (const child of [...root.children]) {
      if (skips(child)) continue;
      this.read(child);
      if (!clock.spent()) continue;
      // The first slice (the top of the article) is shown at once: it holds few mentions.
      if (shownAt === -Infinity) {
        this.onUpdate();
        shownAt = performance.now();
      }
      if (!(await stillCurrent())) return;
      // Later ones now and then, each at the start of a slice and counted in it, since an update
      // re-selects and re-groups every mention found so far (up to 20 ms on a long page).
      if (performance.now() - shownAt > SHOW_EVERY_MS) {
        this.onUpdate();
        shownAt = performance.now();
      }
    }
    // The last pass goes over every mention again: in a task of its own, not after a full slice.
    if (!(await stillCurrent())) return;
    this.reviveWaiting();
    this.watchLateComponents(root);
    this.onUpdate();
  }

  /** Reads the components the page defines after this scan, as it defines them. */
  private watchLateComponents(root: Element): void {
    this.lateComponents?.abort();
    this.lateComponents = new AbortController();
    const win = this.doc.defaultView!;
    watchLateComponents(root, win, (roots) => void this.rescanChanged(roots), this.lateComponents.signal);
  }

  /** Shows the mentions already found again (the reader changed what is shown, not the page). */
  showAgain(): void {
    this.onUpdate();
  }

  /** Re-reads the blocks holding `changed` nodes; rescans everything if the article itself went. */
  async rescanChanged(changed: readonly Node[]): Promise<void> {
    if (!this.scope || !this.scope.root.isConnected) return this.scanAll();
    const { root } = this.scope;
    const blocks = new Set<Node>();
    for (const node of changed) {
      // The article itself changed (a child removed): its remaining text is already read.
      if (node === root || !composedContains(root, node) || this.isSkipped(node)) continue;
      blocks.add(closestBlock(node, root));
    }
    if (blocks.has(root)) return this.scanAll();
    const outer = outermost(blocks);
    this.store.dropInsideOrStale(outer);
    for (const block of outer) this.read(block);
    this.reviveWaiting();
    this.onUpdate();
  }

  /** Reads one subtree into the store, remembering ambiguous aliases it had to leave out. */
  private read(subtree: Node): void {
    this.store.add(findMentions(subtree, this.detector, this.scope!.skips));
    if (this.detector.waiting.size > 0) this.waiting.set(subtree, this.detector.waiting);
    else this.waiting.delete(subtree);
  }

  /** Re-reads subtrees whose ambiguous aliases now count, the page having named their entity. */
  private reviveWaiting(): void {
    for (const [subtree, targets] of [...this.waiting]) {
      if (!subtree.isConnected) this.waiting.delete(subtree);
      else if (this.detector.namedAny(targets)) {
        this.store.dropInsideOrStale([subtree]);
        this.read(subtree);
      }
    }
  }

  private isSkipped(node: Node): boolean {
    const { root, skips } = this.scope!;
    for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
      if (skips(el)) return true;
    }
    return false;
  }

  stop(): void {
    this.generation++;
    this.lateComponents?.abort();
    this.store.clear();
    this.waiting.clear();
  }
}
