import { isCountryOrRegionName, knownName } from './known-names';
import { isTaggedPlace } from './word-tags';

/**
 * Words that end a first-level subdivision's name: "Enga Province", "Bayelsa State". Not "County",
 * "Region" or "District", whose names are often a town's as well ("Ventura County", "Hanover Region").
 */
const DIVISION_WORDS = new Set(['Province', 'State', 'Prefecture', 'Governorate', 'Oblast']);

/**
 * The short form an article may name a subdivision by: "Enga" for "Enga Province", "Bayelsa" for
 * "Bayelsa State". Not a country's, a first-level region's or a city's name, which is a place of
 * its own: "New York" is not "New York State", nor "Lagos" (the city) "Lagos State".
 */
export function divisionShortForm(words: readonly string[]): string | undefined {
  // "Orange Walk" for "Orange Walk Town"; not a word alone ("Cape" is not "Cape Town", nor "George"
  // "George Town").
  // "Clare" for "County Clare": Ireland's counties print their word first. Not where the rest is a
  // town a lexicon knows ("County Limerick" is not the city of Limerick).
  if (words.length >= 2 && words[0] === 'County') {
    const rest = words.slice(1).join(' ');
    return isCountryOrRegionName(rest) || isTaggedPlace(rest) || knownName(rest) !== undefined ? undefined : rest;
  }
  const town = words.length >= 3 && words[words.length - 1] === 'Town';
  if (words.length < 2 || (!DIVISION_WORDS.has(words[words.length - 1]!) && !town)) return undefined;
  const short = words.slice(0, -1).join(' ');
  return isCountryOrRegionName(short) || isTaggedPlace(short) ? undefined : short;
}
