import { CONNECTORS, ORGANIZATION_WORDS } from './lexicon/words';

// Initials of a body's name, as acronyms are read against it: split from article-links.ts.

/**
 * "Hewlett Packard Enterprise" → "HPE", "Competition and Markets Authority" → "CMA". With `withOf`,
 * "of" gives an "O" as central banks' initials keep it: "Bank of Korea" → "BOK", "Bank of Japan" → "BOJ".
 */
export function initialsOf(name: string, withOf = false): string {
  const kept = name.split(/\s+/).filter((w) => (withOf && w === 'of') || (!CONNECTORS.has(w) && !/^(?:and|&|for|the|on)$/.test(w)));
  const capitalised = kept.filter((w) => w !== 'of');
  return capitalised.every((w) => /^\p{Lu}/u.test(w)) ? kept.map((w) => w[0]!.toUpperCase()).join('') : '';
}

/**
 * A party's acronym from its own language holds the initials of the words its English name
 * shares: "CDU" (Christlich Demokratische Union) and "Christian Democrats", "SPD" and "Social
 * Democrats", "BSW" (Bündnis Sahra Wagenknecht) and "Sahra Wagenknecht Alliance". Those initials,
 * a body's word left out, must be at least two, in order, and miss at most one of its letters.
 */
export function holdsInitials(acronym: string, name: string): boolean {
  const core = initialsOf(name.split(/\s+/).filter((w) => !ORGANIZATION_WORDS.has(w)).join(' '));
  if (core.length < 2 || acronym.length > core.length + 1) return false;
  let k = 0;
  for (const letter of acronym) if (letter === core[k]) k++;
  return k === core.length;
}
