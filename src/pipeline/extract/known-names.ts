import type { EntityType } from '../../core/dataset/schema';
import { foldText } from '../../core/text/fold';
import { KNOWN_PLACES, US_STATE_ABBREVIATIONS, US_STATES } from './lexicon/countries';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations';

/** A name the builder knows before reading any article, with every form that names it. */
export interface KnownName {
  name: string;
  type: EntityType;
  aliases: string[];
}

/** Comparison key for written forms: accents, case, dots and a possessive do not matter. */
export function nameKey(text: string): string {
  return foldText(text.replace(/['’]s$/u, ''))
    .replace(/[.\u2019']/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

function buildIndex(): Map<string, KnownName> {
  const index = new Map<string, KnownName>();
  const add = (known: KnownName) => {
    for (const form of [known.name, ...known.aliases]) if (!index.has(nameKey(form))) index.set(nameKey(form), known);
  };
  for (const p of KNOWN_PLACES) add({ name: p.name, type: 'place', aliases: p.aliases });
  for (const o of KNOWN_ORGANIZATIONS) add({ name: o.name, type: 'organization', aliases: o.aliases });
  const abbreviations = Object.entries(US_STATE_ABBREVIATIONS);
  for (const s of US_STATES) add({ name: s, type: 'place', aliases: abbreviations.filter(([, state]) => state === s).map(([a]) => a) });
  // "US" and "us" fold alike: the case rule of the alias matcher keeps "us" from counting.
  return index;
}

const KNOWN = buildIndex();
const ADJECTIVES = new Map(KNOWN_PLACES.flatMap((p) => p.adjectives.map((a) => [a, p.name] as const)));

export function knownName(text: string): KnownName | undefined {
  const known = KNOWN.get(nameKey(text));
  // Case matters for short capitals: "US" is the country, "Us" at a sentence start is not.
  if (known && text.replace(/\./g, '').length <= 3 && known.name !== text && !known.aliases.includes(text)) return undefined;
  return known;
}

/** "Russian" → "Russia"; undefined for anything that is not a place's adjective or demonym. */
export function placeOfAdjective(word: string): string | undefined {
  return ADJECTIVES.get(word);
}
