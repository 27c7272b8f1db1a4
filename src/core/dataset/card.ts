import type { Dataset, DatasetArticle, DatasetEntity, EntityType } from './schema';

/** Another entity the card names, shown as a chip that opens its card. */
export interface EntityRef {
  id: string;
  /** Its index in the dataset: how tabs name entities. */
  entity: number;
  name: string;
  type: EntityType;
}

/** What a card shows about one entity: everything resolved, nothing left to look up. */
export interface EntityCard {
  id: string;
  /** Its index in the dataset: how tabs name entities. */
  entity: number;
  name: string;
  type: EntityType;
  description: string;
  mentions: { sentence: string; start: number; end: number; source: CardSource }[];
  related: EntityRef[];
  /** A person's role as the newest article gives it ("Russian Foreign Minister"). */
  role?: { text: string; source: CardSource };
  /** The entity's own words, when an article quotes it. */
  quote?: { text: string; source: CardSource };
  /** Who proposed an initiative; the source is the first article that says so, none if curated. */
  proposedBy?: { entities: EntityRef[]; source?: CardSource };
}

export interface CardSource {
  outlet: string;
  published: string;
  title: string;
  url?: string;
}

/** Entities by id and by index, and articles by id, built once per dataset load. */
export interface DatasetIndex {
  entities: Map<string, DatasetEntity>;
  /** The dataset's entities in order: tabs name an entity by its index here. */
  ordered: readonly DatasetEntity[];
  positions: Map<string, number>;
  articles: Map<string, DatasetArticle>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  return {
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    ordered: dataset.entities,
    positions: new Map(dataset.entities.map((e, i) => [e.id, i])),
    articles: new Map(dataset.articles.map((a) => [a.id, a])),
  };
}

/** An entity as other contexts are told of it. */
export function refTo(index: DatasetIndex, entity: DatasetEntity): EntityRef {
  return { id: entity.id, entity: index.positions.get(entity.id)!, name: entity.name, type: entity.type };
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

function refsTo(index: DatasetIndex, ids: string[]): EntityRef[] {
  return [...new Set(ids)].flatMap((id) => {
    const e = index.entities.get(id);
    return e ? [refTo(index, e)] : [];
  });
}

function proposedByOf(index: DatasetIndex, entity: DatasetEntity): EntityCard['proposedBy'] {
  const proposers = entity.proposedBy ?? [];
  const entities = refsTo(index, proposers.map((p) => p.entityId));
  if (entities.length === 0) return undefined;
  const articleId = proposers.find((p) => p.articleId !== undefined)?.articleId;
  const source = articleId === undefined ? null : sourceOf(index, articleId);
  return source ? { entities, source } : { entities };
}

/** The card of the entity at `position` in the dataset (how a tab names it). */
export function cardFor(index: DatasetIndex, position: number): EntityCard | null {
  const entity = index.ordered[position];
  if (!entity) return null;
  const role = roleOf(index, entity);
  const quote = quoteOf(index, entity);
  const proposedBy = proposedByOf(index, entity);
  return {
    ...(role ? { role } : {}),
    ...(quote ? { quote } : {}),
    ...(proposedBy ? { proposedBy } : {}),
    ...refTo(index, entity),
    description: entity.description,
    mentions: entity.mentions.slice(0, MAX_SENTENCES).flatMap((m) => {
      const source = sourceOf(index, m.articleId);
      return source ? [{ sentence: m.sentence, start: m.start, end: m.end, source }] : [];
    }),
    // A proposer already has its chip on the "Proposed by" line; a second one would be noise.
    related: refsTo(index, entity.related).filter((r) => !proposedBy?.entities.some((p) => p.id === r.id)),
  };
}
