import { knownName } from './known-names';
import { joinTokens } from './role-split';
import type { Token } from './tokens';

/**
 * "a UNESCO World Heritage site", "its UNESCO World Heritage status": the body that lists the site
 * is named; "World Heritage" (and "Site") after it is the site's status, no name of its own. Returns
 * the body's words, or undefined when the name is not so ("World Heritage Committee" stays whole).
 */
export function bodyBeforeHeritageStatus(name: Token[]): Token[] | undefined {
  const at = name.findIndex((t, k) => k > 0 && t.text === 'World' && name[k + 1]?.text === 'Heritage');
  if (at < 0) return undefined;
  const tail = name.slice(at + 2);
  if (tail.length > 1 || (tail.length === 1 && !/^Sites?$/.test(tail[0]!.text))) return undefined;
  const body = name.slice(0, at);
  return knownName(joinTokens(body))?.type === 'organization' ? body : undefined;
}

/**
 * "inscribed as a World Heritage site", "two World Heritage sites": the status alone, before its
 * noun in lower case, names nothing ("the World Heritage Site" in capitals is a gold list's name).
 */
export function isHeritageStatusAlone(name: Token[], next: Token | undefined): boolean {
  return name.length === 2 && name[0]!.text === 'World' && name[1]!.text === 'Heritage' && next?.gapBefore === ' ' && /^(?:sites?|status|listing|property|properties)$/.test(next.text);
}
