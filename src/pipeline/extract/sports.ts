import { isCountryOrRegionName, knownName, nameKey } from './known-names';
import type { Observation } from './observation';
import { escapeRegExp } from '../../core/text/escape-regexp';
import { CLUBS_NAMED_LIKE_PLACES, SUBURB_CLUB_NICKNAMES } from './lexicon/sports-clubs';
import { NATIONAL_SIDE_NICKNAMES, RACING_TEAM_SHORT_NAMES } from './lexicon/other-sports-teams';
import { isCommonWord } from './word-tags';

// Words only a match report uses: three of them make the article a sports story. Not "final",
// "season", "fans" or "manager", which business and politics use as well; a score ("1-0") alone is
// no cue either ("a 6-3 ruling").
const SPORTS_WORDS = [
  'goal', 'goals', 'goalkeeper', 'striker', 'midfielder', 'defender', 'winger', 'halftime', 'half-time', 'stoppage time',
  'scored', 'penalty', 'penalties', 'trophy', 'stadium', 'pitch', 'substitute', 'kickoff', 'kick-off', 'relegation', 'tournament',
  // Rugby and basketball: the same kind of report. Not tennis' or motor racing's: players and
  // drivers "beat" one another, and the club rules below would make their surnames clubs. Not
  // cricket's: its sides are countries, and it has no clubs (see typeSportsNames).
  'scrum', 'lineout', 'fly-half', 'scrum-half', 'sin-bin', 'three-pointer', 'rebounds',
];
const MIN_SPORTS_WORDS = 3;

// Words of sports where one player meets another (tennis, golf, boxing): two of them make the
// story one where "Sinner beats Alcaraz" and "Zeballos of Argentina beat Britain's Salisbury" name
// players and countries, never clubs.
const SINGLES_WORDS = [
  'tiebreak', 'tie-break', 'set point', 'set points', 'match point', 'match points', 'break point', 'break points', 'backhand',
  'forehand', 'double fault', 'aces', 'birdie', 'birdies', 'bogey', 'bogeys', 'fairway', 'putt', 'uppercut', 'knockdown',
];

/** How many of `words` a text holds as whole words, in any case. */
const countWords = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.filter((w) => new RegExp(`\\b${w}\\b`).test(lower)).length;
};

/** Whether a sports story is about players who meet one by one (tennis, golf, boxing), not teams. */
export function isSinglesSportsArticle(text: string): boolean {
  return countWords(text, SINGLES_WORDS) >= 2;
}

// Words of a motor race's report: two of them make the story one.
const RACING_WORDS = ['pole position', 'podium', 'pit lane', 'pit stop', 'pit stops', 'laps', 'qualifying', 'constructors', 'grid'];

/** Whether a story is a motor race's report ("pole position", "pit lane", "laps"). */
export function isRacingArticle(text: string): boolean {
  return countWords(text, RACING_WORDS) >= 2;
}


// Words only a cricket report uses: three make the story one. Its players are named as a match
// report's are, and its sides are countries: the club rules stay out (see SPORTS_WORDS).
const CRICKET_WORDS = ['wicket', 'wickets', 'innings', 'overs', 'bowled', 'lbw', 'stumped', 'run out', 'batter', 'batters', 'spinner', 'seamer', 'all-rounder'];

/** Whether a story is a cricket report ("wickets", "innings", "stumped"). */
export function isCricketArticle(text: string): boolean {
  return countWords(text, CRICKET_WORDS) >= MIN_SPORTS_WORDS;
}

/** Whether an article reads as a sports story: three of the match report's words in it. */
export function isSportsArticle(text: string): boolean {
  return countWords(text, SPORTS_WORDS) >= MIN_SPORTS_WORDS;
}

// "Europa League", "Premier League", "League Cup", "US Open", "Australian Grand Prix", "World
// Championships", "Paris Masters", "ATP Finals": a competition's head word last. In a sports story only: elsewhere "League" ends
// parties and bodies ("Awami League", "Arab League").
const COMPETITION_TAILS = /(?:^| )(?:League|Cup|Open|Championships?|Grand Prix|Trophy|Series|Games|Masters|Finals)$/u;

