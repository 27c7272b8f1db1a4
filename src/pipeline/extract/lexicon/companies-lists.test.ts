import { describe, expect, it } from 'vitest';
import { knownName, nameKey } from '../known-names';
import { KNOWN_COMPANIES } from './companies';
import { MORE_COMPANIES } from './more-companies';
import { KNOWN_ORGANIZATIONS } from './organizations';
import { KNOWN_MEDIA } from './news-media';
import { KNOWN_SPORTS_MEDIA } from './sports-media';
import { KNOWN_PRODUCTS } from './named-things';
import { KNOWN_EVENTS } from './named-events';
import { KNOWN_LANDMARKS } from './landmarks';
import { KNOWN_ARTWORKS, KNOWN_MUSEUMS } from './museums-and-artworks';
import { MORE_CITIES } from './more-cities';
import { KNOWN_PUBLIC_BODIES } from './public-bodies';
import { KNOWN_PARTIES } from './political-parties';
import { GIVEN_NAMES } from './given-names';
import { KNOWN_PLACES } from './countries';
import { BRAZILIAN_STATES, CAPITALS, CITIES, FIRST_LEVEL_REGIONS, KNOWN_REGIONS, MORE_COUNTRIES } from './regions';

// Lists written after the first ones: none may hold a given name or a place's name.
const ADDED = [...MORE_COMPANIES, ...KNOWN_MEDIA, ...KNOWN_SPORTS_MEDIA, ...KNOWN_PRODUCTS, ...KNOWN_EVENTS, ...KNOWN_LANDMARKS, ...KNOWN_MUSEUMS, ...KNOWN_ARTWORKS, ...KNOWN_PUBLIC_BODIES, ...KNOWN_PARTIES];
const forms = (list: readonly { name: string; aliases: string[] }[]) => list.flatMap((o) => [o.name, ...o.aliases]);

describe('company lists', () => {
  it('name no company twice, across all the company lists and the organizations', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of [...KNOWN_COMPANIES, ...ADDED, ...KNOWN_ORGANIZATIONS]) {
      expect([o.name, ...o.aliases].filter((f) => nameKey(f) === ''), o.name).toEqual([]);
      // A row's own spellings may fold alike ("Citroën", "Citroen"); another row's may not.
      for (const key of new Set([o.name, ...o.aliases].map(nameKey))) {
        const first = owner.get(key);
        if (first !== undefined && first !== o.name) clashes.push(`${o.name} / ${first}`);
        else owner.set(key, o.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('hold no given name, country, region or city', () => {
    const given = new Set([...GIVEN_NAMES].map(nameKey));
    const places = [...KNOWN_PLACES, ...MORE_COUNTRIES, ...KNOWN_REGIONS, ...BRAZILIAN_STATES, ...FIRST_LEVEL_REGIONS, ...CAPITALS, ...CITIES];
    const placeKeys = new Set([...forms(places), ...places.flatMap((p) => p.adjectives)].map(nameKey));
    const added = forms(ADDED);
    expect(added.filter((f) => given.has(nameKey(f)))).toEqual([]);
    expect(added.filter((f) => placeKeys.has(nameKey(f)))).toEqual([]);
  });

  it('hold no given name among the added cities, and know them as places', () => {
    const given = new Set([...GIVEN_NAMES].map(nameKey));
    expect(forms(MORE_CITIES).filter((f) => given.has(nameKey(f)))).toEqual([]);
    for (const name of ['Prince Rupert', 'Prince George', 'Putrajaya', 'Bannu']) expect(knownName(name)?.type, name).toBe('place');
    expect(knownName('Louvre')?.type).toBe('organization');
    expect(knownName('Mona Lisa')?.type).toBe('other');
    expect(knownName('World Rugby')?.type).toBe('organization');
  });

  it('leave look-alikes unknown', () => {
    const added = new Set(forms(ADDED).map(nameKey));
    for (const word of ['Shell', 'Target', 'Bolt', 'Mars', 'Next', 'Boots', 'Sky', 'Grab', 'Wise', 'Action', 'Emirates', 'Iberia', 'Swiss']) {
      expect(added.has(nameKey(word)), word).toBe(false);
    }
    for (const word of ['Target', 'Bolt', 'Mars', 'Grab', 'Wise']) expect(knownName(word), word).toBeUndefined();
  });

  it('know news outlets and public bodies by their own names', () => {
    for (const name of ['Bundeswehr', 'Carabineros de Chile', 'Federal Cartel Office', 'Bundeskartellamt', 'Al-Ahram', 'Deutsche Presse-Agentur', 'Labour', 'BJP']) {
      expect(knownName(name)?.type, name).toBe('organization');
    }
    // Acronyms many countries share are left to the article: "FDA", "SEC", "ABC".
    for (const acronym of ['FDA', 'SEC', 'ABC']) expect(knownName(acronym), acronym).toBeUndefined();
    // "The Vatican said": the Holy See's government; the city state is Vatican City.
    expect(knownName('Vatican')?.type).toBe('organization');
    expect(knownName('Vatican City')?.type).toBe('place');
    expect(knownName('Houthis')?.type).toBe('organization');
    expect(knownName('Houthi movement')?.name).toBe('Houthis');
    // A water named by a broadcaster's word.
    expect(knownName('English Channel')?.type).toBe('place');
    // Places whose words say a body: a region and a former state.
    expect(knownName('Southeast Asia')?.type).toBe('place');
    expect(knownName('Soviet Union')?.type).toBe('place');
  });

  it('know the big tech products by name, but no plural noun that opens sentences', () => {
    for (const name of ['iPhone', 'Siri', 'App Store', 'Gemini', 'Azure', 'Google Docs', 'AI Overviews', 'Vertex AI', 'Bitcoin', 'USDC']) expect(knownName(name)?.type, name).toBe('other');
    expect(knownName('Windows'), 'Windows').toBeUndefined();
  });

  it('know named weapons, laws and events, but not the common words in them', () => {
    for (const name of ['Storm Shadow', 'HIMARS', 'Patriot Act', 'Good Friday Agreement', 'F-35']) expect(knownName(name)?.type, name).toBe('other');
    for (const name of ['Shangri-La Dialogue', 'Oscars', 'Africa Cup of Nations', 'COP30']) expect(knownName(name)?.type, name).toBe('event');
    for (const word of ['Blackwell', 'Hopper', 'Dome', 'Shadow']) expect(knownName(word), word).toBeUndefined();
    // "Patriot" alone is the air-defence system in the news (four test lists of four type it so).
    expect(knownName('Patriot')?.name).toBe('Patriot missile system');
    // A product's plural is the product; a people's plural is no country.
    expect(knownName('iPhones')?.name).toBe('iPhone');
    expect(knownName('F-35s')?.name).toBe('F-35');
    expect(knownName('Americans')).toBeUndefined();
  });

  it('know companies named once with no cue', () => {
    for (const name of ['Skanska', 'Costain', 'Takeda', 'Wolt', 'Glovo', 'Barry Callebaut', 'CJ ENM', 'Avanti West Coast']) {
      expect(knownName(name)?.type, name).toBe('organization');
    }
  });
});
