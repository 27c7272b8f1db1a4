/**
 * The dataset the pipeline writes and the extension reads: one versioned, documented shape.
 *
 * Version history
 *   1 — articles, entities with aliases, blockers, mentions (sentence + offsets) and related ids.
 *   2 — entities may list `ambiguousAliases`; extracted entities carry `roles`, `quotes`,
 *       `relatedWeights` and `curated` (which fields an editor wrote), all optional so older
 *       writers stay valid. Mentions are ranked most informative first.
 *       Later, still 2: initiatives and events may list `proposedBy`, and `curated` may name it.
 *       Optional and additive, so no bump: every dataset written before stays valid, and the
 *       dataset ships inside the extension that reads it, so no older reader meets a newer one.
 *       Later, still 2: the dataset may list `lookalikeHeads`, and entities `senseCues`,
 *       optional and additive likewise.
 */
import type { HeadWords } from '../match/lookalike-heads';
import type { SenseCues } from '../match/other-senses';

export const DATASET_SCHEMA_VERSION = 2;

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

/** A title printed before the entity's name ("Russian Foreign Minister"), in one article. */
export interface EntityRole {
  role: string;
  articleId: string;
}

/** Words in quotation marks the article attributes to the entity ('"…," Lavrov said'). */
export interface EntityQuote {
  articleId: string;
  /** The quoted words, without the quotation marks. */
  text: string;
}

/** Who proposed or launched an initiative or event ("the dialogues proposed by Mexico and Uruguay"). */
export interface EntityProposer {
  /** Id of another entity of the dataset. */
  entityId: string;
  /** The article that says so; absent when an editor set it in the curation file. */
  articleId?: string;
}

/** Fields of an entity an editor set in the curation file rather than the extractor. */
export const CURATED_FIELDS = ['name', 'type', 'aliases', 'blockers', 'description', 'proposedBy'] as const;
export type CuratedField = (typeof CURATED_FIELDS)[number];

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
  /**
   * Aliases (each also in `aliases`) that name the entity only on a page that names it
   * unambiguously too: a surname alone ("Lavrov"), "Washington" for the U.S. government.
   * Optional; absent means every alias counts on its own.
   */
  ambiguousAliases?: string[];
  /**
   * For a name with another sense: words of each. "Atlanta" or "Republican" in the sentence, or
   * more of them than "Tbilisi" or "Georgian" on the page, mean "Georgia" the U.S. state, not
   * the country (see core/match/other-senses.ts). Optional.
   */
  senseCues?: SenseCues;
  description: string;
  mentions: EntityMention[];
  /** Ids of entities named in the same sentences, most co-mentioned first. */
  related: string[];
  /** Sentences shared with each entity of `related`, index for index (v2; optional). */
  relatedWeights?: number[];
  /** Titles printed before the name, one per article and wording (v2; optional). */
  roles?: EntityRole[];
  /** Direct quotes attributed to the entity, in article order (v2; optional). */
  quotes?: EntityQuote[];
  /** Who proposed it, for an initiative or event; one entry per proposer and article (optional). */
  proposedBy?: EntityProposer[];
  /** Fields set by the curation file; absent or empty means all were extracted (v2; optional). */
  curated?: CuratedField[];
}

export interface Dataset {
  schemaVersion: typeof DATASET_SCHEMA_VERSION;
  articles: DatasetArticle[];
  entities: DatasetEntity[];
  /**
   * Words that, written right before or after any alias, make it part of another name ("Lake"
   * in "Lake Chad", "Center" in "Carnegie Moscow Center"): the match does not count. Matched as
   * written or in capitals. Also given names before a surname alone or a place's name, honorifics
   * before a place's name, and places' names that are also given names (`givenNamePlaces`, "Chad
   * Wolf"); each list is described on HeadWords. Optional; absent means none.
   */
  lookalikeHeads?: HeadWords;
}