// National leagues known by a name with no competition's word in it (general knowledge): "Bath,
// who top the Premiership". In a sports story only: a prime minister has a premiership too.
const LEAGUE_NAMES = new Set([
  // A tournament known by its venue's name: in a sports story, the event (not "Roland Garros",
  // which stories name as the grounds as often).
  'Wimbledon',
  'Premiership', 'Championship', 'Bundesliga', '2. Bundesliga', 'Eredivisie', 'LaLiga', 'La Liga', 'Serie A', 'Serie B', 'Ligue 1', 'Ligue 2',
  'Top 14', 'Pro D2', 'Super Rugby', 'Primeira Liga', 'Liga MX', 'Brasileirão', 'Scottish Premiership', 'Bundesliga 2', 'Allsvenskan', 'Eliteserien',
  'Botola Pro', 'Botola', 'Süper Lig', 'Saudi Pro League', 'J1 League', 'K League 1', 'Indian Super League', 'A-League', 'Grand Slam',
]);

/** Whether a name is a sports competition, read in a sports story. */
export function isCompetitionName(text: string): boolean {
  // "Liga Endesa", "Liga Portugal": a league named in Spanish or Portuguese, its word first.
  if (LEAGUE_NAMES.has(text) || /^Liga \p{Lu}/u.test(text)) return true;
  if (!COMPETITION_TAILS.test(text) || !text.includes(' ')) return false;
  // A body a lexicon knows stays one ("Arab League").
  return knownName(text)?.type !== 'organization';
}

// A country's name and a sport's, in either order: "New Zealand Cricket", "Cricket Australia",
// "Rugby Australia", "Football Australia": the body that runs the sport there, in any story.
const SPORTS = /^(?:Cricket|Rugby|Football|Soccer|Netball|Hockey|Athletics|Tennis|Cycling|Swimming|Golf|Basketball)$/u;

// Competitions known by a name with no competition's word in it (general knowledge): "next
// winter's Ashes", "won the Tour de France". Events in any story; "Ashes" is no place.
const NAMED_SERIES = new Set(['Ashes', 'Tour de France', "Giro d'Italia", 'Vuelta a España', 'Six Nations', 'Super Bowl', 'Stanley Cup', 'Ryder Cup']);

/** Whether a name is a country's sport body: a known place's own name and one sport's word. */
export function isNationalSportsBody(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2) return false;
  const place = (name: string) => knownName(name)?.type === 'place' && knownName(name)?.name === name;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return (SPORTS.test(last) && place(words.slice(0, -1).join(' '))) || (SPORTS.test(first) && place(words.slice(1).join(' ')));
}

// What a club does or has that a town does not: "Tottenham beat …", "Chelsea face …", "Tottenham
// manager …", "Tottenham fans", and "beat Chelsea", "signed for Chelsea". Not "host(ed)" nor
// "against": a city hosts the Games, and a country is protested "against" in any story.
const CLUB_VERBS_AFTER = 'beat|beats|drew|draw|draws|face|faces|lost to|thrashed|edged';
// "Bath director of rugby": a club's post, not a town's.
const CLUB_NOUNS_AFTER = 'manager|coach|head coach|director of rugby|director of football|chairman|fans|supporters|striker|goalkeeper|midfielder|defender|winger|captain|squad|academy';
const CLUB_BEFORE = 'beat|beating|signed for|drew with|lost to|face|faces|play|plays|playing';
// "will play Northampton or Munster": two opponents joined by "or" or "and" are both clubs,
// whatever follows the second ("… or Munster in the semi-finals").
const OTHER_OPPONENT = "\\p{Lu}[\\p{L}'’-]+ (?:or|and) ";


