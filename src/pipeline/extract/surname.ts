import { isFamilyNameFirst } from './east-asian-names';
import { SPANISH_SURNAMES } from './lexicon/surnames';
import { spellingKey } from './spelling-key';

// Particles that open a surname: "Le Pen", "von der Leyen", "de la Fuente", "van Rompuy".
const PARTICLES = new Set(['le', 'la', 'de', 'des', 'di', 'da', 'du', 'del', 'della', 'dela', 'delos', 'van', 'von', 'der', 'den', 'dos', 'das', 'ter', 'ten', 'ap']);

/** A generation's suffix after a surname: "Vicente Sotto III" is "Sotto", "Martin Luther King Jr." "King". */
export const GENERATION_SUFFIX = /^(?:II|III|IV|Jr\.?|Sr\.?)$/;

// II to XXIX: a lone "I", "V" or "X" may be a letter ("Malcolm X").
const REGNAL_NUMBER = /^(?=[IVX]{2,}$)X{0,2}(?:IX|IV|V?I{0,3})$/;

// Patronymic surnames: López, Núñez, Sánchez, Rodríguez. No Spanish given name ends this way.
const PATRONYMIC = /\p{L}{2,}[eé]z$/u;

export function isSpanishSurname(word: string): boolean {
  return PATRONYMIC.test(word) || SPANISH_SURNAMES.has(word);
}

/**
 * The part of a person's full name that names them alone. Usually the last word ("Lavrov"), but
 * Spanish names carry two surnames and news uses both: "Andrés Manuel López Obrador" is "López
 * Obrador", never "Obrador" alone. The double form is taken when the articles print it alone, or
 * when the word before the last is a Spanish surname ("-ez", or a frequent one like García);
 * "Ortega y Gasset" keeps its "y". Chinese, Korean and Vietnamese names print the family name
 * first: "Xi Jinping" is "Xi".
 */
export function surnameOf(name: string, printed: readonly string[]): string | undefined {
  const all = name.split(/\s+/);
  const words = all.length > 2 && GENERATION_SUFFIX.test(all[all.length - 1]!) ? all.slice(0, -1) : all;
  // "Amenhotep III", "Louis XIV": a sovereign's number follows the only name they have.
  if (words.length === 2 && REGNAL_NUMBER.test(words[1]!)) return words[0];
  if (words.length < 2) return undefined;
  if (isFamilyNameFirst(words)) return words[0];
  const printedKeys = new Set(printed.filter((p) => p !== name).map(spellingKey));
  for (let k = words.length - 1; k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    if (printedKeys.has(spellingKey(tail))) return tail;
  }
  if (words.length >= 4 && words[words.length - 2] === 'y') return words.slice(-3).join(' ');
  // "Marine Le Pen" is "Le Pen", "Ursula von der Leyen" "von der Leyen": particles stay with the surname.
  let first = words.length - 1;
  while (first > 1 && PARTICLES.has(words[first - 1]!.toLowerCase())) first--;
  if (first < words.length - 1) return words.slice(first).join(' ');
  if (words.length >= 3 && isSpanishSurname(words[words.length - 2]!)) return words.slice(-2).join(' ');
  return words[words.length - 1];
}
