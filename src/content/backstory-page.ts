import type { ScopeMode } from '../core/dom/scope';
import { Detector } from '../core/match/detector';
import type { MarkStyle } from '../core/settings/settings';
import { translate } from '../common/i18n';
import { send } from '../common/send';
import { CardHost } from './card-host';
import { CardSession } from './card-session';
import { FocusMark } from './focus-mark';
import { HIGHLIGHT_NAME } from './highlighter';
import { mentionAtPoint } from './hit-test';
import { HoverController, type HoverTarget } from './hover-controller';
import { LiveMarks } from './live-marks';
import { watchModalDialogs } from './modal-watch';
import type { PageMention } from './mentions';
import { watchNavigation } from './navigation-watcher';
import { entityCounts, stepFrom } from './page-navigation';
import { PageScanner } from './page-scanner';
import { watchPage, type PageWatcher } from './page-watcher';
import { ShadowMarkStyles } from './shadow-mark-styles';
import type { PageHandle } from './extension-bridge';
import { sameMentions, selectShown, type ShowRules } from './shown-mentions';

/** Time for a single-page app to render the next article before it is scanned. */
const AFTER_NAVIGATION_MS = 150;

/** What a run takes from the reader's settings. */
export interface RunOptions extends Omit<ShowRules, 'muted'> {
  /** The muted entities' ids, as settings keep them. */
  muted: readonly string[];
  scope: ScopeMode;
  markStyle: MarkStyle;
  hoverDelayMs: number;
  /** "Don't highlight this" in a card, with the entity's id. */
  onMute: (id: string) => void;
  /** The number of entities painted, whenever it may have changed (for the toolbar badge). */
  onMarksChanged: (entityCount: number) => void;
  /** The page changes too fast to follow (churn-limit.ts): the caller ends the run. */
  onOverwhelmed: () => void;
}

const highlightNameFor = (style: MarkStyle) => (style === 'both' ? HIGHLIGHT_NAME : `${HIGHLIGHT_NAME}-${style}`);

/** Muted ids as the tab names entities (by index); the background knows the dataset. */
const indexesOf = (ids: readonly string[]): Promise<number[]> => (ids.length === 0 ? Promise.resolve([]) : send('content-bg:entity-indexes', { ids: [...ids] }));

/**
 * Backstory on one page: finds mentions, paints the ones the reader wants, follows the page as it
 * changes, and opens cards on hover or from the keyboard. Everything it adds (the highlights, the
 * host element, observers, listeners) goes when `signal` aborts.
 */