/** Whether the article uses this name as a club's: a match verb or a club's noun beside it. */
export function usedAsClub(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  // The word before, if capitalised: "Bayern Munich beat …" is no use of "Munich" as a club, though
  // "But Chelsea beat …" is of "Chelsea".
  const after = new RegExp(`(?:^|[^\\p{L}])(?:(\\p{Lu}[\\p{L}.'’-]*) )?${n}(?:['’]s)? (?:${CLUB_VERBS_AFTER}|${CLUB_NOUNS_AFTER})\\b`, 'gu');
  const before = new RegExp(`\\b(?:${CLUB_BEFORE}) ${n}(?![\\p{L}])(?! (?:on|in|at)\\b)`, 'u');
  const secondOpponent = new RegExp(`\\b(?:${CLUB_BEFORE}) ${OTHER_OPPONENT}${n}(?![\\p{L}])`, 'u');
  const alone = [...text.matchAll(after)].some((m) => m[1] === undefined || isCommonWord(m[1]));
  return alone || before.test(text) || secondOpponent.test(text);
}

// What a national side does in a match report that the country does not: "England won 24-21",
// "England led 17-6", "a game against Australia", "the Australia match".
const SIDE_VERBS_AFTER = 'won|led|lost|trailed|drew|beat|beats|host|hosts|face|faces|scored';

// "beat world champions South Africa 24-19", "will face New Zealand or Argentina", "lost to England":
// a side a verb of play takes, with its title before it.
const SIDE_VERBS_BEFORE = 'beat|beats|face|faces|facing|play|plays|meet|meets|host|hosts|hosting|lost to|beaten by|victory over|win over';
const SIDE_TITLES = '(?:(?:world|defending|reigning|Olympic|European|African|Asian) )?(?:champions|holders|hosts) ';

/** Whether a match report uses a country's name for its national side. */
export function usedAsNationalSide(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  const side = new RegExp(`(?:^|[.!?]\\s+|\\n|, )${n} (?:${SIDE_VERBS_AFTER})\\b|\\bagainst ${n}\\b(?! (?:the|a|his|her|their)\\b)|\\bthe ${n} (?:match|game|Test|test|fixture)\\b`, 'u');
  // "… South Africa 24-19": a score right after the name.
  const played = new RegExp(`\\b(?:${SIDE_VERBS_BEFORE}) (?:${SIDE_TITLES})?${n}(?![\\p{L}])(?! (?:in|at|on)\\b)|(?:^|[^\\p{L}])${n} \\d{1,3}-\\d{1,3}\\b`, 'u');
  return side.test(text) || played.test(text);
}

/**
 * "Liverpool, who beat Brentford", "at home to Chelsea": a town a big club is named for (the
 * lexicon's list) is the club in a sports story, unless the article treats it as a town: puts
 * something in it, brings someone from it, files from it ("TOULOUSE, France —") or names a club
 * by it ("the Milan club", which is then another club).
 */
function isKnownClubTown(text: string, name: string): boolean {
  if (!CLUBS_NAMED_LIKE_PLACES.has(name)) return false;
  const n = escapeRegExp(name);
  const asTown = new RegExp(`\\b(?:in|from|near|outside|across|around) ${n}(?![\\p{L}])|\\b${n} (?:club|side|team|outfit)\\b`, 'u');
  const dateline = new RegExp(`(?:^|\\n)${escapeRegExp(name.toUpperCase())}(?:,| \\(| —)`, 'u');
  return !asTown.test(text) && !dateline.test(text);
}

/**
 * "will face New Zealand or Argentina", "between the All Blacks and France": a country named with
 * "and" or "or" beside a national side (or a side's nickname) is a side too. Adds to `sides`, the
 * name keys of the article's sides, until no pair adds one more.
 */
