/**
 * Playing positions: a match report puts them before a player's name as a title ("winger Will
 * Muir", "Fly-half Finn Russell", "replacement hooker Peato Mauvaka"). Many players' given names
 * are also words or places ("Will", "Finn"), and their surnames places' words ("Hill"), so the
 * position is the surer cue. Only words that name nothing but a position: not "centre", "wing",
 * "back" or "guard", which also come before a place's or a body's name ("the city centre").
 */
const PLAYER_POSITIONS = new Set([
  // Rugby
  'fly-half', 'flyhalf', 'scrum-half', 'scrumhalf', 'winger', 'flanker', 'hooker', 'prop', 'lock', 'full-back', 'fullback',
  'number-eight', 'openside', 'blindside', 'utility-back',
  // Football
  'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'centre-back', 'center-back', 'left-back', 'right-back',
  'wing-back', 'playmaker', 'forward',
  // Cricket, American sports
  'batsman', 'batter', 'bowler', 'spinner', 'paceman', 'seamer', 'quarterback', 'linebacker', 'pitcher', 'shortstop', 'wicketkeeper', 'all-rounder',
  // Volleyball, ice hockey
  'setter', 'libero', 'goaltender', 'netminder',
]);

// Sentence-initial capitalised, only those no place's or body's name opens with ("Prop", "Lock" and
// "Forward" open names of their own: "Forward Party").
const INITIAL_ONLY_EXCLUDED = new Set(['prop', 'lock', 'forward', 'keeper', 'batter']);

/** Whether a lower-case word before a name is a playing position ("winger", "fly-half"). */
export function isPlayerPosition(word: string): boolean {
  return PLAYER_POSITIONS.has(word);
}

/** Whether a sentence's capitalised first word is a position before a player's name ("Fly-half Finn Russell"). */
export function isInitialPlayerPosition(word: string): boolean {
  const lower = word.toLowerCase();
  return /^\p{Lu}/u.test(word) && PLAYER_POSITIONS.has(lower) && !INITIAL_ONLY_EXCLUDED.has(lower);
}
