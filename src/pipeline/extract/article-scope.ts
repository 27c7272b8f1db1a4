import { groupWords as words, isKnownGroup, type LinkGroup } from './link-group';
import { spellingKey } from './spelling-key';

/** One article's groups, as the short-form link rules (article-links.ts) read them. */
export interface ArticleScope {
  groups: LinkGroup[];
  /** The indices of the groups the article names. */
  members: number[];
  /** Members of two words or more that no lexicon knows. */
  long: number[];
  /** Members of two words or more, lexicon names included. */
  multiWord: number[];
  /** Each member by the spelling key of its first printed form. */
  keyOf: Map<string, number>;
  /** The places a lexicon knows, by their lexicon name. */
  countries: Map<string, number>;
}

/** A link rule: the pairs of group indices one member's short form proves in its article. */
export type LinkRule = (i: number, scope: ArticleScope) => [number, number][];

export const isLong = (g: LinkGroup) => !isKnownGroup(g) && words(g).length >= 2;

/** The one member of `found`, or undefined when there are none or several to choose from. */
export const only = (found: number[]): number | undefined => (new Set(found).size === 1 ? found[0] : undefined);

/** The link of `i` to `target`, when there is one. */
export const linkTo = (i: number, target: number | undefined): [number, number][] => (target === undefined ? [] : [[i, target]]);

/**
 * "the Cup" in a story about the Melbourne Cup that recalls the Caulfield Cup: of several events
 * (or teams) whose name ends in the word, the one the article names at least twice as often as any other.
 */
export function mostNamed(names: number[], groups: LinkGroup[]): number | undefined {
  const [first, second] = [...new Set(names)].sort((a, b) => groups[b]!.observations.length - groups[a]!.observations.length);
  if (first === undefined || second === undefined) return undefined;
  return groups[first]!.observations.length >= 2 * groups[second]!.observations.length ? first : undefined;
}

/** Each article's scope: only within one article, as another article's "Senate" may be another country's. */
export function articleScopes(groups: LinkGroup[]): ArticleScope[] {
  const byArticle = new Map<string, number[]>();
  groups.forEach((g, i) => {
    for (const articleId of new Set(g.observations.map((o) => o.articleId))) {
      if (!byArticle.has(articleId)) byArticle.set(articleId, []);
      byArticle.get(articleId)!.push(i);
    }
  });
  return [...byArticle.values()].map((members) => ({
    groups,
    members,
    long: members.filter((i) => isLong(groups[i]!)),
    multiWord: members.filter((i) => words(groups[i]!).length >= 2),
    keyOf: new Map(members.map((i) => [spellingKey(groups[i]!.observations[0]!.text), i])),
    countries: new Map(members.filter((i) => isKnownGroup(groups[i]!) && groups[i]!.type === 'place').map((i) => [groups[i]!.observations[0]!.knownName!, i])),
  }));
}
