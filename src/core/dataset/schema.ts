/**
 * The dataset the pipeline writes and the extension reads: one versioned, documented shape.
 *
 * Version history
 *   1 — articles, entities with aliases, blockers, mentions (sentence + offsets) and related ids.
 */
export const DATASET_SCHEMA_VERSION = 1;

export const ENTITY_TYPES = ['person', 'place', 'organization', 'event', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface DatasetArticle {
  /** Stable id derived from the article's file name, e.g. "telesur-2019-05-14-pompeo-lavrov-sochi". */
  id: string;
  title: string;
  outlet: string;
  /** ISO date, YYYY-MM-DD. */
  published: string;
  section?: string;
  language?: string;
  url?: string;
}

/** One sentence of an article that names the entity. */
export interface EntityMention {
  articleId: string;
  sentence: string;
  /** UTF-16 offsets of the first naming of the entity inside `sentence`. */
  start: number;
  end: number;
}

export interface DatasetEntity {
  /** Stable slug, e.g. "sergei-lavrov". */
  id: string;
  /** Display name, as printed (diacritics kept). */
  name: string;
  type: EntityType;
  /** Every written form that names the entity, `name` included. */
  aliases: string[];
  /** Phrases that contain an alias but name something else ("New Mexico" for Mexico). */
  blockers: string[];
  description: string;
  mentions: EntityMention[];
  /** Ids of entities named in the same sentences, most co-mentioned first. */
  related: string[];
}

export interface Dataset {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  articles: DatasetArticle[];
  entities: DatasetEntity[];
}
