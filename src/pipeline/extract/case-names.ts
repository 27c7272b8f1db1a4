import type { Token } from './tokens';

// Words that say a sentence is about a lawsuit, so "X v Y" in it names the case, not a match.
const LEGAL_WORDS = new Set(['case', 'cases', 'ruling', 'ruled', 'rules', 'court', 'judgment', 'judgement', 'judge', 'judges', 'appeal', 'lawsuit', 'precedent', 'verdict', 'litigation']);
const VERSUS = new Set(['v', 'vs', 'v.', 'vs.']);

/**
 * "Johnson v FirstRand", "Roe v Wade": a court case is named by its parties joined by "v". Only in
 * a sentence about a court: "England v Australia" on a sports page is a fixture, two names.
 */
export function joinsCaseName(tokens: Token[], i: number, run: Token[]): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (run.length === 0 || !VERSUS.has(t.text) || t.gapBefore !== ' ' || !next || next.gapBefore !== ' ' || !next.capitalised) return false;
  return tokens.some((w) => LEGAL_WORDS.has(w.text.toLowerCase()));
}

/** Whether a name's words are a case's: parties on both sides of "v". */
export function isCaseName(words: readonly string[]): boolean {
  const at = words.findIndex((w) => VERSUS.has(w));
  return at > 0 && at < words.length - 1;
}
