import { SPANISH_SURNAMES } from './lexicon/surnames';
import { spellingKey } from './spelling-key';

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
 * "Ortega y Gasset" keeps its "y".
 */
export function surnameOf(name: string, printed: readonly string[]): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const printedKeys = new Set(printed.filter((p) => p !== name).map(spellingKey));
  for (let k = words.length - 1; k >= 2; k--) {
    const tail = words.slice(-k).join(' ');
    if (printedKeys.has(spellingKey(tail))) return tail;
  }
  if (words.length >= 4 && words[words.length - 2] === 'y') return words.slice(-3).join(' ');
  if (words.length >= 3 && isSpanishSurname(words[words.length - 2]!)) return words.slice(-2).join(' ');
  return words[words.length - 1];
}
