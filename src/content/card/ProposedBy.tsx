import type { EntityCard } from '../../core/dataset/card';
import type { Translate } from '../../common/i18n';
import { formatDate } from '../../common/format';
import { EntityChips } from './EntityChips';

interface ProposedByProps {
  proposedBy: NonNullable<EntityCard['proposedBy']>;
  /** Id for the label, unique per card, that names the group for screen readers. */
  labelId: string;
  t: Translate;
  onOpen: (entity: number) => void;
}

/** An initiative's "Proposed by" line: its proposers as chips, then the article that says so. */
export function ProposedBy({ proposedBy, labelId, t, onOpen }: ProposedByProps) {
  const { source } = proposedBy;
  return (
    <div class="proposed-by" role="group" aria-labelledby={labelId}>
      <span class="label" id={labelId}>
        {t('cardProposedBy')}
      </span>
      <EntityChips entities={proposedBy.entities} onOpen={onOpen} />
      {source && (
        <span class="muted said-by">
          {source.outlet}, {formatDate(source.published)}
        </span>
      )}
    </div>
  );
}
