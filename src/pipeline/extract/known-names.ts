import type { EntityType } from '../../core/dataset/schema';
import { eventWithoutEdition, lawWithoutYear } from './year-names';
import { foldText } from '../../core/text/fold';
import { KNOWN_PLACES, US_STATE_ABBREVIATIONS, US_STATES } from './lexicon/countries';
import { KNOWN_BENCHMARKS } from './lexicon/benchmarks';
import { KNOWN_OTHER_NAMES } from './lexicon/other-names';
import { KNOWN_PLATFORMS } from './lexicon/platforms';
import { KNOWN_EVENTS } from './lexicon/named-events';
import { KNOWN_PRODUCTS } from './lexicon/named-things';
import { KNOWN_DRUG_BRANDS, KNOWN_LOYALTY_PROGRAMMES } from './lexicon/brands';
import { KNOWN_AIRPORTS } from './lexicon/airports';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations';
import { KNOWN_MEDIA } from './lexicon/news-media';
import { KNOWN_SPORTS_MEDIA } from './lexicon/sports-media';
import { KNOWN_PARTIES } from './lexicon/political-parties';
import { KNOWN_PUBLIC_BODIES } from './lexicon/public-bodies';
import { COMPANIES_NAMED_LIKE_PLACES, KNOWN_COMPANIES } from './lexicon/companies';
import { COMPANY_TAILS, COMPANY_WORDS, LEGAL_FORMS } from './lexicon/company-words';
import { MORE_COMPANIES } from './lexicon/more-companies';
import { EXTRA_EVENTS, EXTRA_FIGURE_NAMES, EXTRA_ORGANIZATIONS, EXTRA_OTHER_NAMES, EXTRA_PERSON_NAMES, EXTRA_PLACE_NAMES } from './lexicon/extra-lists';
import type { NamedRow } from './lexicon/name-row';
import { extraEntry } from './extra-known';
import { GIVEN_NAMES } from './lexicon/given-names';
import { MORE_CITIES } from './lexicon/more-cities';
import { KNOWN_LANDMARKS } from './lexicon/landmarks';
import { KNOWN_ARTWORKS, KNOWN_MUSEUMS } from './lexicon/museums-and-artworks';
import { BRAZILIAN_STATES, CAPITALS, CITIES, FIRST_LEVEL_REGIONS, KNOWN_REGIONS, MORE_COUNTRIES } from './lexicon/regions';

const PLACES = [...KNOWN_PLACES, ...MORE_COUNTRIES, ...KNOWN_REGIONS, ...BRAZILIAN_STATES, ...FIRST_LEVEL_REGIONS, ...CAPITALS, ...CITIES, ...MORE_CITIES, ...KNOWN_AIRPORTS];

