import type { Candidate } from './candidates';
import type { TypeGuess } from './classify';

// "Hou Yu-ih of the Kuomintang", "Lai Ching-te of the ruling DPP", "Ko of the smaller Taiwan
// People's Party": a person's name, "of the", at most two lower-case words, then the name.
const AFFILIATION_GAP = /^\s+of the(?:\s+[\p{Ll}-]+){0,2}\s+$/u;
const WEAK = 2;

/**
 * A person "of the" something names the party or body the person belongs to: people are not
 * "of the" a person, and places after a person's name take "from" or "in". Weak guesses only; and
 * the other way round, an unproven name "of the" a party is its member.
 */
export function affiliationTypes(candidates: Candidate[], guesses: TypeGuess[], sentence: string): TypeGuess[] {
  return guesses.map((guess, i) => memberOfParty(candidates, guesses, sentence, i) ?? bodyOfPerson(candidates, guesses, sentence, i));
}

// Heads of a party's name: a name "of the" one is its member ("Mama Kandeh of the Gambia Democratic Congress").
const PARTY_HEADS = /^(?:Party|Congress|Front|Alliance|Movement|Union|League)$/u;

/** An unproven name of two or three words "of the" a party the sentence names is a person's. */
function memberOfParty(candidates: Candidate[], guesses: TypeGuess[], sentence: string, i: number): TypeGuess | undefined {
  const c = candidates[i]!;
  const party = candidates[i + 1];
  const guess = guesses[i]!;
  if (!party || !guess.unproven || c.tokens.length < 2 || c.tokens.length > 3 || guesses[i + 1]!.type !== 'organization' || guesses[i + 1]!.strength < 3) return undefined;
  if (!PARTY_HEADS.test(party.tokens[party.tokens.length - 1]!.text)) return undefined;
  const gap = sentence.slice(c.tokens[c.tokens.length - 1]!.end, party.tokens[0]!.start);
  return AFFILIATION_GAP.test(gap) ? { type: 'person', strength: WEAK } : undefined;
}

/** A weak name "of the" after a person's is the body the person belongs to. */
function bodyOfPerson(candidates: Candidate[], guesses: TypeGuess[], sentence: string, i: number): TypeGuess {
  const guess = guesses[i]!;
  const previous = candidates[i - 1];
  if (i === 0 || !previous || guess.strength >= WEAK || guesses[i - 1]!.type !== 'person') return guess;
  const gap = sentence.slice(previous.tokens[previous.tokens.length - 1]!.end, candidates[i]!.tokens[0]!.start);
  return AFFILIATION_GAP.test(gap) ? { type: 'organization', strength: WEAK } : guess;
}