export async function runOnPage(signal: AbortSignal, win: Window, options: RunOptions): Promise<PageHandle | null> {
  const doc = win.document;
  const [table, mutedNow] = await Promise.all([send('content-bg:get-matcher', {}), indexesOf(options.muted)]);
  if (signal.aborted) return null;
  const detector = new Detector(table);
  const typeOf = (entity: number) => detector.typeOf(entity);
  const marks = new LiveMarks(win as Window & typeof globalThis, highlightNameFor(options.markStyle));
  const focusMark = new FocusMark(win);
  let shown: PageMention[] = [];
  let shownSet = new Set<PageMention>();
  let watcher: PageWatcher | null = null;
  const watched = new WeakSet<ShadowRoot>();
  const shadowStyles = new ShadowMarkStyles(win as Window & typeof globalThis);
  const watchShadowRoots = () => {
    const roots = scanner.store.shadowRoots();
    if (roots.length === 0) return;
    for (const root of roots) {
      if (watcher && !watched.has(root)) {
        watcher.observe(root);
        watched.add(root);
      }
    }
    // Every time: a page may have replaced a root's adopted sheets since.
    shadowStyles.adopt(roots);
  };
  // What the reader chose to see: settings that change it repaint the page without reading it again.
  let rules: ShowRules = { types: options.types, muted: mutedNow, mentions: options.mentions };
  let mutedIds = JSON.stringify(options.muted);
  const scanner = new PageScanner(doc, detector, options.scope, () => {
    const next = selectShown(scanner.store.all(), rules, typeOf);
    // Past the cap, a long page's later slices change nothing shown: re-marking 3,000 mentions
    // cost each of them up to 20 ms on a page of 100,000 elements.
    if (!sameMentions(next, shown)) {
      shown = next;
      shownSet = new Set(shown);
      marks.set(shown);
    }
    watchShadowRoots();
    options.onMarksChanged(entityCounts(shown).length);
  });
  const cardHost = new CardHost(translate, doc);
  signal.addEventListener('abort', () => {
    scanner.stop();
    marks.destroy();
    shadowStyles.destroy();
    focusMark.destroy();
    cardHost.destroy();
  });
  await scanner.scanAll();
  if (signal.aborted) return null;

  const cards: CardSession = new CardSession({
    host: cardHost,
    focusMark,
    shown: () => shown,
    setHovered: (mention) => hover.setShown(mention),
    onMute: options.onMute,
    signal,
  });
  const hover = new HoverController(
    {
      hitTest: (x, y) => {
        const hit = mentionAtPoint(scanner.store, x, y, doc);
        return hit && shownSet.has(hit.mention) ? hit : null;
      },
      isInsideCard: (target) => cardHost.contains(target),
      cardRect: () => cardHost.cardRect(),
      open: ({ mention, lineBox }: HoverTarget) => void cards.openForMention(mention, lineBox),
      close: () => cards.close(),
    },
    signal,
    { dwellMs: options.hoverDelayMs, graceMs: 300 },
    win,
  );
  cardHost.onPointer = (inside) => (inside ? hover.pointerEnteredCard() : hover.pointerLeftCard());
  watchModalDialogs(doc, () => cards.close(), signal);

  let navigationTimer: number | undefined;
  const onNavigate = () => {
    cards.close();
    scanner.stop();
    detector.forgetPage();
    marks.set([]);
    win.clearTimeout(navigationTimer);
    navigationTimer = win.setTimeout(() => {
      navigationTimer = undefined;
      void scanner.scanAll();
    }, AFTER_NAVIGATION_MS);
  };
  signal.addEventListener('abort', () => win.clearTimeout(navigationTimer));
  const checkAddress = watchNavigation(win, onNavigate, signal);
  watcher = watchPage(
    doc,
    (change) => {
      if (change.kind === 'overwhelmed') return options.onOverwhelmed();
      checkAddress(); // a re-render is often the first sign of a pushState
      if (navigationTimer !== undefined && change.kind === 'nodes') return;
      void (change.kind === 'storm' ? scanner.scanAll() : scanner.rescanChanged(change.changed));
    },
    signal,
  );
  watchShadowRoots();
  const showAgain = () => {
    scanner.showAgain();
    if (cards.current && !shownSet.has(cards.current)) cards.close();
  };

  return {
    entityCounts: () => entityCounts(shown),
    reveal: (entity) => {
      const first = shown.find((m) => m.entity === entity);
      if (first) void cards.focusMention(first);
      return !!first;
    },
    step: (direction) => {
      const next = stepFrom(shown, cards.current, direction, win.innerHeight);
      if (next) void cards.focusMention(next);
    },
    restyle: (next) => {
      rules = { ...rules, types: next.types, mentions: next.mentions };
      marks.rename(highlightNameFor(next.markStyle));
      hover.setTiming({ dwellMs: next.hoverDelayMs, graceMs: 300 });
      showAgain();
      const ids = JSON.stringify(next.muted);
      if (ids === mutedIds) return;
      mutedIds = ids;
      // The last change wins: an answer to an earlier one is dropped.
      void indexesOf(next.muted).then((muted) => {
        if (ids !== mutedIds || signal.aborted) return;
        rules = { ...rules, muted };
        showAgain();
      }, () => undefined);
    },
  };
}
