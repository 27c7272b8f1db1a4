import type { PageMention } from './mentions';
import { onSafePath } from './safe-path';

export interface HoverTarget {
  mention: PageMention;
  lineBox: DOMRect;
}

export interface HoverDeps {
  /** The mention under a point, or null. */
  hitTest(x: number, y: number): HoverTarget | null;
  /** Whether an event target lies inside our card. */
  isInsideCard(target: EventTarget | null): boolean;
  /** Where the open card is on screen, if one is. */
  cardRect(): DOMRect | null;
  open(target: HoverTarget): void;
  close(): void;
}

export interface HoverTiming {
  /** The pointer must rest on a mark this long before its card opens (sweeps don't open cards). */
  dwellMs: number;
  /** After leaving a mark or the card, this long to reach the card before it closes. */
  graceMs: number;
}

export const DEFAULT_TIMING: HoverTiming = { dwellMs: 150, graceMs: 300 };

/**
 * Turns pointer movement into open/close decisions. Only trusted (real) events count, so a page
 * cannot drive the card with synthetic ones. Everything is removed when `signal` aborts.
 */
export class HoverController {
  private shown: PageMention | null = null;
  private pending: PageMention | null = null;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private lastMove: PointerEvent | null = null;
  /** The last point seen on the shown mention: where a safe path to its card starts. */
  private leftFrom: { x: number; y: number } | null = null;

  constructor(
    private readonly deps: HoverDeps,
    signal: AbortSignal,
    private timing: HoverTiming = DEFAULT_TIMING,
    private readonly win: Window = window,
  ) {
    const options = { capture: true, passive: true, signal };
    win.addEventListener('pointermove', (e) => this.onPointerMove(e), options);
    win.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    win.addEventListener('pointerdown', (e) => this.onPointerDown(e), options);
    win.addEventListener('pointerup', (e) => this.onTap(e), options);
    win.addEventListener('scroll', () => this.shown && this.startGrace(), { passive: true, signal });
    signal.addEventListener('abort', () => this.reset());
  }

  /** A changed hover delay applies from the next dwell. */
  setTiming(timing: HoverTiming): void {
    this.timing = timing;
  }

  /** The mention whose card is open (the card can also be opened or closed from elsewhere). */
  setShown(mention: PageMention | null): void {
    if (mention !== this.shown) this.leftFrom = null;
    this.shown = mention;
  }

  /** A tap has no hover: opening on the tap itself; the link under a mark still follows it. */
  private onTap(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'mouse') return;
    if (this.deps.isInsideCard(event.composedPath()[0] ?? event.target)) return;
    const hit = this.deps.hitTest(event.clientX, event.clientY);
    if (!hit || hit.mention === this.shown) return;
    this.cancelDwell();
    this.cancelGrace();
    this.shown = hit.mention;
    this.leftFrom = null;
    this.deps.open(hit);
  }

  private onPointerMove(event: PointerEvent): void {
    if (!event.isTrusted || event.pointerType === 'touch') return;
    this.lastMove = event;
    if (!this.frame) this.frame = this.win.requestAnimationFrame(() => this.evaluate());
  }

  private evaluate(): void {
    this.frame = 0;
    const event = this.lastMove;
    if (!event) return;
    if (this.shown && this.deps.isInsideCard(event.composedPath()[0] ?? event.target)) {
      this.cancelGrace();
      this.cancelDwell();
      return;
    }
    const point = { x: event.clientX, y: event.clientY };
    const hit = this.deps.hitTest(point.x, point.y);
    if (hit && hit.mention === this.shown) {
      this.leftFrom = point;
      this.cancelGrace();
      this.cancelDwell();
      return;
    }
    const card = this.shown && this.leftFrom ? this.deps.cardRect() : null;
    if (card && onSafePath(point, this.leftFrom!, card)) {
      // On the way to the card: other marks crossed don't take over, and the grace period runs
      // from the last move, so a slow but steady path still arrives.
      this.cancelDwell();
      this.cancelGrace();
      this.startGrace();
      return;
    }
    if (!hit) {
      this.cancelDwell();
      if (this.shown) this.startGrace();
      return;
    }
    if (this.pending === hit.mention) return; // still dwelling on the same mark
    this.cancelDwell();
    this.pending = hit.mention;
    this.dwellTimer = setTimeout(() => {
      this.pending = null;
      this.cancelGrace();
      this.shown = hit.mention;
      this.leftFrom = point;
      this.deps.open(hit);
    }, this.timing.dwellMs);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isTrusted && event.key === 'Escape' && this.shown) this.closeNow();
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.isTrusted && this.shown && !this.deps.isInsideCard(event.composedPath()[0] ?? event.target)) this.closeNow();
  }

  /** The pointer left the card: give it the grace period to come back. */
  pointerLeftCard(): void {
    if (this.shown) this.startGrace();
  }

  pointerEnteredCard(): void {
    this.cancelGrace();
  }

  private startGrace(): void {
    if (this.graceTimer !== undefined) return;
    this.graceTimer = setTimeout(() => this.closeNow(), this.timing.graceMs);
  }

  private cancelGrace(): void {
    clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  private cancelDwell(): void {
    clearTimeout(this.dwellTimer);
    this.dwellTimer = undefined;
    this.pending = null;
  }

  private closeNow(): void {
    this.reset();
    this.deps.close();
  }

  private reset(): void {
    this.cancelGrace();
    this.cancelDwell();
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.shown = null;
    this.leftFrom = null;
  }
}
