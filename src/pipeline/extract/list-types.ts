import type { Candidate } from './candidates';
import type { TypeGuess } from './classify';
import { LIST_HEAD_TYPES } from './lexicon/words';

// "the Third Way alliance and the Left": "the" may open the last member.
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+(?:the\s+)?)$/;
const WEAK = 2;
// "companies such as", "countries, including", "firms like": the noun that heads the list.
const LIST_HEAD = /(\p{Ll}+),?\s+(?:such as|including|like)\s+(?:the\s+)?$/u;
// A stated class beats compromise's lexicon and a context guess, not a name's own words or a lexicon entry.
const STATED = 4;

/**
 * "Ziguinchor, Sonko's stronghold": a possessive name after a bare comma opens an apposition about
 * the name before it, not a list with it ("Brazil, Argentina and Chile's leaders" still is one).
 */
function opensApposition(candidate: Candidate, gap: string): boolean {
  return candidate.tokens[candidate.tokens.length - 1]!.possessive && /^,\s*$/.test(gap);
}

/**
 * "… edging Cummins to Carey, and Sai Sudharsan fell for 9": a comma before "and" after a single
 * name joins two clauses; a list takes it only after two members or more ("Oman, Qatar, and Iraq").
 */
const joinsClauses = (gap: string, membersSoFar: number): boolean => membersSoFar === 1 && /^,\s*(?:and|or)\s/.test(gap);

// "H&M, Inditex, Gap and other Western retailers": the class named after the list, with "other".
const LIST_TAIL = /^,?\s+(?:and|or)\s+other\s+(?:\p{Lu}[\p{L}-]*\s+)?(\p{Ll}+)/u;

/**
 * The type a plural noun states for all the list's members, before it ("companies such as BP and
 * Woodside") or after it ("Inditex, Gap and other retailers").
 */
function statedType(sentence: string, first: Candidate, last: Candidate): TypeGuess['type'] | undefined {
  const head = LIST_HEAD.exec(sentence.slice(0, first.tokens[0]!.start));
  const tail = LIST_TAIL.exec(sentence.slice(last.tokens[last.tokens.length - 1]!.end));
  const noun = head?.[1] ?? tail?.[1];
  return noun ? LIST_HEAD_TYPES.get(noun) : undefined;
}

/**
 * "The Sultan of Brunei, Hassanal Bolkiah, opened …": two names between commas with no "and" are
 * one thing named twice, not a list, when the second is a full name of several words closed by a
 * comma. "Jasper, Alberta, said" (one word) still shares the place's type.
 */
function namesInApposition(candidates: Candidate[], start: number, end: number, sentence: string): boolean {
  if (end - start !== 2) return false;
  const second = candidates[start + 1]!;
  const gap = sentence.slice(candidates[start]!.tokens[candidates[start]!.tokens.length - 1]!.end, second.tokens[0]!.start);
  const after = sentence.slice(second.tokens[second.tokens.length - 1]!.end);
  return /^,\s*$/.test(gap) && second.tokens.length >= 2 && /^,\s+\p{Ll}/u.test(after);
}

/**
 * Names in one list share a type: in "Odesa, Chornomorsk and Pivdennyi" or "SQM and Albemarle",
 * a weakly typed member takes the type of the most surely typed one; a class named before the
 * list ("companies such as …") types every member that nothing surer types.
 */
export function shareListTypes(candidates: Candidate[], guesses: TypeGuess[], sentence: string): TypeGuess[] {
  const result = [...guesses];
  let start = 0;
  for (let i = 1; i <= candidates.length; i++) {
    const previous = candidates[i - 1]!;
    const current = candidates[i];
    const gap = current ? sentence.slice(previous.tokens[previous.tokens.length - 1]!.end, current.tokens[0]!.start) : '';
    if (current && LIST_GAP.test(gap) && !opensApposition(current, gap) && !joinsClauses(gap, i - start)) continue;
    const stated = statedType(sentence, candidates[start]!, previous);
    for (let j = start; stated && j < i; j++) {
      if (result[j]!.strength < STATED) result[j] = { type: stated, strength: STATED };
    }
    if (i - start > 1 && !namesInApposition(candidates, start, i, sentence)) {
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