/** A name the builder knows before reading any article, with every form that names it. */
export interface KnownName {
  name: string;
  type: EntityType;
  aliases: string[];
  /** Also a place's name ("Amazon"): a place's noun beside it makes it the place (see classify). */
  placeReading?: true;
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
    // An empty form would make every lookup of nothing (no word before a headline's first) a hit.
    for (const form of [known.name, ...known.aliases]) if (nameKey(form) !== '' && !index.has(nameKey(form))) index.set(nameKey(form), known);
  };
  for (const p of PLACES) add({ name: p.name, type: 'place', aliases: p.aliases });
  for (const l of KNOWN_LANDMARKS) add({ name: l.name, type: 'place', aliases: l.aliases });
  for (const m of KNOWN_MUSEUMS) add({ name: m.name, type: 'organization', aliases: m.aliases });
  for (const w of KNOWN_ARTWORKS) add({ name: w.name, type: 'other', aliases: w.aliases });
  for (const o of [...KNOWN_ORGANIZATIONS, ...KNOWN_PUBLIC_BODIES, ...KNOWN_MEDIA, ...KNOWN_SPORTS_MEDIA, ...KNOWN_PARTIES]) add({ name: o.name, type: 'organization', aliases: o.aliases });
  const companies = [...KNOWN_COMPANIES, ...MORE_COMPANIES];
  for (const o of companies) {
    add(COMPANIES_NAMED_LIKE_PLACES.has(o.name) ? { name: o.name, type: 'organization', aliases: o.aliases, placeReading: true } : { name: o.name, type: 'organization', aliases: o.aliases });
  }
  for (const p of KNOWN_PLATFORMS) add({ name: p.name, type: 'organization', aliases: p.aliases });
  for (const b of [...KNOWN_BENCHMARKS, ...KNOWN_OTHER_NAMES, ...KNOWN_PRODUCTS, ...KNOWN_DRUG_BRANDS, ...KNOWN_LOYALTY_PROGRAMMES]) add({ name: b.name, type: 'other', aliases: b.aliases });
  for (const e of KNOWN_EVENTS) add({ name: e.name, type: 'event', aliases: e.aliases });
  // The wider lists come last: a form the first lists hold keeps their entry.
  const addExtra = (rows: readonly NamedRow[], type: EntityType, allForms = false) => {
    for (const row of rows) {
      const extra = extraEntry(row, type, (form) => index.get(nameKey(form)), (word) => GIVEN_NAMES.has(word), allForms);
      if (!extra) continue;
      const fresh = extra.forms.filter((form) => nameKey(form) !== '' && !index.has(nameKey(form)));
      // Joined to a known entry: it gains the new forms as aliases (the case rules read them).
      let entry = extra.entry as KnownName;
      if (extra.joined) {
        const grown: KnownName = { ...entry, aliases: [...entry.aliases, ...fresh] };
        for (const form of [entry.name, ...entry.aliases]) if (index.get(nameKey(form)) === entry) index.set(nameKey(form), grown);
        entry = grown;
      }
      for (const form of fresh) index.set(nameKey(form), entry);
    }
  };
  addExtra(EXTRA_ORGANIZATIONS, 'organization');
  addExtra(EXTRA_OTHER_NAMES, 'other');
  addExtra(EXTRA_PLACE_NAMES, 'place');
  addExtra(EXTRA_EVENTS, 'event');
  addExtra(EXTRA_PERSON_NAMES, 'person');
  addExtra(EXTRA_FIGURE_NAMES, 'person', true);
  const abbreviations = Object.entries(US_STATE_ABBREVIATIONS);
  for (const s of US_STATES) add({ name: s, type: 'place', aliases: abbreviations.filter(([, state]) => state === s).map(([a]) => a) });
  // "US" and "us" fold alike: the case rule of the alias matcher keeps "us" from counting.
  return index;
}

const KNOWN = buildIndex();
/** The keys of what comes before `separator` in the known forms that hold it. */
const opening = (separator: string) =>
  new Set([...KNOWN.values()].flatMap((k) => [k.name, ...k.aliases]).flatMap((form) => (form.includes(separator) ? [nameKey(form.split(separator)[0]!)] : [])));

// "United States of America", "Organization of American States": what comes before their "of".
const BEFORE_OF = opening(' of ');

/** Whether some known name begins with this text and then "of". */
export function beginsKnownNameWithOf(text: string): boolean {
  return BEFORE_OF.has(nameKey(text));
}

// "Immigration and Customs Enforcement", "U.S. Customs and Border Protection": what comes before "and".
const BEFORE_AND = opening(' and ');

/** Whether some known name begins with this text and then "and". */
export function beginsKnownNameWithAnd(text: string): boolean {
  return BEFORE_AND.has(nameKey(text));
}

// "Golden 1 Center": the words up to a number inside a known form, the number with them.
const BEFORE_NUMBER_INSIDE = new Set(
  [...KNOWN.values()].flatMap((k) => [k.name, ...k.aliases]).flatMap((form) => {
    const words = form.split(' ');
    const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^\d+$/.test(w));
    return at > 0 ? [nameKey(words.slice(0, at + 1).join(' '))] : [];
  }),
);

/** Whether some known name begins with this text, which ends in a number, and goes on after it ("Golden 1" of "Golden 1 Center"). */
export function beginsKnownNameWithNumber(text: string): boolean {
  return BEFORE_NUMBER_INSIDE.has(nameKey(text));
}

