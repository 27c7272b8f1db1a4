import { ORGANIZATION_HEADS, ORGANIZATION_WORDS } from './lexicon/words';
import { COMPANY_WORDS, LEGAL_FORMS, LENDER_TAILS, isCompanyWord } from './lexicon/company-words';
import { spellingKey } from './spelling-key';
import { isKnownPlace, knownName } from './known-names';
import { isListedWord, isTaggedPlace, wordTags } from './word-tags';
import { NAMESAKE_TAILS } from './opening-short-forms';
import { groupWords as words, isKnownGroup } from './link-group';
import { linkTo, only, type ArticleScope } from './article-scope';

// Companies, clubs and lenders named without some of their words.

/** A capitalised word that no list holds (compromise's special words, its places, our lexicons). */
const isCoinedWord = (w: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !isListedWord(w) && !isTaggedPlace(w) && !knownName(w) && !wordTags(w.toLowerCase()).has('Adjective');

/**
 * "Novo" for "Novo Nordisk", "Goldman" for "Goldman Sachs": a known company of two words named by
 * its first, when one such company in the article opens with it and nothing surer (a person's
 * evidence, a place's lexicon) says what the word is. A word already read as a body is that
 * company whatever its strength ("Gilead said …").
 */
export function knownCompanyFirstWordLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const text = g.observations[0]!.text;
  if (words(g).length !== 1 || !(g.strength <= 2 || g.type === 'organization') || isTaggedPlace(text)) return [];
  // Not "Emirates and its parent, the Emirates Group": the article says they are two companies.
  // The lexicon's form counts, not the printed one: "Gilead Sciences Inc" is "Gilead Sciences".
  const known = (l: number) => groups[l]!.observations[0]!.knownName!.split(/\s+/);
  // Not "Arctic" for the "Arctic Council": a body's head word after it names no company.
  const opens = (l: number) => known(l).length === 2 && known(l)[0] === text && !ORGANIZATION_HEADS.has(known(l)[1]!) && !groups[l]!.observations.some((o) => o.relative);
  return linkTo(i, only(multiWord.filter((l) => isKnownGroup(groups[l]!) && groups[l]!.type === 'organization' && opens(l))));
}

/**
 * "Hokkaido Electric" for "Hokkaido Electric Power": a known company of three words or more named
 * without its last, when one such company in the article is that name plus one word; whatever weak
 * evidence typed the short form ("delaying Pan American restart", a headline), unless the body is
 * named after the person ("Jawaharlal Nehru University").
 */
export function knownCompanyPlusOneLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (words(g).length < 2 || !(g.type === 'organization' || g.strength <= 2)) return [];
  const text = g.observations[0]!.text;
  const plusOne = (l: number) => words(groups[l]!).length === words(g).length + 1 && spellingKey(words(groups[l]!).slice(0, -1).join(' ')) === spellingKey(text);
  const namesake = (l: number) => g.type === 'person' && NAMESAKE_TAILS.has(words(groups[l]!).at(-1)!);
  return linkTo(i, only(multiWord.filter((l) => isKnownGroup(groups[l]!) && groups[l]!.type === 'organization' && plusOne(l) && !namesake(l))));
}

/**
 * "Lygend" for "Lygend Resources & Technology", "Huayou" for "Zhejiang Huayou Cobalt": a body
 * named by a word of its name that no list holds, when one long name in the article has that word
 * and nothing surer says what the word is (not "in Pomalaa", a town's wording).
 */
export function coinedWordLinks(i: number, { groups, multiWord }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const text = g.observations[0]!.text;
  const weak = g.strength <= 1 || g.type === 'organization' || (g.type !== 'place' && g.strength <= 2);
  if (words(g).length !== 1 || !weak || !isCoinedWord(text)) return [];
  const holders = multiWord.filter((l) => l !== i && words(groups[l]!).includes(text));
  const body = only(holders);
  // Not "Bolt" for "Bolt Food" nor "Aprilia" for "Aprilia Racing": a brand and one more word
  // name a unit of the brand's company, which the article names apart.
  return body !== undefined && holders.length === 1 && groups[body]!.type === 'organization' && words(groups[body]!).length >= 3 ? [[i, body]] : [];
}

/**
 * "Northampton" for "Northampton Saints": a club named by its town without its plural nickname,
 * when the article types both as bodies (the town itself stays apart).
 */
