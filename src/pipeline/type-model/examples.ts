import { ENTITY_TYPES, type EntityType } from '../../core/dataset/schema';
import type { SourceArticle } from '../article';
import { typeFeatures } from './features';
import type { TypeExample } from './model';

/** One entity of a gold list, as the annotated corpus writes it. */
export interface GoldEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
}

/** The text the features are read from: what the extraction reads, headline first. */
export function articleText(article: Pick<SourceArticle, 'title' | 'paragraphs'>): string {
  return [article.title, ...article.paragraphs].join('\n\n');
}

/**
 * Checks a parsed gold list's shape; returns why it is wrong, or undefined. The corpus loader
 * reports the reason with the file's name.
 */
export function goldListProblem(value: unknown): string | undefined {
  const entities = (value as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) return 'expected {"entities": [...]}';
  for (const [i, e] of entities.entries()) {
    const { name, type, aliases } = (e ?? {}) as Record<string, unknown>;
    if (typeof name !== 'string' || name === '') return `entity ${i + 1}: "name" must be a non-empty string`;
    if (!ENTITY_TYPES.includes(type as EntityType)) return `entity ${i + 1} (${name}): "type" must be one of ${ENTITY_TYPES.join(', ')}`;
    if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) return `entity ${i + 1} (${name}): "aliases" must be a list of strings`;
  }
  return undefined;
}

/** The training examples one annotated article gives: one per gold entity. */
export function goldExamples(article: Pick<SourceArticle, 'title' | 'paragraphs'>, gold: readonly GoldEntity[]): TypeExample[] {
  const text = articleText(article);
  return gold.map((g) => ({ type: g.type, features: typeFeatures([g.name, ...(g.aliases ?? [])], text) }));
}
