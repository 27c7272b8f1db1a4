// "McCarthy", "DeKalb", "LaGuardia": people and places with a capital inside have a short particle before it.
const PARTICLE_PREFIX = /^(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u;

/** "DigitalEurope", "OpenAI": a lower-case letter, then a capital, inside one word. */
export function isBrandSpelling(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !PARTICLE_PREFIX.test(word);
}
