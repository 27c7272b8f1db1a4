import { ROLE_WORDS } from './words';

/** Titles whose "of" or "for" names a portfolio, not a body: "Minister for Climate Change". */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['Minister', 'Secretary', 'Commissioner']);

/**
 * Words of ministers' portfolios that are no title's words ("Climate Change", "Water", "Sport"), and
 * the level of government that may open such a title ("Federal Energy and Natural Resources Minister").
 */
export const FIELD_WORDS: ReadonlySet<string> = new Set(
  `Climate Change Water Sanitation Mines Mineral Minerals Petroleum Oil Gas Power Natural Home Public Works Lands Land
  Investment Tourism Sport Sports Youth Women Children Gender Family Science Technology Innovation Digital Food
  Forestry Forests Wildlife Employment Social Welfare Immigration Citizenship Veterans Arts Heritage Trade Commerce
  Small Business Regional Development Rural Urban Local Government Health Care Higher Vocational Skills Jobs Roads Highways
  Elections Federal Provincial`.split(/\s+/),
);

/** A portfolio's word: a field's or a title's ("Energy"), or its plural ("Industries"). */
export function isPortfolioWord(word: string): boolean {
  const singular = word.replace(/ies$/u, 'y').replace(/(?<=[^s])s$/u, '');
  return [word, singular].some((w) => FIELD_WORDS.has(w) || ROLE_WORDS.has(w));
}
