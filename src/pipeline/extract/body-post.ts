import type { Candidate } from './candidates';
import { knownName } from './known-names';
import { ROLE_HEADS, ROLE_WORDS } from './lexicon/words';
import type { Token } from './tokens';

/**
 * "the EU Ambassador", "a UN Special Rapporteur": a body a list knows, then title words ending in a
 * head word, with no holder named after them, is the body's post; only the body is named. Runs
 * last, after the passes that give such a title to a holder further on ("UN Special Rapporteur
 * for Myanmar Tom Andrews") or share it ("Nvidia President and CEO Jensen Huang").
 */
export function namePostsBodies(candidates: Candidate[], make: (tokens: Token[]) => Candidate): Candidate[] {
  return candidates.map((c) => {
    const [body, ...title] = c.tokens;
    const post = !c.role && title.length > 0 && knownName(body!.text)?.type === 'organization' && title.every((t) => ROLE_WORDS.has(t.text)) && ROLE_HEADS.has(title.at(-1)!.text);
    return post ? make([body!]) : c;
  });
}
