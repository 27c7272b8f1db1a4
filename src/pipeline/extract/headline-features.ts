import { knownName } from './known-names';
import { ORGANIZATION_WORDS, PLACE_WORDS } from './lexicon/words';
import type { Token } from './tokens';
import { isCommonWord } from './word-tags';
import { escapeRegExp } from '../../core/text/escape-regexp';


/**
 * "Panama Canal Cuts Daily Transits …" over a body that prints only "the Panama Canal Authority":
 * a headline's name and a place's feature word ("Canal", "Lake") name the feature when the body
 * prints the same two words opening a longer name, so the headline's capitals are not its only
 * evidence. Not "Barrier Reef" from "Great Barrier Reef" (a name word before it in the body), nor
 * "Reserve Bank" (a body's word, "Bank", is no feature's here).
 */
export function headlineFeatures(title: Token[], body: string): string[] {
  const found: string[] = [];
  title.forEach((t, i) => {
    const feature = title[i + 1];
    if (!feature || feature.gapBefore !== ' ' || !PLACE_WORDS.has(feature.text) || ORGANIZATION_WORDS.has(feature.text)) return;
    if (!t.capitalised || isCommonWord(t.text) || PLACE_WORDS.has(t.text)) return;
    const pair = `${t.text} ${feature.text}`;
    if (knownName(pair)) return;
    // Printed in the body right before another capitalised word, and after no name word but "The".
    const opensLonger = new RegExp(`(?:^|[^\\p{L}'’-])(?<!\\p{Lu}\\p{Ll}*\\s)${escapeRegExp(pair)} \\p{Lu}`, 'u');
    const afterThe = new RegExp(`The ${escapeRegExp(pair)} \\p{Lu}`, 'u');
    if (opensLonger.test(body) || afterThe.test(body)) found.push(pair);
  });
  return found;
}
