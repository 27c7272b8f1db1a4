import type { EntityCard } from '../../core/dataset/card';
import type { Translate } from '../../common/i18n';
import { formatDate, typeLabelKey } from '../../common/format';
import { EntityChips } from './EntityChips';
import { ProposedBy } from './ProposedBy';

/** Moving between this entity's mentions on the page. */
export interface MentionPosition {
  /** 1-based. */
  index: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
}

export interface CardProps {
  card: EntityCard;
  t: Translate;
  /** Opens another entity's card, named by its index in the dataset. */
  onOpenRelated: (entity: number) => void;
  onClose: () => void;
  position?: MentionPosition;
  /** "Don't highlight this": present when the reader can mute the entity. */
  onMute?: () => void;
  /** Present when the card was reached from a chip (related or proposer): returns to the previous card. */
  onBack?: () => void;
}

function PageMentions({ position, t }: { position: MentionPosition; t: Translate }) {
  return (
    <div class="page-mentions">
      <span>{t('cardMentionsOnPage', [String(position.index), String(position.total)])}</span>
      <button type="button" class="step" aria-label={t('cardPrevious')} disabled={position.total < 2} onClick={position.onPrevious}>
        ‹
      </button>
      <button type="button" class="step" aria-label={t('cardNext')} disabled={position.total < 2} onClick={position.onNext}>
        ›
      </button>
    </div>
  );
}

/** A source link only for https: addresses; anything else (javascript:, data:, http:) stays text. */
export function safeHttpsUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function SourceTitle({ title, url }: { title: string; url?: string }) {
  const href = safeHttpsUrl(url);
  const cite = <cite>{title}</cite>;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {cite}
    </a>
  ) : (
    cite
  );
}

/** Dataset text is only ever rendered as text nodes (JSX children), never as HTML. */
/** A sentence that is itself a quotation keeps its own marks rather than getting a second pair. */
const QUOTED = /^["“‘'«]/;

function Sentence({ sentence, start, end }: { sentence: string; start: number; end: number }) {
  return (
    <q class={QUOTED.test(sentence) ? 'sentence own-quotes' : 'sentence'}>
      {sentence.slice(0, start)}
      <mark>{sentence.slice(start, end)}</mark>
      {sentence.slice(end)}
    </q>
  );
}

export function Card({ card, t, onOpenRelated, onClose, position, onMute, onBack }: CardProps) {
  const headingId = `backstory-card-${card.id}`;
  return (
    <section class="card" role="dialog" dir="auto" tabIndex={-1} aria-labelledby={headingId} data-entity={card.id} data-type={card.type}>
      <header>
        {onBack && (
          <button type="button" class="back" aria-label={t('cardBack')} onClick={onBack}>
            ←
          </button>
        )}
        <div class="title">
          <h2 id={headingId}>{card.name}</h2>
          <span class="type">{t(typeLabelKey(card.type))}</span>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {card.role && (
        <p class="role">
          {card.role.text}
          <span class="muted"> · {card.role.source.outlet}, {formatDate(card.role.source.published)}</span>
        </p>
      )}
      {card.proposedBy && <ProposedBy proposedBy={card.proposedBy} labelId={`${headingId}-proposed-by`} t={t} onOpen={onOpenRelated} />}
      {card.description && <p class="description">{card.description}</p>}
      {card.quote && (
        <figure class="quote">
          <blockquote>{card.quote.text}</blockquote>
          <figcaption>{t('cardQuoted', [card.quote.source.outlet, formatDate(card.quote.source.published)])}</figcaption>
        </figure>
      )}
      {card.mentions.length > 0 && (
        <div class="mentions">
          <h3>{t('cardFromArticle')}</h3>
          <ul>
            {card.mentions.map((m) => (
              <li key={`${m.source.title}:${m.start}:${m.sentence.length}`}>
                <Sentence sentence={m.sentence} start={m.start} end={m.end} />
                <p class="source">
                  {m.source.outlet} · {formatDate(m.source.published)} · <SourceTitle title={m.source.title} url={m.source.url} />
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {card.related.length > 0 && (
        <nav class="related" aria-label={t('cardRelated')}>
          <h3>{t('cardRelated')}</h3>
          <EntityChips entities={card.related} onOpen={onOpenRelated} />
        </nav>
      )}
      {(position || onMute) && (
        <footer>
          {position && <PageMentions position={position} t={t} />}
          {onMute && (
            <button type="button" class="mute" onClick={onMute}>
              {t('cardMute')}
            </button>
          )}
        </footer>
      )}
    </section>
  );
}
