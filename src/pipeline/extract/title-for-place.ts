import type { Candidate } from './candidates';
import { knownName } from './known-names';
import { ROLE_HEADS } from './lexicon/words';
import { isGivenName } from './name-runs';
import { joinTokens } from './role-split';
import { bodyInTitle } from './title-names';
import type { Token } from './tokens';

const TITLE_HEADS = new Set([...ROLE_HEADS, 'Rapporteur', 'Coordinator']);
const MAX_PLACE_WORDS = 3;

/** How many first words of `name` are a known place with a given name right after them (0 if none). */
function placeBeforeGivenName(name: Token[]): number {
  for (let k = 1; k <= MAX_PLACE_WORDS && k <= name.length - 2; k++) {
    if (knownName(joinTokens(name.slice(0, k)))?.type === 'place' && isGivenName(name[k]!.text)) return k;
  }
  return 0;
}

/**
 * "WHO Regional Director for Africa Mohamed Janabi", "UN Special Rapporteur for Myanmar Tom
 * Andrews": a title "for" a place, then the holder's name in one run. The run is split into the
 * place and the person, who takes the whole title as a role; the run before "for" is the title,
 * which names no one but its body ("WHO"). `make` builds a candidate of some of the sentence's tokens.
 */
export function splitTitleForPlace(candidates: Candidate[], sentence: string, make: (tokens: Token[]) => Candidate): Candidate[] {
  const result: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const title = candidates[i]!;
    const name = candidates[i + 1];
    const between = name ? sentence.slice(title.tokens[title.tokens.length - 1]!.end, name.tokens[0]!.start) : '';
    const k = name && between === ' for ' && !title.role && TITLE_HEADS.has(title.tokens[title.tokens.length - 1]!.text) ? placeBeforeGivenName(name.tokens) : 0;
    if (!name || k === 0) {
      result.push(title);
      continue;
    }
    const body = bodyInTitle(title.tokens);
    if (body) result.push(make(body));
    const place = name.tokens.slice(0, k);
    result.push(make(place), { ...make(name.tokens.slice(k)), role: `${title.text} for ${joinTokens(place)}` });
    i++;
  }
  return result;
}
