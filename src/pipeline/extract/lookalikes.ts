import type { EntityType } from '../../core/dataset/schema';
import type { SenseCues } from '../../core/match/other-senses';
import { GEORGIA_COUNTRY_CUES, GEORGIA_STATE_CUES, US_STATES, WASHINGTON_CAPITAL_CUES, WASHINGTON_STATE_CUES } from './lexicon/countries';
import { LOOKALIKE_PHRASES } from './lexicon/lookalike-phrases';

/** Whether `phrase` holds `name` as whole words (hyphens separate words: "Guinea-Bissau"). */
const containsWord = (phrase: string, name: string) =>
  phrase !== name && ` ${phrase.replace(/-/g, ' ')} `.includes(` ${name} `);

/**
 * Phrases that contain a place's name but name something else ("New Mexico", "Gulf of Mexico" for
 * Mexico): US states, then the look-alikes lexicon/lookalike-phrases.ts lists. Only places get them.
 */
export function lookalikeBlockers(name: string, type: EntityType): string[] {
  if (type !== 'place') return [];
  const states = US_STATES.filter((s) => s !== name && s.endsWith(` ${name}`));
  return [...states, ...LOOKALIKE_PHRASES.filter((phrase) => containsWord(phrase, name) && !states.includes(phrase))];
}

/** Places whose name is also another place's, with the words of each. */
const SENSES: Record<string, SenseCues> = {
  Georgia: { own: GEORGIA_COUNTRY_CUES, other: GEORGIA_STATE_CUES },
  Washington: { own: WASHINGTON_CAPITAL_CUES, other: WASHINGTON_STATE_CUES },
};

/**
 * Cues that tell a place's name from another place's: "Georgia" beside "Atlanta" or "Republican"
 * is the U.S. state, "Washington" beside "Seattle" too. For the country or the capital only: the
 * state's own entity (a qualified one) gets none.
 */
export function senseCuesOf(name: string, type: EntityType, qualifier?: string): SenseCues | undefined {
  return type === 'place' && !qualifier ? SENSES[name] : undefined;
}
