import { AliasMatcher, BLOCKED, type AliasEntry } from '../core/match/alias-matcher';
import {
  DATASET_SCHEMA_VERSION,
  type Dataset,
  type DatasetArticle,
  type DatasetEntity,
  type EntityMention,
} from '../core/dataset/schema';
import type { SourceArticle } from './article';
import type { Curation } from './curation';
import { splitSentences } from './sentences';

const MAX_RELATED = 8;

export interface BuildResult {
  dataset: Dataset;
  /** Curated entities no article names: left out of the dataset, reported to the editor. */
  unmentioned: string[];
}

function aliasEntries(curation: Curation): AliasEntry[] {
  return curation.entities.flatMap((entity, target) => [
    ...entity.aliases.map((text) => ({ text, target })),
    ...entity.blockers.map((text) => ({ text, target: BLOCKED })),
  ]);
}

function articleRecord(a: SourceArticle): DatasetArticle {
  const record: DatasetArticle = { id: a.id, title: a.title, outlet: a.outlet, published: a.published };
  if (a.section) record.section = a.section;
  if (a.language) record.language = a.language;
  if (a.url) record.url = a.url;
  return record;
}

function* articleSentences(article: SourceArticle): Generator<string> {
  yield article.title;
  if (article.imageCaption) yield article.imageCaption;
  for (const paragraph of article.paragraphs) yield* splitSentences(paragraph);
}

/**
 * Builds the dataset from parsed articles and the curated entity list. Pure and deterministic:
 * the same inputs give the same output, whatever order the files were named in.
 */
export function buildDataset(articles: SourceArticle[], curation: Curation): BuildResult {
  const matcher = new AliasMatcher(aliasEntries(curation));
  const mentions = curation.entities.map((): EntityMention[] => []);
  const coMentions = curation.entities.map(() => new Map<number, number>());
  const sorted = [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));

  for (const article of sorted) {
    for (const sentence of articleSentences(article)) {
      const firstByEntity = new Map<number, { start: number; end: number }>();
      for (const m of matcher.scan(sentence)) if (!firstByEntity.has(m.target)) firstByEntity.set(m.target, m);
      for (const [target, { start, end }] of firstByEntity) {
        mentions[target]!.push({ articleId: article.id, sentence, start, end });
        for (const other of firstByEntity.keys()) {
          if (other !== target) coMentions[target]!.set(other, (coMentions[target]!.get(other) ?? 0) + 1);
        }
      }
    }
  }

  const kept = curation.entities.filter((_, i) => mentions[i]!.length > 0);
  const keptIds = new Set(kept.map((e) => e.id));
  const entities: DatasetEntity[] = curation.entities.flatMap((entity, i) => {
    if (!keptIds.has(entity.id)) return [];
    const related = [...coMentions[i]!]
      .map(([other, weight]) => ({ id: curation.entities[other]!.id, weight }))
      .filter((r) => keptIds.has(r.id))
      .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id))
      .slice(0, MAX_RELATED)
      .map((r) => r.id);
    return [{ ...entity, mentions: mentions[i]!, related }];
  });
  entities.sort((a, b) => a.id.localeCompare(b.id));

  return {
    dataset: { schemaVersion: DATASET_SCHEMA_VERSION, articles: sorted.map(articleRecord), entities },
    unmentioned: curation.entities.filter((e) => !keptIds.has(e.id)).map((e) => e.id),
  };
}
