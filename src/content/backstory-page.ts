import { aliasEntriesOf } from '../core/dataset/matcher-table';
import { AliasMatcher } from '../core/match/alias-matcher';
import { translate } from '../common/i18n';
import { send } from '../common/send';
import { CardHost } from './card-host';
import { Highlighter } from './highlighter';
import { mentionAtPoint } from './hit-test';
import { HoverController, type HoverTarget } from './hover-controller';
import { findMentions, type PageMentions } from './mentions';
import { findArticleRoot } from './scope';

/**
 * Backstory on one page: finds mentions, paints them, and opens cards on hover. Everything it
 * adds (the highlight, the host element, listeners) goes when `signal` aborts.
 */
export async function runOnPage(signal: AbortSignal, win: Window = window): Promise<void> {
  const doc = win.document;
  const table = await send('content-bg:get-matcher', {});
  if (signal.aborted) return;
  const root = findArticleRoot(doc);
  if (!root) return;
  const mentions: PageMentions = findMentions(root, new AliasMatcher(aliasEntriesOf(table)), table.entityIds);
  const highlighter = new Highlighter(win);
  highlighter.paint(mentions.list);
  const cardHost = new CardHost(translate, doc);
  signal.addEventListener('abort', () => {
    highlighter.destroy();
    cardHost.destroy();
  });

  let lastAnchor: DOMRect | null = null;
  let openToken = 0;
  const openCard = async (entityId: string, anchor: DOMRect) => {
    const token = ++openToken;
    const card = await send('content-bg:get-card', { entityId });
    if (!card || token !== openToken || signal.aborted) return;
    lastAnchor = anchor;
    await cardHost.show(card, anchor, {
      onOpenRelated: (id) => void openCard(id, lastAnchor ?? anchor),
      onClose: () => closeCard(),
    });
    const host = cardHost.element;
    if (host && !host.dataset.listening) {
      host.dataset.listening = 'true';
      host.addEventListener('pointerenter', () => hover.pointerEnteredCard(), { signal });
      host.addEventListener('pointerleave', () => hover.pointerLeftCard(), { signal });
    }
  };
  const closeCard = () => {
    openToken++;
    hover.setShown(null);
    cardHost.hide();
  };

  const hover = new HoverController(
    {
      hitTest: (x, y) => mentionAtPoint(mentions, x, y, doc),
      isInsideCard: (target) => cardHost.contains(target),
      open: ({ mention, lineBox }: HoverTarget) => void openCard(mention.entityId, lineBox),
      close: () => closeCard(),
    },
    signal,
    undefined,
    win,
  );
}
