import type { Candidate } from './candidates';
import { ROLE_HEADS, ROLE_WORDS } from './lexicon/words';
import { bodyInTitle, placesIn } from './title-names';
import { knownName, placeOfAdjective } from './known-names';
import type { Token } from './tokens';

/** Where the title words that close a run begin ("President" in "BC Hydro President"), or -1. */
function trailingTitleStart(run: Token[]): number {
  if (!ROLE_HEADS.has(run[run.length - 1]!.text)) return -1;
  let k = run.length - 1;
  while (k > 0 && ROLE_WORDS.has(run[k - 1]!.text)) k--;
  return k;
}

const isPlainWord = (t: Token) => !ROLE_WORDS.has(t.text) && knownName(t.text)?.type !== 'place' && placeOfAdjective(t.text) === undefined;

/**
 * "Nvidia President and CEO Jensen Huang", "BC Hydro President and CEO Charlotte Mitha": two
 * titles joined by "and" before one name. The run before "and" is no name of its own: its title
 * words open the person's role, and the words before them name the employer. `make` builds a
 * candidate of some of the sentence's tokens.
 */
export function joinSharedTitles(candidates: Candidate[], sentence: string, make: (tokens: Token[]) => Candidate): Candidate[] {
  const result: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const title = candidates[i]!;
    const holder = candidates[i + 1];
    const start = holder?.role && !title.role ? trailingTitleStart(title.tokens) : -1;
    const between = holder ? sentence.slice(title.tokens[title.tokens.length - 1]!.end, holder.tokens[0]!.start) : '';
    if (start < 0 || between !== ` and ${holder!.role} `) {
      result.push(title);
      continue;
    }
    const employer = title.tokens.slice(0, start);
    const body = employer.length > 0 ? bodyInTitle(employer) : undefined;
    const places = body ? [] : placesIn(employer);
    if (body) result.push(make(body));
    for (const place of places) result.push(make(place));
    // "BC Hydro": one to three plain words before the title are the company the holder leads.
    if (!body && places.length === 0 && employer.length >= 1 && employer.length <= 3 && employer.every(isPlainWord)) result.push({ ...make(employer), company: 3 });
    holder!.role = `${title.text}${between.trimEnd()}`;
  }
  return result;
}
