import { US_STATES } from './lexicon/countries';

/** Phrases that contain a place's name but name something else: "New Mexico" for Mexico. */
export function lookalikeBlockers(name: string): string[] {
  const states = US_STATES.filter((s) => s !== name && s.endsWith(` ${name}`));
  return states.length > 0 ? [...states, `Gulf of ${name}`] : [];
}
