import { APPOSITIVE_ORGANIZATION_NOUNS } from './lexicon/appositive-nouns';
import { appositiveNoun } from './context-cues';
import type { Token } from './tokens';

// Nouns in apposition that say the name before them is a scheme's: "Better Factories Cambodia, an ILO programme".
const APPOSITIVE_SCHEME_NOUNS = new Set(['programme', 'program', 'initiative', 'scheme', 'project', 'campaign']);

// "Neighbouring Ghana, the second-largest producer": a country too is a producer or a bloc's member.
const COUNTRY_ROLES = new Set(['producer', 'supplier', 'manufacturer', 'maker', 'developer', 'distributor', 'miner', 'alliance', 'bloc', 'coalition', 'faction', 'monitor']);
// What only a body has on its staff: "Labour's transport spokesperson", "Unite's general secretary".
const STAFF_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'leader', 'secretary', 'chairman', 'chairwoman', 'chair', 'treasurer']);

/**
 * Whether the sentence says that a capitalised common word opening it is a body's name, so it is
 * no mere sentence capital: "Maritime New Zealand, the safety regulator, said", where an apposition
 * names a body, or "Labour's transport spokesperson", a possessive before a post on a body's staff
 * (one or two lower-case words before it).
 */
export function saysInitialWordIsName(found: Token[], tokens: Token[], sentence: string): boolean {
  const lastIndex = tokens.indexOf(found[found.length - 1]!);
  const last = tokens[lastIndex]!;
  if (last.possessive) {
    const staff = tokens.slice(lastIndex + 1, lastIndex + 3).findIndex((t) => STAFF_NOUNS.has(t.text));
    return staff >= 0 && tokens.slice(lastIndex + 1, lastIndex + 1 + staff).every((t) => /^\p{Ll}+$/u.test(t.text));
  }
  const apposed = appositiveNoun(sentence, tokens, lastIndex) ?? '';
  // "Better Factories Cambodia, an ILO programme that …": so does one that names a scheme.
  return found.length > 1 && (APPOSITIVE_ORGANIZATION_NOUNS.has(apposed) || APPOSITIVE_SCHEME_NOUNS.has(apposed)) && !COUNTRY_ROLES.has(apposed);
}
