/**
 * Stadiums named in French, Spanish, Portuguese, Italian, German or Dutch put the word first
 * ("Stade Ernest-Wallon", "Estadio Azteca", "Stadio Olimpico"), so the usual place's word at the
 * end is missing and a person's name after it looked like a person.
 */
const STADIUM_HEADS = new Set(['Stade', 'Estadio', 'Estádio', 'Stadio', 'Stadion', 'Estadi', 'Stadionul']);

// "Stade Toulousain", "Stade Français", "Stade Rennais": the word then a town's adjective names
// the club that plays there, not the ground.
const CLUB_ADJECTIVE = /(?:ais|ois|ain|ien)$/u;

/** Whether a name's words are a stadium's: its head word first, then a name that is no club's adjective. */
export function isStadiumName(words: string[]): boolean {
  if (words.length < 2 || !STADIUM_HEADS.has(words[0]!)) return false;
  return !(words.length === 2 && CLUB_ADJECTIVE.test(words[1]!));
}
