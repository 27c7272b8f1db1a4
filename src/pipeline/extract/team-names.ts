import { GIVEN_NAMES } from './lexicon/given-names';
import { FUNCTION_WORDS } from './lexicon/words';

/**
 * A team's mascot in the plural, last in its name: "Sandringham Dragons", "Tasmania Devils",
 * "Penrith Panthers". General knowledge of the nicknames clubs in Australia, North America and
 * Britain take. Left out on purpose: plurals that are surnames or common nouns after other names
 * ("Banks", "Kings", "Bills", "Jets", "Cardinals", "Browns", "Rangers", "Wanderers", "Rovers").
 */
const MASCOTS = new Set([
  'Dragons', 'Chargers', 'Falcons', 'Devils', 'Eagles', 'Suns', 'Bombers', 'Tigers', 'Lions', 'Hawks', 'Swans', 'Crows',
  'Dockers', 'Demons', 'Magpies', 'Kangaroos', 'Bulldogs', 'Sharks', 'Panthers', 'Broncos', 'Cowboys', 'Roosters',
  'Rabbitohs', 'Titans', 'Raiders', 'Eels', 'Dolphins', 'Wildcats', 'Stallions', 'Steelers', 'Packers', 'Ravens', 'Bengals',
  'Colts', 'Jaguars', 'Texans', 'Buccaneers', 'Seahawks', 'Dodgers', 'Yankees', 'Cubs', 'Mariners', 'Padres', 'Pelicans',
  'Grizzlies', 'Timberwolves', 'Mavericks', 'Bucks', 'Raptors', 'Canucks', 'Oilers', 'Flames', 'Penguins', 'Bruins',
  'Leopards', 'Wolves', 'Rhinos', 'Cheetahs', 'Stormers', 'Hurricanes', 'Highlanders', 'Crusaders', 'Brumbies', 'Waratahs',
  'Warriors', 'Thunder', 'Knicks', 'Celtics', 'Lakers', 'Nuggets', 'Pistons', 'Cavaliers', 'Clippers', 'Hornets', 'Pacers',
  'Rockets', 'Nets', 'Spurs', '76ers', 'Chiefs', 'Patriots', 'Vikings', 'Commanders', '49ers',
  'Bears', 'Reds', 'Maroons', 'Bulls', 'Knights', 'Royals', 'Giants',
  // Twenty20 franchises': "Adelaide Strikers", "Delhi Capitals", "Karnali Yaks", "Janakpur Bolts".
  'Strikers', 'Scorchers', 'Renegades', 'Sixers', 'Sunrisers', 'Capitals', 'Gladiators', 'Qalandars', 'Tuskers', 'Yaks', 'Bolts',
]);

/** Whether a name is a team's: a place's (or sponsor's) words, then a mascot in the plural; not a person's given name first. */
export function isTeamName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3 || !MASCOTS.has(words[words.length - 1]!)) return false;
  const first = words[0]!;
  return /^\p{Lu}/u.test(first) && !GIVEN_NAMES.has(first) && !FUNCTION_WORDS.has(first);
}

// Mascots that alone name something else as often: a missile ("more Patriots"), a people of the
// past ("the Vikings", "the Crusaders", "Highlanders"), a state's people ("Texans"), gods ("Titans"),
// weather ("Hurricanes", "Thunder") and common nouns ("Nets", "Suns", "Rockets", "Flames").
const NOT_ALONE = new Set(['Capitals', 'Gladiators', 'Bolts', 'Texans', 'Patriots', 'Vikings', 'Crusaders', 'Titans', 'Highlanders', 'Hurricanes', 'Thunder', 'Flames', 'Nets', 'Suns', 'Rockets']);

/** Whether one capitalised word is a team's mascot alone: "Kangaroos centre …", "the Bears' roster". */
export function isTeamNickname(words: readonly string[]): boolean {
  return words.length === 1 && MASCOTS.has(words[0]!) && !NOT_ALONE.has(words[0]!);
}