function addSidesInPairs(observations: Observation[], text: string, sides: Set<string>): void {
  const nicknames = Object.values(NATIONAL_SIDE_NICKNAMES).flat();
  for (let grew = true; grew; ) {
    grew = false;
    const named = [...new Set([...observations.filter((o) => sides.has(nameKey(o.text))).map((o) => o.text.replace(/['’]s$/u, '')), ...nicknames])].map(escapeRegExp).join('|');
    for (const o of observations) {
      const bare = o.text.replace(/['’]s$/u, '');
      if (o.type !== 'place' || sides.has(nameKey(o.text)) || !isCountryOrRegionName(bare)) continue;
      const n = escapeRegExp(bare);
      const paired = new RegExp(`(?:^|[^\\p{L}])(?:${named}) (?:and|or) ${n}(?![\\p{L}])|(?:^|[^\\p{L}])${n} (?:and|or) (?:the )?(?:${named})(?![\\p{L}])`, 'u');
      if (!paired.test(text)) continue;
      sides.add(nameKey(o.text));
      grew = true;
    }
  }
}

/**
 * "at the Paycom Center": in a sports story a Center that something happens at is the arena, though
 * elsewhere the word ends a body's name as often ("at the Carter Center, researchers …").
 */
function isArenaName(text: string, name: string): boolean {
  return /^\p{Lu}.* (?:Center|Centre)$/u.test(name) && new RegExp(`\\bat (?:the )?${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text);
}

/**
 * In a sports story, competitions are events and a team named like its town ("Tottenham",
 * "Chelsea") is a club where the article shows it playing. Changes `observations` in place.
 */
export function typeSportsNames(observations: Observation[], text: string, sports = isSportsArticle(text)): Observation[] {
  for (const o of observations) {
    if (isNationalSportsBody(o.text)) {
      o.type = 'organization';
      o.strength = 5;
    } else if (NAMED_SERIES.has(o.text)) {
      o.type = 'event';
      o.strength = 5;
    }
  }
  if (isRacingArticle(text)) {
    for (const o of observations) {
      const team = RACING_TEAM_SHORT_NAMES[o.text.replace(/['’]s$/u, '')];
      if (team) Object.assign(o, { type: 'organization', strength: 5, knownName: team });
    }
  }
  // A tennis or golf report names its competitions as a match report does ("ATP Finals",
  // "Wimbledon"), though it has no clubs.
  const singles = isSinglesSportsArticle(text);
  // A cricket report has none of a match report's words; its sides are countries, and it has no clubs.
  const cricket = !sports && !singles && isCricketArticle(text);
  if (!sports && !singles && !cricket) return observations;
  const clubs = new Set<string>();
  // "off Lyon" after "Nathan Lyon": a player's surname, not the club of his name.
  const surnames = new Set(observations.filter((o) => o.type === 'person' && o.strength >= 3 && /\s/u.test(o.text)).map((o) => nameKey(o.text.split(/\s+/).at(-1)!)));
  for (const o of observations) {
    const bare = o.text.replace(/['’]s$/u, '');
    if (surnames.has(nameKey(bare))) continue;
    if (!singles && !cricket && o.type === 'place' && !clubs.has(nameKey(o.text)) && (usedAsClub(text, bare) || isKnownClubTown(text, bare))) clubs.add(nameKey(o.text));
    if (!singles && o.type === 'place' && isCountryOrRegionName(bare) && usedAsNationalSide(text, bare)) clubs.add(nameKey(o.text));
  }
  if (!singles) addSidesInPairs(observations, text, clubs);
  for (const o of observations) {
    if (isCompetitionName(o.text)) {
      o.type = 'event';
      o.strength = 5;
    } else if (isArenaName(text, o.text)) {
      o.type = 'place';
      o.strength = 5;
    } else if (clubs.has(nameKey(o.text))) {
      o.type = 'organization';
      o.strength = 5;
      const bare = o.knownName ?? o.text.replace(/['’]s$/u, '');
      const nicknames = NATIONAL_SIDE_NICKNAMES[bare] ?? SUBURB_CLUB_NICKNAMES[bare];
      delete o.knownName;
      delete o.knownAliases;
      // "The Springboks, who won the last meeting", "The Blues, under coach Michael Voss": the side's
      // nickname, where it is printed, is the side.
      const printed = nicknames?.filter((nickname) => observations.some((other) => nameKey(other.text) === nameKey(nickname)));
      if (printed?.length) o.sameAs = [...(o.sameAs ?? []), ...printed];
    }
  }
  return observations;
}
