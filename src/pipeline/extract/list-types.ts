import type { Candidate } from './candidates';
import type { TypeGuess } from './classify';

const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
const WEAK = 2;

/**
 * Names in one list share a type: in "Odesa, Chornomorsk and Pivdennyi" or "SQM and Albemarle",
 * a weakly typed member takes the type of the most surely typed one.
 */
export function shareListTypes(candidates: Candidate[], guesses: TypeGuess[], sentence: string): TypeGuess[] {
  const result = [...guesses];
  let start = 0;
  for (let i = 1; i <= candidates.length; i++) {
    const previous = candidates[i - 1]!;
    const current = candidates[i];
    const gap = current ? sentence.slice(previous.tokens[previous.tokens.length - 1]!.end, current.tokens[0]!.start) : '';
    if (current && LIST_GAP.test(gap)) continue;
    if (i - start > 1) {
      const members = result.slice(start, i);
      const strongest = members.reduce((a, b) => (b.strength > a.strength ? b : a));
      for (let j = start; j < i; j++) {
        if (result[j]!.strength < WEAK && strongest.strength >= WEAK) result[j] = { type: strongest.type, strength: WEAK };
      }
    }
    start = i;
  }
  return result;
}
