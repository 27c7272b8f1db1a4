import type { Dataset, DatasetArticle, DatasetEntity, EntityType } from './schema';

/** What a card shows about one entity: everything resolved, nothing left to look up. */
export interface EntityCard {
  id: string;
  name: string;
  type: EntityType;
  description: string;
  mentions: { sentence: string; start: number; end: number; source: CardSource }[];
  related: { id: string; name: string; type: EntityType }[];
  /** A person's role as the newest article gives it ("Russian Foreign Minister"). */
  role?: { text: string; source: CardSource };
  /** The entity's own words, when an article quotes it. */
  quote?: { text: string; source: CardSource };
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

function sourceOf(index: DatasetIndex, articleId: string): CardSource | null {
  const article = index.articles.get(articleId);
  if (!article) return null;
  const source: CardSource = { outlet: article.outlet, published: article.published, title: article.title };
  if (article.url) source.url = article.url;
  return source;
}

/** The most specific role from the newest article: "Russian Foreign Minister" over "Minister". */
function roleOf(index: DatasetIndex, entity: DatasetEntity): EntityCard['role'] {
  const withSource = (entity.roles ?? []).flatMap((r) => {
    const source = sourceOf(index, r.articleId);
    return source ? [{ text: r.role, source }] : [];
  });
  withSource.sort((a, b) => b.source.published.localeCompare(a.source.published) || b.text.length - a.text.length);
  return withSource[0];
}

function quoteOf(index: DatasetIndex, entity: DatasetEntity): EntityCard['quote'] {
  for (const q of entity.quotes ?? []) {
    const source = sourceOf(index, q.articleId);
    if (source) return { text: q.text, source };
  }
  return undefined;
}

export function cardFor(index: DatasetIndex, id: string): EntityCard | null {
  const entity = index.entities.get(id);
  if (!entity) return null;
  const role = roleOf(index, entity);
  const quote = quoteOf(index, entity);
  return {
    ...(role ? { role } : {}),
    ...(quote ? { quote } : {}),
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.description,
    mentions: entity.mentions.slice(0, MAX_SENTENCES).flatMap((m) => {
      const source = sourceOf(index, m.articleId);
      return source ? [{ sentence: m.sentence, start: m.start, end: m.end, source }] : [];
    }),
    related: entity.related.flatMap((rid) => {
      const r = index.entities.get(rid);
      return r ? [{ id: r.id, name: r.name, type: r.type }] : [];
    }),
  };
}
