/**
 * Bare forms that name a country in an article that names the country itself, though a lexicon
 * cannot make them its aliases everywhere: "America" is also the continents ("the Americas",
 * "across America" in a piece about the hemisphere). Beside "United States" or "U.S." in the same
 * article, "Inventories in America are lean" is that country.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([['America', 'United States']]);

/** The known country's name `text` stands for, where the article names that country too. */
export function countryOfShortForm(text: string, knownNamesInArticle: ReadonlySet<string>): string | undefined {
  const country = SHORT_FORMS.get(text);
  return country !== undefined && knownNamesInArticle.has(country) ? country : undefined;
}
