import type { EntityType } from '../../core/dataset/schema';
import { foldText } from '../../core/text/fold';
import { KNOWN_PLACES, US_STATE_ABBREVIATIONS, US_STATES } from './lexicon/countries';
import { KNOWN_BENCHMARKS } from './lexicon/benchmarks';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations';
import { BRAZILIAN_STATES, KNOWN_REGIONS, MORE_COUNTRIES } from './lexicon/regions';

const PLACES = [...KNOWN_PLACES, ...MORE_COUNTRIES, ...KNOWN_REGIONS, ...BRAZILIAN_STATES];

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
  for (const p of PLACES) add({ name: p.name, type: 'place', aliases: p.aliases });
  for (const o of KNOWN_ORGANIZATIONS) add({ name: o.name, type: 'organization', aliases: o.aliases });
  for (const b of KNOWN_BENCHMARKS) add({ name: b.name, type: 'other', aliases: b.aliases });
  const abbreviations = Object.entries(US_STATE_ABBREVIATIONS);
  for (const s of US_STATES) add({ name: s, type: 'place', aliases: abbreviations.filter(([, state]) => state === s).map(([a]) => a) });
  // "US" and "us" fold alike: the case rule of the alias matcher keeps "us" from counting.
  return index;
}

const KNOWN = buildIndex();
// "United States of America", "Organization of American States": what comes before their "of".
const BEFORE_OF = new Set(
  [...KNOWN.values()].flatMap((k) => [k.name, ...k.aliases]).flatMap((form) => (form.includes(' of ') ? [nameKey(form.split(' of ')[0]!)] : [])),
);

/** Whether some known name begins with this text and then "of". */
export function beginsKnownNameWithOf(text: string): boolean {
  return BEFORE_OF.has(nameKey(text));
}
const ADJECTIVES = new Map(PLACES.flatMap((p) => p.adjectives.map((a) => [a, p.name] as const)));

export function knownName(text: string): KnownName | undefined {
  const known = KNOWN.get(nameKey(text));
  // Case matters for short capitals: "US" is the country, "Us" at a sentence start is not.
  if (known && text.replace(/\./g, '').length <= 3 && known.name !== text && !known.aliases.includes(text)) return undefined;
  // A long word in capitals is an acronym of its own, unless a known form is written so: the
  // "INDIA" alliance is not India (datelines are title-cased before they get here).
  if (known && /^[\p{Lu}\p{M}.-]{4,}$/u.test(text) && ![known.name, ...known.aliases].includes(text)) return undefined;
  return known;
}

/** "Russian" → "Russia"; undefined for anything that is not a place's adjective or demonym. */
export function placeOfAdjective(word: string): string | undefined {
  return ADJECTIVES.get(word);
}
