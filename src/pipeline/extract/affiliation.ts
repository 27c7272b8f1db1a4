import type { Candidate } from './candidates';
import type { TypeGuess } from './classify';

// "Hou Yu-ih of the Kuomintang", "Lai Ching-te of the ruling DPP", "Ko of the smaller Taiwan
// People's Party": a person's name, "of the", at most two lower-case words, then the name.
const AFFILIATION_GAP = /^\s+of the(?:\s+[\p{Ll}-]+){0,2}\s+$/u;
const WEAK = 2;

/**
 * A person "of the" something names the party or body the person belongs to: people are not
 * "of the" a person, and places after a person's name take "from" or "in". Weak guesses only.
 */
export function affiliationTypes(candidates: Candidate[], guesses: TypeGuess[], sentence: string): TypeGuess[] {
  return guesses.map((guess, i) => {
    const previous = candidates[i - 1];
    if (i === 0 || !previous || guess.strength >= WEAK || guesses[i - 1]!.type !== 'person') return guess;
    const gap = sentence.slice(previous.tokens[previous.tokens.length - 1]!.end, candidates[i]!.tokens[0]!.start);
    return AFFILIATION_GAP.test(gap) ? { type: 'organization', strength: WEAK } : guess;
  });
}
