import { knownName, placeOfAdjective } from './known-names';
import { FIELD_WORDS, isPortfolioWord, PORTFOLIO_HEADS } from './lexicon/portfolio-words';
import { isPatronymicParticle, ROLE_WORDS } from './lexicon/words';
import { isGivenName } from './name-runs';
import type { Token } from './tokens';

const FIELD = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
// "Secretary of State for Health and Social Care": "for" too goes on to more of the portfolio.
const SEPARATOR = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+&\\s+|\\s+for\\s+(?:the\\s+)?)';
/**
 * Text that ends where a minister's portfolio goes on: "Minister of Environment, ", "Minister for ",
 * "Chancellor of the " (the Exchequer, the Duchy of Lancaster; not "Chancellor of Germany").
 */
const PORTFOLIO_OPEN = new RegExp(`\\b(?:(?:${[...PORTFOLIO_HEADS].join('|')})\\s+(?:of|for)\\s+(?:the\\s+)?|Chancellor\\s+of\\s+the\\s+)(?:${FIELD}${SEPARATOR})*$`, 'u');
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
  // A father's name after "bin" says the word before it is a given name ("Said bin Hamoud").
  const opensName = (k: number) => isGivenName(run[k]!.text) || isPatronymicParticle(run[k + 1]?.text);
  let k = 0;
  while (k < run.length && !opensName(k)) k++;
  return k < run.length ? k : holderAfterFields(run);
}

/**
 * "(Minister of Industries,) Mines and Energy Natangwe Ithete", "(Minister for) Sugar Industry
 * Charan Jeath Singh": with no given name a list knows, a field ending in a portfolio's word, then
 * two or three other plain words that end the run, are the minister's name. Where they start, or
 * the run's length if they are not there. A company a list knows ("Biman", an airline's) may be a
 * name's word there; a place may not.
 */
function holderAfterFields(run: Token[]): number {
  const plain = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive && !isPortfolioWord(t.text) && knownName(t.text)?.type !== 'place';
  for (const nameLength of [3, 2]) {
    const start = run.length - nameLength;
    const fieldEnd = run[start - 1];
    if (start < 1 || !isPortfolioWord(fieldEnd!.text)) continue;
    // Every word before it a field's, or one plain word that opens it ("Sugar Industry").
    const field = run.slice(0, start - 1);
    if (field.every((t, k) => isPortfolioWord(t.text) || (k > 0 && t.text === 'and') || (k === 0 && field.length === 1 && plain(t))) && run.slice(start).every(plain)) return start;
  }
  return run.length;
}

/**
 * "Cabinet Secretary for the National Treasury John Mbadi": a run that holds a minister's title and
 * portfolio before a person's name. Where the name starts (its given name), or 0 if it holds none.
 */
export function portfolioTitleEnd(run: Token[]): number {
  // A title that opens with its own words or a place ("U.S. Secretary of State Mike Pompeo") is
  // the role splitter's, which keeps the role and the place.
  if (ROLE_WORDS.has(run[0]!.text) || knownName(run[0]!.text)?.type === 'place') return 0;
  const head = run.findIndex((t, k) => PORTFOLIO_HEADS.has(t.text) && /^(?:of|for)$/.test(run[k + 1]?.text ?? ''));
  if (head < 0) return 0;
  const given = run.findIndex((t, k) => k > head + 2 && k < run.length - 1 && isGivenName(t.text));
  return given > 0 ? given : 0;
}


/**
 * "Energy and Mineral Resources Minister Bahlil Lahadalia", "Climate Change and Energy Minister
 * Chris Bowen": a run right before "and" and a title the next name holds is the title's first
 * field, no name. Drops such runs and gives the whole title to the name after them.
 */
export function joinPortfolioFields<T extends { text: string; tokens: Token[]; role?: string }>(candidates: T[], sentence: string): T[] {
  const dropped = new Set<number>();
  candidates.forEach((c, i) => {
    const next = candidates[i + 1];
    // Not "talks between Kestrel and Finance Minister Ana Ruiz": the run's words must be a field's,
    // after a country's adjective maybe ("Turkish Transport and Infrastructure Minister").
    const fieldWord = (t: Token, k: number) => ROLE_WORDS.has(t.text) || FIELD_WORDS.has(t.text) || (k === 0 && c.tokens.length > 1 && placeOfAdjective(t.text) !== undefined);
    if (!next?.role || c.role || !c.tokens.every(fieldWord)) return;
    const between = sentence.slice(c.tokens[c.tokens.length - 1]!.end, next.tokens[0]!.start);
    const and = /^ (?:and|&) /.exec(between);
    if (!and || !between.slice(and[0].length).startsWith(next.role) || !ROLE_WORDS.has(next.role.split(' ').at(-1)!)) return;
    dropped.add(i);
    next.role = `${c.text}${and[0]}${next.role}`;
  });
  return candidates.filter((_, i) => !dropped.has(i));
}
