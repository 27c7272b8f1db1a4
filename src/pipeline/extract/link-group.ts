import type { EntityType } from '../../core/dataset/schema';
import type { Observation } from './observation';

/** What the clustering knows of one group of same-spelled observations. */
export interface LinkGroup {
  observations: Observation[];
  type: EntityType;
  /** The surest guess behind that type (0 a default … 5 a lexicon entry). */
  strength: number;
}

/** A group's words; a lexicon name's are its full name's ("IMF" is "International Monetary Fund"). */
export const groupWords = (g: LinkGroup): string[] => (g.observations[0]!.knownName ?? g.observations[0]!.text).split(/\s+/);

/** Whether a lexicon knows the group's name. */
export const isKnownGroup = (g: LinkGroup): boolean => g.observations[0]!.knownName !== undefined;
