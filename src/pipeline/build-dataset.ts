import {
  DATASET_SCHEMA_VERSION,
  type Dataset,
  type DatasetArticle,
  type DatasetEntity,
  type EntityRole,
} from '../core/dataset/schema';
import type { SourceArticle } from './article';
import { applyCuration, type EntityDraft } from './apply-curation';
import type { Curation } from './curation';
import { clusterObservations } from './extract/cluster';
import { extractArticle } from './extract/extract-article';
import { LOOKALIKE_HEADS } from './extract/lexicon/lookalike-heads';
import { rankSentences } from './extract/rank-sentences';
import { findMentions } from './find-mentions';
import { proposedByOf } from './proposed-by';
import { modelGuesser } from './type-model/guesser';
import type { TypeModel } from './type-model/model';

const MAX_RELATED = 8;

export interface BuildResult {
  dataset: Dataset;
  /** Curated entities no article names: left out of the dataset, reported to the editor. */
  unmentioned: string[];
  /** Curated proposers that are no entity of the dataset, as "initiative-id: proposer-id". */
  unknownProposers: string[];
  /** Ids of entities whose extracted type is a guess, for the editor to check. */
  unsureTypes: string[];
}

export interface BuildOptions {
  /** Types the names no rule could type (else they keep the rules' default guess). */
  typeModel?: TypeModel;
}

function articleRecord(a: SourceArticle): DatasetArticle {
  const record: DatasetArticle = { id: a.id, title: a.title, outlet: a.outlet, published: a.published };
  if (a.section) record.section = a.section;
  if (a.language) record.language = a.language;
  if (a.url) record.url = a.url;
  return record;
}

function uniqueRoles(roles: EntityRole[]): EntityRole[] {
  const byKey = new Map(roles.map((r) => [`${r.articleId}\n${r.role}`, r]));
  return [...byKey.values()];
}

function entityRecord(draft: EntityDraft): Omit<DatasetEntity, 'mentions' | 'related'> {
  const { id, name, type, aliases, blockers, ambiguousAliases, senseCues, description } = draft;
  return { id, name, type, aliases, blockers, ...(ambiguousAliases ? { ambiguousAliases } : {}), ...(senseCues ? { senseCues } : {}), description };
}

/**
 * Builds the dataset from parsed articles: extracts entities from their text, applies the
 * editor's curation, then finds every mention. Pure and deterministic: the same inputs give the
 * same output, whatever order the files were named in.
 */
export function buildDataset(articles: SourceArticle[], curation: Curation, options: BuildOptions = {}): BuildResult {
  const sorted = [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const guesser = options.typeModel ? modelGuesser(options.typeModel, sorted) : undefined;
  const extracted = clusterObservations(sorted.flatMap((a) => extractArticle(a)), guesser);
  const { drafts, suppressedForms } = applyCuration(extracted, curation);
  const found = findMentions(sorted, drafts, suppressedForms);

  const kept = new Set(drafts.flatMap((_, i) => (found.mentions[i]!.length > 0 ? [i] : [])));
  const keptIds = new Set([...kept].map((i) => drafts[i]!.id));
  const unknownProposers: string[] = [];
  const entities: DatasetEntity[] = drafts.flatMap((draft, i) => {
    if (!kept.has(i)) return [];
    const related = [...found.coMentions[i]!]
      .filter(([other]) => kept.has(other))
      .map(([other, weight]) => ({ id: drafts[other]!.id, weight }))
      .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
      .slice(0, MAX_RELATED);
    const { proposedBy, unknown } = proposedByOf(draft, found.proposers[i]!, drafts, keptIds);
    unknownProposers.push(...unknown.map((id) => `${draft.id}: ${id}`));
    const mentions = rankSentences(found.mentions[i]!).map(({ articleId, sentence, start, end }) => ({ articleId, sentence, start, end }));
    return [
      {
        ...entityRecord(draft),
        mentions,
        related: related.map((r) => r.id),
        relatedWeights: related.map((r) => r.weight),
        roles: uniqueRoles(draft.roles),
        quotes: found.quotes[i]!,
        ...(proposedBy.length > 0 ? { proposedBy } : {}),
        curated: draft.curated,
      },
    ];
  });
  entities.sort((a, b) => a.id.localeCompare(b.id));

  return {
    dataset: { schemaVersion: DATASET_SCHEMA_VERSION, articles: sorted.map(articleRecord), entities, lookalikeHeads: LOOKALIKE_HEADS },
    unmentioned: drafts.flatMap((d, i) => (d.curated.length > 0 && !kept.has(i) ? [d.id] : [])),
    unknownProposers,
    unsureTypes: drafts.flatMap((d, i) => (d.unsureType && kept.has(i) ? [d.id] : [])).sort(),
  };
}
