import type { Observation } from './observation';

/**
 * "JAXA's Hayabusa2 probe … its predecessor Hayabusa", "Chandrayaan-3 … Chandrayaan-2": a product's
 * name with its number ends in digits; the same word without them, weakly typed in that article,
 * names the product family too, not a town (its one-word default). Changes `observations` in place.
 */
export function typeModelFamilies(observations: Observation[]): Observation[] {
  const families = new Map<string, string>();
  for (const o of observations) {
    const stem = /^(\p{Lu}[\p{L}]{2,})[- ]?\d{1,3}$/u.exec(o.text)?.[1];
    if (stem && o.type === 'other' && o.strength >= 3) families.set(`${o.articleId}\u0000${stem}`, stem);
  }
  for (const o of observations) {
    if (o.strength < 3 && o.knownName === undefined && families.has(`${o.articleId}\u0000${o.text}`)) {
      o.type = 'other';
      o.strength = 3;
    }
  }
  return observations;
}