// "State of the Nation Address": known forms by their words up to the capitalised word after a
// lower-case one inside them ("State of the Nation"), so a name goes on through its small words
// where the whole form is printed.
const THROUGH_SMALL_WORDS = new Map<string, string[]>();
for (const form of [...KNOWN.values()].flatMap((k) => [k.name, ...k.aliases])) {
  const words = form.split(' ');
  words.forEach((w, i) => {
    if (i < 2 || i >= words.length - 1 || !/^\p{Lu}/u.test(w) || !/^\p{Ll}+$/u.test(words[i - 1]!)) return;
    const key = nameKey(words.slice(0, i + 1).join(' '));
    THROUGH_SMALL_WORDS.set(key, [...(THROUGH_SMALL_WORDS.get(key) ?? []), form]);
  });
}

/** The longer known forms that begin with this text, whose last word follows a lower-case one ("State of the Nation"). */
export function knownFormsThrough(text: string): readonly string[] {
  return THROUGH_SMALL_WORDS.get(nameKey(text)) ?? [];
}

// "United Nations Educational, Scientific and Cultural Organization": what comes before the comma.
const BEFORE_COMMA = opening(', ');

/** Whether some known name begins with this text and then a comma. */
export function beginsKnownNameWithComma(text: string): boolean {
  return BEFORE_COMMA.has(nameKey(text));
}
const ADJECTIVES = new Map(PLACES.flatMap((p) => p.adjectives.map((a) => [a, p.name] as const)));

