/**
 * Bare forms that name a country in an article that names the country itself, though a lexicon
 * cannot make them its aliases everywhere: "America" is also the continents ("the Americas",
 * "across America" in a piece about the hemisphere). Beside "United States" or "U.S." in the same
 * article, "Inventories in America are lean" is that country. "Korea" is either Korea: beside one
 * of them alone ("exports to South Korea … buyers in Korea"), it is that one.
 */
const SHORT_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['America', ['United States']],
  ['Korea', ['South Korea', 'North Korea']],
]);

/** The known country's name `text` stands for, where the article names that country and no other it may be. */
export function countryOfShortForm(text: string, knownNamesInArticle: ReadonlySet<string>): string | undefined {
  const named = (SHORT_FORMS.get(text) ?? []).filter((country) => knownNamesInArticle.has(country));
  return named.length === 1 ? named[0] : undefined;
}
