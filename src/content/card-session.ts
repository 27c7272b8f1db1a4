import { send } from '../common/send';
import type { CardHost } from './card-host';
import type { FocusMark } from './focus-mark';
import type { PageMention } from './mentions';
import { positionAmongSameEntity } from './page-navigation';

export interface CardSessionDeps {
  host: CardHost;
  focusMark: FocusMark;
  /** The painted mentions, in reading order. */
  shown: () => PageMention[];
  /** Tells the hover logic which mention's card is open (null: none). */
  setHovered: (mention: PageMention | null) => void;
  /** "Don't highlight this": the entity's id, as settings keep it. */
  onMute: (id: string) => void;
  signal: AbortSignal;
}

/** The box to place the card against: the mention's first line box. */
function anchorOf(mention: PageMention): DOMRect {
  return mention.range.getClientRects()[0] ?? mention.range.getBoundingClientRect();
}

/**
 * One card at a time: opened from a hovered or keyboard-reached mention, stepping through the
 * entity's other mentions, following related entities with a way back, closing cleanly.
 */
export class CardSession {
  private token = 0;
  private mention: PageMention | null = null;
  private anchor: DOMRect | null = null;
  /** Entities left by following related chips, for the back button. */
  private trail: number[] = [];

  constructor(private readonly deps: CardSessionDeps) {}

  get current(): PageMention | null {
    return this.mention;
  }

  /** Opens the card for a mention under the pointer (anchor: the hovered line box). */
  openForMention(mention: PageMention, anchor: DOMRect, focus = false): Promise<void> {
    this.mention = mention;
    this.anchor = anchor;
    this.trail = [];
    this.deps.setHovered(mention);
    return this.render(mention.entity, focus);
  }

  /** Scrolls to a mention, paints the focus mark on it and opens its card with focus. */
  focusMention(mention: PageMention): Promise<void> {
    const element = mention.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.deps.focusMark.show(mention.range);
    return this.openForMention(mention, anchorOf(mention), true);
  }

  close(): void {
    this.token++;
    this.mention = null;
    this.trail = [];
    this.deps.setHovered(null);
    this.deps.focusMark.show(null);
    this.deps.host.hide();
  }

  private async render(entity: number, focus: boolean): Promise<void> {
    const token = ++this.token;
    const card = await send('content-bg:get-card', { entity });
    if (!card || token !== this.token || this.deps.signal.aborted || !this.anchor) return;
    const mention = this.mention;
    const onPage = mention && mention.entity === entity ? positionAmongSameEntity(this.deps.shown(), mention) : null;
    const step = (by: 1 | -1) => () => {
      const siblings = onPage!.siblings;
      const next = siblings[(siblings.indexOf(mention!) + by + siblings.length) % siblings.length];
      if (next) void this.focusMention(next);
    };
    await this.deps.host.show(
      card,
      this.anchor,
      {
        onClose: () => this.close(),
        onOpenRelated: (related) => {
          this.trail.push(entity);
          void this.render(related, true);
        },
        onBack: this.trail.length > 0 ? () => void this.render(this.trail.pop()!, true) : undefined,
        onMute: () => {
          this.close();
          this.deps.onMute(card.id);
        },
        position: onPage && onPage.index > 0 ? { index: onPage.index, total: onPage.siblings.length, onPrevious: step(-1), onNext: step(1) } : undefined,
      },
      { focus },
    );
  }
}
