/**
 * "Park Seon-hee", "Moon Jae-in": a Korean name prints the family name first and a given name of
 * two romanised syllables joined by a hyphen, the second in lower case. That given name is no
 * English word, so it vouches for the short word before it ("Park", "Moon", "Song") as a family
 * name, even where that word opens the sentence and reads as a common noun.
 */
const FAMILY_NAME = /^\p{Lu}\p{Ll}{1,3}$/u;
const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}$/u;
// English compounds of the same shape ("Follow-up", "Post-war", "Self-made") are no given names.
const ENGLISH_HALVES = /^(?:up|down|in|on|off|out|over|war|made|run|led|term|time|year|day|way|based|free|like|wide|side|style)$/u;

export function isFamilyFirstName(words: readonly string[]): boolean {
  if (words.length !== 2 || !FAMILY_NAME.test(words[0]!) || !SYLLABLE_GIVEN_NAME.test(words[1]!)) return false;
  return !ENGLISH_HALVES.test(words[1]!.split('-')[1]!);
}