export function nicknamedClubLinks(i: number, { groups, long }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  if (words(g).length !== 1 || g.type !== 'organization') return [];
  const text = g.observations[0]!.text;
  const nicknamed = long.filter((l) => {
    const w = words(groups[l]!);
    return groups[l]!.type === 'organization' && w.length === 2 && w[0] === text && /^\p{Lu}\p{Ll}+s$/u.test(w[1]!) && !ORGANIZATION_WORDS.has(w[1]!) && !COMPANY_WORDS.has(w[1]!);
  });
  return linkTo(i, only(nicknamed));
}

/**
 * "Wydad" for "Wydad Casablanca", "Atlético" for "Atlético Madrid": a body named by the words
 * before its town, when one body in the article is that word and a place (a lexicon's or compromise's).
 */
export function locatedClubLinks(i: number, { groups, long }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const text = g.observations[0]!.text;
  if (words(g).length !== 1 || isTaggedPlace(text) || (g.type === 'place' && g.strength >= 2)) return [];
  return linkTo(i, only(long.filter((l) => {
    const w = words(groups[l]!);
    return groups[l]!.type === 'organization' && w.length === 2 && w[0] === text && (isKnownPlace(w.slice(1)) || isTaggedPlace(w[1]!));
  })));
}

/**
 * "Juniper" for "Juniper Networks", "Samsung" for "Samsung Electronics": a company (or a party)
 * named without its company word, when one long name in the article is that name plus it, unless
 * the short form is surely a person's name ("Tyler Perry" beside "Tyler Perry Studios").
 * "Alibaba" for "Alibaba Group Holding", "Debswana" for "Debswana Diamond Company": without two
 * company words, or a one-word name's trade before a plain company word. Not a line of business
 * ("Lufthansa City Airlines") nor a place ("Chevron U.S.A. Inc."): other companies.
 */
export function companyTailLinks(i: number, { groups, long, keyOf }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const w = words(g);
  if (g.type !== 'organization' || w.length < 2 || !(isCompanyWord(w[w.length - 1]!) || w[w.length - 1] === 'Party')) return [];
  const trade = w[w.length - 2]!;
  const formal = LEGAL_FORMS.has(w[w.length - 1]!) || /^(?:Company|Corporation)$/.test(w[w.length - 1]!);
  const withoutTrade = w.length > 2 ? keyOf.get(spellingKey(w.slice(0, -2).join(' '))) : undefined;
  const tradeGoes = withoutTrade !== undefined && (isCompanyWord(trade) || (w.length === 3 && formal && !knownName(trade) && groups[withoutTrade]!.type !== 'place'));
  const withoutLast = keyOf.get(spellingKey(w.slice(0, -1).join(' ')));
  const dropped = withoutLast === undefined && tradeGoes ? 2 : 1;
  const short = dropped === 2 ? withoutTrade : withoutLast;
  if (short === undefined) return [];
  const claimed = long.filter((l) => spellingKey(words(groups[l]!).slice(0, -dropped).join(' ')) === spellingKey(groups[short]!.observations[0]!.text)).length === 1;
  const person = groups[short]!.type === 'person' && groups[short]!.strength >= 3;
  // "Emirates and its parent, the Emirates Group": the article says they are two companies.
  const relative = g.observations.some((o) => o.relative);
  // A known short form joins only as a company ("Vodacom" for "Vodacom Group"), never a place
  // ("Kenya" is no short form of "Kenya Airways").
  const knownElse = isKnownGroup(groups[short]!) && groups[short]!.type !== 'organization';
  return claimed && !person && !relative && !knownElse ? [[short, i]] : [];
}

/**
 * "Treaty City" for "Treaty City Credit Union", "Estuary" for "Estuary Community Credit Union":
 * a lender named without its two class words (and "Community" before them), as local news does.
 */
export function lenderTailLinks(i: number, { groups, keyOf }: ArticleScope): [number, number][] {
  const g = groups[i]!;
  const w = words(g);
  if (g.type !== 'organization' || w.length < 3 || !LENDER_TAILS.has(w.slice(-2).join(' '))) return [];
  const cut = w.length >= 4 && w.at(-3) === 'Community' ? 3 : 2;
  const short = keyOf.get(spellingKey(w.slice(0, -cut).join(' ')));
  const strongElse = short !== undefined && (isKnownGroup(groups[short]!) || (groups[short]!.type === 'person' && groups[short]!.strength >= 3));
  return short !== undefined && short !== i && !strongElse ? [[short, i]] : [];
}
