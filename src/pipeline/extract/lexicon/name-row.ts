/** A lexicon's row: the name news prints most, and the other forms that name the same thing. */
export interface NamedRow {
  name: string;
  aliases: string[];
}

/** A row written as its name and its other forms joined by "|" ("Reuters", "AFP|Agence France Presse"). */
export const row = (name: string, aliases = ''): NamedRow => ({ name, aliases: aliases.split('|').filter(Boolean) });

/** A lexicon's word list written as one whitespace-separated string. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));
