import { findCandidates } from './candidates';
import { classify } from './classify';
import { tokenize } from './tokens';

/** The names found in one sentence (for tests of the rules that find and type them). */
export const candidatesIn = (sentence: string) => findCandidates(tokenize(sentence), sentence);

/** The type the rules give `name` in `sentence`; throws, listing what was found, if it is not a candidate there. */
export function typeOf(sentence: string, name: string): string {
  const found = candidatesIn(sentence);
  const c = found.find((x) => x.text === name);
  if (!c) throw new Error(`no candidate ${name} in ${found.map((x) => x.text).join(', ')}`);
  return classify(c).type;
}