// "Kingdom of Denmark", "Republic of Ireland", "Federal Republic of Germany": a country's formal
// name is the country. Not "State of": "the State of Georgia" is the US state.
const FORMAL_NAME = /^(?:(?:Federal|Islamic|Democratic|Socialist|People's|Arab|United) )?(?:Kingdom|Republic|Principality|Sultanate|Grand Duchy|Commonwealth) of (?:the )?(.+)$/u;

function formalCountryName(text: string): KnownName | undefined {
  const country = FORMAL_NAME.exec(text)?.[1];
  const known = country ? KNOWN.get(nameKey(country)) : undefined;
  return known?.type === 'place' && known.name === country ? { ...known, aliases: [...known.aliases, text] } : undefined;
}

/** "Mass." is Massachusetts, "Mass" is not: a form known only with its dot needs the dot. */
function dotDropped(known: KnownName, text: string): boolean {
  const forms = [known.name, ...known.aliases].filter((f) => nameKey(f) === nameKey(text));
  return !text.includes('.') && forms.length > 0 && forms.every((f) => f.endsWith('.'));
}

/**
 * "Democratic Republic of Congo" and "… of the Congo", "Republic of Gambia" and "… of the Gambia":
 * writers drop or add "the" after "of"; the other spelling, when a lexicon knows it.
 */
function otherOfSpelling(text: string): KnownName | undefined {
  const other = / of the /.test(text) ? text.replace(/ of the /, ' of ') : / of /.test(text) ? text.replace(/ of /, ' of the ') : undefined;
  return other === undefined ? undefined : KNOWN.get(nameKey(other));
}

/** "iPhones", "F-35s": the plural of a product a lexicon knows is that product. */
function productPlural(text: string): KnownName | undefined {
  if (!/[\p{Ll}\d]s$/u.test(text)) return undefined;
  const singular = KNOWN.get(nameKey(text.slice(0, -1)));
  return singular?.type === 'other' ? singular : undefined;
}

/**
 * "the 2029 Asian Winter Games", "the 2027 Rugby World Cup", "the 69th Annual Grammy Awards": one
 * edition of an event a lexicon knows is that event.
 */
function eventEdition(text: string): KnownName | undefined {
  const edition = eventWithoutEdition(text);
  const event = edition ? KNOWN.get(nameKey(edition)) : undefined;
  return event?.type === 'event' ? event : undefined;
}

/** "the Civil Rights Act of 1964", "the Online Safety Act 2023": a known law cited with its year is that law. */
function lawWithYear(text: string): KnownName | undefined {
  const law = lawWithoutYear(text);
  const known = law ? KNOWN.get(nameKey(law)) : undefined;
  return known?.type === 'other' ? known : undefined;
}

const LONG_LEGAL_FORMS: Record<string, string> = { Corp: 'Corporation', Co: 'Company', Ltd: 'Limited', Inc: 'Incorporated' };

/** "Xiaomi Corp.", "Samsung Electronics Co.", "Merck & Co.": a known company with its legal form is that company. */
function legalFormAdded(text: string): KnownName | undefined {
  const cut = text.lastIndexOf(' ');
  const form = text.slice(cut + 1);
  if (cut < 0 || !LEGAL_FORMS.has(form)) return undefined;
  // "Merck & Co.", "JPMorgan Chase & Co.": the ampersand belongs to the form.
  const base = text.slice(0, cut).replace(/,$/, '').replace(/ &$/, '');
  // A lexicon may hold the long form: "Semiconductor Manufacturing International Corporation".
  const long = LONG_LEGAL_FORMS[form.replace(/\.$/, '')];
  // "UBS Group AG", "VinFast Auto Ltd.": a company's word may stand between the name and the form.
  const words = base.split(' ');
  const companyWord = (w: string) => COMPANY_WORDS.has(w) || COMPANY_TAILS.has(w) || w === 'Auto';
  const beforeCompanyWord = words.length > 1 && companyWord(words.at(-1)!) ? words.slice(0, -1).join(' ') : undefined;
  const company = KNOWN.get(nameKey(base)) ?? (long ? KNOWN.get(nameKey(`${base} ${long}`)) : undefined) ?? (beforeCompanyWord ? KNOWN.get(nameKey(beforeCompanyWord)) : undefined);
  return company?.type === 'organization' ? company : undefined;
}

const GROUP_WORDS = new Set(['Group', 'Holdings', 'Company', 'Corporation', 'Ratings']);

/**
 * "Tokyo Electric Power Company Holdings", "Adani Group", "Moody's Ratings": a known company with its
 * company's or group's words after it, or a rating agency with its own, is that company.
 */
function groupWordAdded(text: string): KnownName | undefined {
  // The group's word last, a company's word before it: "Mubadala Investment Company" is Mubadala,
  // but "FPT Semiconductor" and "Google Capital" are units of their own.
  const words = text.split(' ');
  if (!GROUP_WORDS.has(words[words.length - 1]!)) return undefined;
  for (let k = 1; k <= 2 && words.length - k >= 1; k++) {
    const word = words[words.length - k]!;
    if (!COMPANY_WORDS.has(word) && !COMPANY_TAILS.has(word) && !GROUP_WORDS.has(word)) return undefined;
    const company = KNOWN.get(nameKey(words.slice(0, -k).join(' ')));
    if (company) return company.type === 'organization' ? company : undefined;
  }
  return undefined;
}

export function knownName(text: string): KnownName | undefined {
  const found = KNOWN.get(nameKey(text)) ?? formalCountryName(text) ?? otherOfSpelling(text) ?? productPlural(text) ?? legalFormAdded(text) ?? groupWordAdded(text) ?? eventEdition(text) ?? lawWithYear(text);
  const known = found && dotDropped(found, text) ? undefined : found;
  // Case matters for short capitals: "US" is the country, "Us" at a sentence start is not.
  if (known && text.replace(/\./g, '').length <= 3 && known.name !== text && !known.aliases.includes(text)) return undefined;
  // A long word in capitals is an acronym of its own, unless a known form is written so: the
  // "INDIA" alliance is not India (datelines are title-cased before they get here).
  if (known && /^[\p{Lu}\p{M}.-]{4,}$/u.test(text) && ![known.name, ...known.aliases].includes(text)) return undefined;
  return known;
}

/** "Russian" → "Russia"; undefined for anything that is not a place's adjective or demonym. */
const COUNTRIES_AND_REGIONS = new Set(
  [...[...KNOWN_PLACES, ...MORE_COUNTRIES, ...KNOWN_REGIONS, ...BRAZILIAN_STATES, ...FIRST_LEVEL_REGIONS].flatMap((p) => [p.name, ...p.aliases]), ...US_STATES].map(nameKey),
);

/** Whether the text names a country, a state or a province ("Canada", "Queensland"), not a city. */
export function isCountryOrRegionName(text: string): boolean {
  return COUNTRIES_AND_REGIONS.has(nameKey(text));
}

export function placeOfAdjective(word: string): string | undefined {
  return ADJECTIVES.get(word);
}

/** Whether a lexicon knows the words, joined, as a place's name ("Canada", "New South Wales"). */
export const isKnownPlace = (words: readonly string[]): boolean => words.length > 0 && knownName(words.join(' '))?.type === 'place';
