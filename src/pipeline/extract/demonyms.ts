import { knownName } from './known-names';
import { GIVEN_NAMES } from './lexicon/given-names';
import type { Observation } from './observation';

// How a demonym and its place end once their shared stem is cut off: Catal-an / Catal-onia,
// Tigray-an / Tigray, Kosov-ar / Kosov-o, Venet-ian / Venet-o, Sindh-i / Sindh.
const DEMONYM_ENDINGS = new Set(['an', 'ian', 'ean', 'n', 'ese', 'i', 'ish', 'ar', 'ans', 'ians', 'eans', 'ns', 'is', 'ars']);
const PLACE_ENDINGS = new Set(['', 'a', 'ia', 'onia', 'o', 'e', 'y', 'land', 'stan', 'istan']);
const MIN_STEM = 4;

/** Whether `adjective` is the demonym of `place` by their spelling alone. */
export function isDemonymOf(adjective: string, place: string): boolean {
  if (adjective === place) return false;
  let stem = 0;
  while (stem < adjective.length && stem < place.length && adjective[stem] === place[stem]) stem++;
  for (let cut = stem; cut >= MIN_STEM; cut--) {
    if (DEMONYM_ENDINGS.has(adjective.slice(cut)) && PLACE_ENDINGS.has(place.slice(cut))) return true;
  }
  return false;
}

/**
 * For places no lexicon knows: when an article names "Catalonia" and also says "Catalan leader",
 * the adjective is no name of its own (as "Russian officials" is no mention of Russia), and it
 * shows that the word it comes from is a place. Single words only, and only lexicon-unknown ones.
 */
export function resolveDemonyms(observations: Observation[]): Observation[] {
  const unknown = [...new Set(observations.filter((o) => !o.knownName && /^\p{Lu}\p{Ll}+$/u.test(o.text)).map((o) => o.text))];
  const placeOf = new Map<string, string>();
  for (const adjective of unknown) {
    const places = unknown.filter((p) => isDemonymOf(adjective, p) && !isDemonymOf(p, adjective));
    if (places.length === 1) placeOf.set(adjective, places[0]!);
  }
  // "280 Tuvaluans a year": a people's plural no lexicon lists, from a place one knows ("Tuvalu"),
  // names the people, not a place. Plurals only: a singular may be a surname ("Peru", "Perun").
  const knownPlaces = [...new Set(observations.filter((o) => o.knownName && o.type === 'place' && /^\p{Lu}\p{Ll}+$/u.test(o.text)).map((o) => o.text))];
  const peoples = new Set(unknown.filter((w) => /(?:ans|ns|is|ars)$/.test(w) && knownPlaces.some((p) => isDemonymOf(w, p) && !isDemonymOf(p, w))));
  // "the Transnistrian side": a singular in "-ian" or "-ean" from a place one knows, no given name.
  for (const w of unknown) if (/(?:ian|ean)$/.test(w) && !GIVEN_NAMES.has(w) && knownPlaces.some((p) => isDemonymOf(w, p) && !isDemonymOf(p, w))) peoples.add(w);
  const places = new Set(placeOf.values());
  return observations.flatMap((o) => {
    if ((placeOf.has(o.text) || peoples.has(o.text) || isIslandersOfKnownIslands(o.text)) && !o.knownName) return [];
    if (places.has(o.text) && o.strength < 3) return [{ ...o, type: 'place' as const, strength: 3 }];
    return [o];
  });
}

/**
 * "Solomon Islanders", "Faroe Islanders": the people of islands a lexicon knows by name. Not the
 * "New York Islanders", a team: no islands are called "New York Islands".
 */
function isIslandersOfKnownIslands(text: string): boolean {
  const islands = /^(.+) Islanders$/u.exec(text);
  return islands !== null && knownName(`${islands[1]} Islands`)?.type === 'place';
}
