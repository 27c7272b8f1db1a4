import type { Token } from './tokens';

/**
 * "The programme, called Homes Close to Work, will …", "a scheme dubbed Help to Buy": a scheme's
 * name is often a phrase in title case, with small words inside that would otherwise end the name
 * ("Homes Close" and "Work"). Read whole only after a scheme's noun and "called", "named" or
 * "dubbed", where the writer says a name follows and what it names: a group "called Friends of
 * the Earth" is a body, left to the other rules.
 */
const SCHEME_NOUNS = new Set([
  'programme', 'program', 'scheme', 'initiative', 'plan', 'project', 'campaign', 'policy', 'strategy', 'fund', 'app', 'platform', 'service',
]);
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'titled', 'branded']);
// Not "in", "at" or "from", which more often open a place after the name ("… to Buy in England").
const SMALL_WORDS = new Set(['to', 'of', 'the', 'for', 'and', 'a', 'an', 'with']);
const MAX_WORDS = 7;

/** Whether the words before tokens[i] are a scheme's noun, an optional comma, then a naming verb. */
function followsSchemeNaming(tokens: Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const noun = tokens[i - 2];
  if (!verb || !noun || tokens[i]!.gapBefore !== ' ' || !NAMING_VERBS.has(verb.text)) return false;
  return /^,? $/.test(verb.gapBefore) && SCHEME_NOUNS.has(noun.text.toLowerCase());
}

/**
 * Where a scheme's name opening at tokens[i] ends (the index of its last word), or -1: capitalised
 * words and small words, capitalised first and last, with at least one small word inside (a name
 * with none is found as any other), and punctuation or the sentence's end right after it.
 */
export function calledNameEnd(tokens: Token[], i: number, sentence: string): number {
  if (!followsSchemeNaming(tokens, i) || !/^\p{Lu}/u.test(tokens[i]!.text)) return -1;
  let last = -1;
  let small = false;
  for (let j = i; j < tokens.length && j < i + MAX_WORDS; j++) {
    const t = tokens[j]!;
    if (j > i && t.gapBefore !== ' ') break;
    if (/^\p{Lu}/u.test(t.text) && !t.possessive) last = j;
    else if (SMALL_WORDS.has(t.text)) small = true;
    else return -1;
  }
  if (last < 0 || !small || last === i) return -1;
  const rest = sentence.slice(tokens[last]!.end);
  return /^(?:\s*$|[,.;:)])/u.test(rest) ? last : -1;
}
