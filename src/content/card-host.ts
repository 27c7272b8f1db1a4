import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { EntityCard } from '../core/dataset/card';
import type { Translate } from '../common/i18n';
import { Card, type CardProps } from './card/Card';
import cardCss from './card/card.css';
import { pageTheme } from './theme';

export const HOST_TAG = 'backstory-host';

/** Everything the card takes besides its data and strings: callbacks and page navigation. */
export type CardHandlers = Omit<CardProps, 'card' | 't'>;

/** Below this width the card is a bottom sheet rather than a floating card. */
const SHEET_MAX_WIDTH = 480;

/** Inline declarations that beat page rules on our host (the page can style the host, not its inside). */
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  inset: 'auto',
  top: '0',
  left: '0',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  overflow: 'visible',
  width: 'max-content',
  height: 'auto',
  'max-width': 'none',
  'z-index': '2147483647',
  display: 'block',
};

function applyStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(cardCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Constructable sheets unavailable (or refused across Firefox's Xray boundary): fall back.
    const style = doc.createElement('style');
    style.textContent = cardCss;
    root.append(style);
  }
}

/**
 * The one element Backstory adds to a page: a host with a shadow root holding the Preact card
 * (hypothesis' PreactContainer pattern). Created on first use, shown in the top layer when the
 * Popover API exists, removed by destroy().
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  /** Told when the pointer enters (true) or leaves (false) the card, for the hover grace period. */
  onPointer: ((inside: boolean) => void) | null = null;

  constructor(
    private readonly t: Translate,
    private readonly doc: Document = document,
  ) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  /** The card's box on screen while it is open. */
  cardRect(): DOMRect | null {
    return this.isOpen && this.host ? this.host.getBoundingClientRect() : null;
  }

  get isOpen(): boolean {
    return this.host?.dataset.open === 'true';
  }

  private ensureHost(): { host: HTMLElement; mount: HTMLElement } {
    if (this.host && this.mount && this.host.isConnected) return { host: this.host, mount: this.mount };
    const host = this.doc.createElement(HOST_TAG);
    for (const [property, value] of Object.entries(HOST_STYLE)) host.style.setProperty(property, value, 'important');
    const root = host.attachShadow({ mode: 'open' });
    applyStyles(root, this.doc);
    const mount = this.doc.createElement('div');
    root.append(mount);
    if ('showPopover' in host) host.setAttribute('popover', 'manual');
    host.addEventListener('pointerenter', () => this.onPointer?.(true));
    host.addEventListener('pointerleave', () => this.onPointer?.(false));
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return { host, mount };
  }

  /**
   * Shows the card next to `anchor` (a line box of the mention). With `focus`, as when opened
   * from the keyboard, focus moves into the card and returns where it was when the card closes.
   */
  async show(card: EntityCard, anchor: DOMRect, handlers: CardHandlers, { focus = false } = {}): Promise<void> {
    const { host, mount } = this.ensureHost();
    const win = this.doc.defaultView ?? window;
    host.dataset.theme = pageTheme(win);
    render(h(Card, { card, t: this.t, ...handlers }), mount);
    if (!this.isOpen) {
      host.style.setProperty('visibility', 'hidden', 'important');
      if (host.popover !== null && typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
      host.dataset.open = 'true';
    }
    await this.place(host, anchor, win);
    host.style.setProperty('visibility', 'visible', 'important');
    if (focus) {
      if (!this.returnFocusTo) this.returnFocusTo = this.doc.activeElement as HTMLElement | null;
      (mount.querySelector('[role="dialog"]') as HTMLElement | null)?.focus();
    }
  }

  private returnFocusTo: HTMLElement | null = null;

  private async place(host: HTMLElement, anchor: DOMRect, win: Window): Promise<void> {
    const sheet = win.innerWidth <= SHEET_MAX_WIDTH;
    host.dataset.layout = sheet ? 'sheet' : 'float';
    if (sheet) {
      host.style.setProperty('left', '0px', 'important');
      host.style.setProperty('top', 'auto', 'important');
      host.style.setProperty('bottom', '0px', 'important');
      return;
    }
    // 'start' follows the host's direction, inherited from the page (`all` does not reset it):
    // on a right-to-left page the card lines up with the mention's right edge.
    const { x, y } = await computePosition({ getBoundingClientRect: () => anchor }, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      // Flip to the side with room, stay 5 px inside the viewport, and let a card taller than
      // the room left scroll inside rather than run off screen or cover the hovered line.
      middleware: [
        offset(6),
        flip({ padding: 5, fallbackStrategy: 'bestFit' }),
        shift({ padding: 5 }),
        size({
          padding: 5,
          apply: ({ availableHeight }) => host.style.setProperty('--backstory-room', `${Math.max(120, Math.floor(availableHeight))}px`, 'important'),
        }),
      ],
    });
    host.style.setProperty('bottom', 'auto', 'important');
    host.style.setProperty('left', `${Math.round(x)}px`, 'important');
    host.style.setProperty('top', `${Math.round(y)}px`, 'important');
  }

  hide(): void {
    const { host, mount } = this;
    if (!host || !mount || !this.isOpen) return;
    render(null, mount);
    if (typeof host.hidePopover === 'function' && host.matches(':popover-open')) host.hidePopover();
    host.dataset.open = 'false';
    const previous = this.returnFocusTo;
    this.returnFocusTo = null;
    if (previous?.isConnected) previous.focus({ preventScroll: true });
  }

  /**
   * The host or anything inside the card. Node.contains() stops at the shadow boundary, so a
   * pointerdown on a chip (composedPath()[0] is the button) would otherwise count as outside
   * and close the card before its click could open the chip's card.
   */
  contains(target: EventTarget | null): boolean {
    if (!this.host || !(target instanceof Node)) return false;
    return this.host.contains(target) || target.getRootNode() === this.host.shadowRoot;
  }

  destroy(): void {
    if (this.mount) render(null, this.mount);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}
