import { knownName } from './known-names';
import { ORGANIZATION_WORDS, ROLE_WORDS } from './lexicon/words';
import { joinTokens } from './role-split';
import type { Token } from './tokens';

/** Text that ends where an envoy's posting is named: "EU Ambassador to ", "envoy to the ". */
const POSTED_TO = /\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:[- ][Gg]eneral)?|[Rr]epresentative|High Commissioner)s? to (?:the )?$/u;

const plainNameWord = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive && knownName(t.text) === undefined && !ROLE_WORDS.has(t.text) && !ORGANIZATION_WORDS.has(t.text);

/**
 * "EU Ambassador to Moldova Iwona Piórko": after an envoy's "to", a place a list knows and then two
 * or three plain words that end the run are the posting and the envoy's own name, not one body.
 * How many of the run's first words are the place's, or 0.
 */
export function postingPlaceLength(run: Token[], sentence: string): number {
  const start = run[0]!.start;
  if (!POSTED_TO.test(sentence.slice(Math.max(0, start - 40), start))) return 0;
  const fits = (k: number) => {
    const name = run.slice(k);
    return name.length >= 2 && name.length <= 3 && name.every(plainNameWord) && knownName(joinTokens(run.slice(0, k)))?.type === 'place';
  };
  return [3, 2, 1].find(fits) ?? 0;
}
