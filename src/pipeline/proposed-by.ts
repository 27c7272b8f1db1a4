import type { EntityProposer } from '../core/dataset/schema';
import type { EntityDraft } from './apply-curation';
import type { FoundMentions } from './find-mentions';

export interface ProposedBy {
  proposedBy: EntityProposer[];
  /** Curated proposer ids that name no entity of the dataset: left out, reported to the editor. */
  unknown: string[];
}

/**
 * An entity's proposers: the editor's list when the curation file gives one (an empty list
 * clears a wrong extraction), else what the articles said, once per proposer and article.
 */
export function proposedByOf(
  draft: EntityDraft,
  found: FoundMentions['proposers'][number],
  drafts: EntityDraft[],
  datasetIds: Set<string>,
): ProposedBy {
  if (draft.curated.includes('proposedBy')) {
    const ids = (draft.proposedBy ?? []).filter((id) => id !== draft.id);
    return {
      proposedBy: ids.filter((id) => datasetIds.has(id)).map((entityId) => ({ entityId })),
      unknown: ids.filter((id) => !datasetIds.has(id)),
    };
  }
  const seen = new Set<string>();
  const proposedBy = found.flatMap(({ proposer, articleId }) => {
    const entityId = drafts[proposer]!.id;
    const key = `${articleId}\n${entityId}`;
    if (seen.has(key) || !datasetIds.has(entityId)) return [];
    seen.add(key);
    return [{ entityId, articleId }];
  });
  return { proposedBy, unknown: [] };
}
