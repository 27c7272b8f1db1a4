/**
 * Stadiums named in French, Spanish, Portuguese, Italian, German or Dutch put the word first
 * ("Stade Ernest-Wallon", "Estadio Azteca", "Stadio Olimpico"), so the usual place's word at the
 * end is missing and a person's name after it looked like a person.
 */
const STADIUM_HEADS = new Set(['Stade', 'Estadio', 'Estádio', 'Stadio', 'Stadion', 'Estadi', 'Stadionul', 'Coliseo', 'Coliseu']);

// "Stade Toulousain", "Stade Français", "Stade Rennais": the word then a town's adjective names
// the club that plays there, not the ground.
const CLUB_ADJECTIVE = /(?:ais|ois|ain|ien)$/u;

// "Grand Stade Hassan II", "Nuevo Estadio Los Cármenes", "Nou Estadi": an adjective for size or
// newness may come before the head word, as the languages that put the head first also allow.
const HEAD_ADJECTIVES = new Set(['Grand', 'Gran', 'Grande', 'Nouveau', 'Nuevo', 'Novo', 'Nuovo', 'Nou', 'Neues', 'Nieuw', 'Petit', 'Vieux', 'Nouvel']);

/** Whether a name's words are a stadium's: its head word first, then a name that is no club's adjective. */
export function isStadiumName(words: string[]): boolean {
  const head = HEAD_ADJECTIVES.has(words[0] ?? '') ? 1 : 0;
  const rest = words.slice(head);
  if (rest.length < 2 || !STADIUM_HEADS.has(rest[0]!)) return false;
  return !(rest.length === 2 && CLUB_ADJECTIVE.test(rest[1]!));
}
