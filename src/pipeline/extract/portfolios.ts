import { isGivenName } from './name-runs';
import type { Token } from './tokens';

const FIELD = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
const SEPARATOR = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+&\\s+)';
/** Text that ends where a minister's portfolio goes on: "Minister of Environment, " or "Minister for ". */
// Also "Chancellor of the Exchequer", "Chancellor of the Duchy of Lancaster" (not "Chancellor of Germany").
const PORTFOLIO_OPEN = new RegExp(`\\b(?:(?:Minister|Secretary|Commissioner)\\s+(?:of|for)\\s+(?:the\\s+)?|Chancellor\\s+of\\s+the\\s+)(?:${FIELD}${SEPARATOR})*$`, 'u');
/** Enough text before a name to hold a title and a few fields. */
const LOOK_BACK = 120;

/**
 * "Minister for Foreign Affairs Penny Wong", "Minister of Environment, Urbanisation and Climate
 * Change": a minister's portfolio names no one. How many of the run's first words are the
 * portfolio's: all of them, or those before a given name opens the minister's own name.
 */
export function portfolioLength(run: Token[], sentence: string): number {
  const start = run[0]!.start;
  if (!PORTFOLIO_OPEN.test(sentence.slice(Math.max(0, start - LOOK_BACK), start))) return 0;
  let k = 0;
  while (k < run.length && !isGivenName(run[k]!.text)) k++;
  return k;
}
