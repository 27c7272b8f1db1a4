import type { Dataset, DatasetArticle, DatasetEntity, EntityType } from './schema';

/** What a card shows about one entity: everything resolved, nothing left to look up. */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  mentions: { sentence: string; start: number; end: number; source: CardSource }[];
  related: { id: string; name: string; type: EntityType }[];
}

export interface CardSource {
  outlet: string;
  published: string;
  title: string;
  url?: string;
}

/** Entities and articles by id, built once per dataset load. */
export interface DatasetIndex {
  entities: Map<string, DatasetEntity>;
  articles: Map<string, DatasetArticle>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    articles: new Map(dataset.articles.map((a) => [a.id, a])),
  };
}

const MAX_SENTENCES = 3;

export function cardFor(index: DatasetIndex, id: string): EntityCard | null {
  const entity = index.entities.get(id);
  if (!entity) return null;
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    mentions: entity.mentions.slice(0, MAX_SENTENCES).flatMap((m) => {
      const article = index.articles.get(m.articleId);
      if (!article) return [];
      const source: CardSource = { outlet: article.outlet, published: article.published, title: article.title };
      if (article.url) source.url = article.url;
      return [{ sentence: m.sentence, start: m.start, end: m.end, source }];
    }),
    related: entity.related.flatMap((rid) => {
      const r = index.entities.get(rid);
      return r ? [{ id: r.id, name: r.name, type: r.type }] : [];
    }),
  };
}
