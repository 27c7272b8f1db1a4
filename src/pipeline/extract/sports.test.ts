import { describe, expect, it } from 'vitest';
import { articleEntities, typeOf } from './candidate-type.test-helper';
import { isCompetitionName, isSportsArticle, typeSportsNames, usedAsClub } from './sports';
import type { Observation } from './observation';

const o = (text: string, type: Observation['type'], strength: number): Observation => ({ text, type, strength, articleId: 'a' });
const MATCH = 'Kestrel beat Dunmore 2-1. The goalkeeper made a save before halftime and the striker scored late. Kestrel fans sang.';
const RULING = 'The court ruled 6-3 in a case from Dunmore. The judge said the league of towns and the Dunmore council must pay.';

describe('sports names', () => {
  it('reads a story as a sports one by three match-report words, not by a score', () => {
    expect(isSportsArticle(MATCH)).toBe(true);
    // Look-alike: a vote's tally and "league" are no match report.
    expect(isSportsArticle(RULING)).toBe(false);
    // A rugby report reads as one by its own words.
    expect(isSportsArticle('Kestrel won 24-17. A scrum penalty and a lineout steal set up the fly-half for the winner.')).toBe(true);
  });

  it('takes a name ending in a competition word as a competition, unless a lexicon knows a body', () => {
    expect(isCompetitionName('Northern Shield League')).toBe(true);
    expect(isCompetitionName('Harbour Cup')).toBe(true);
    expect(isCompetitionName('Paris Masters')).toBe(true);
    expect(isCompetitionName('ATP Finals')).toBe(true);
    expect(isCompetitionName('Wimbledon')).toBe(true);
    // Look-alikes: a known body, and a word alone.
    expect(isCompetitionName('Arab League')).toBe(false);
    expect(isCompetitionName('League')).toBe(false);
  });

  it('sees a club where a match verb or a club noun stands beside the name', () => {
    expect(usedAsClub(MATCH, 'Kestrel')).toBe(true);
    expect(usedAsClub(MATCH, 'Dunmore')).toBe(true);
    expect(usedAsClub('The striker signed for Dunmore last year.', 'Dunmore')).toBe(true);
    // Look-alike: a town one travels to or is "in".
    expect(usedAsClub('Fans travelled to Dunmore and stayed in Dunmore overnight.', 'Dunmore')).toBe(false);
    expect(usedAsClub('Dunmore hosted the Games after protests against Dunmore.', 'Dunmore')).toBe(false);
    // The town that ends a club's longer name is not used as a club, though after a common word it is.
    expect(usedAsClub('Kestrel Dunmore beat Lismore on Saturday.', 'Dunmore')).toBe(false);
    expect(usedAsClub('But Dunmore beat Lismore on Saturday.', 'Dunmore')).toBe(true);
  });

  it('retypes clubs and competitions in a sports story only', () => {
    const found = typeSportsNames([o('Kestrel', 'place', 0), o('Harbour Cup', 'organization', 4), o('Lismore', 'place', 2)], `${MATCH} They won the Harbour Cup in Lismore.`);
    expect(found.map((x) => x.type)).toEqual(['organization', 'event', 'place']);
    // Look-alike: the same names in a court story stay as they were.
    const court = typeSportsNames([o('Dunmore', 'place', 0), o('Harbour Cup', 'organization', 4)], RULING);
    expect(court.map((x) => x.type)).toEqual(['place', 'organization']);
  });

  it('names competitions in a tennis report that has no match report\'s words ("ATP Finals", "Wimbledon")', () => {
    const tennis = 'Varenne beat Okafor in the ATP Finals final, saving two set points before the tiebreak, a year after Wimbledon.';
    expect(typeSportsNames([o('ATP Finals', 'organization', 2), o('Wimbledon', 'place', 3)], tennis).map((x) => x.type)).toEqual(['event', 'event']);
    // Look-alike: outside a sports story, the venue's name stays a place.
    expect(typeSportsNames([o('Wimbledon', 'place', 3)], `${RULING} Homes in Wimbledon flooded.`)[0]!.type).toBe('place');
  });

  it('sees no clubs in tennis or golf, where players and countries "beat" one another', () => {
    const final = `${MATCH} Varenne beat Okafor in the final, saving two set points before the tiebreak. Zeballos of Argentina beat Britain in the doubles.`;
    const found = typeSportsNames([o('Varenne', 'place', 0), o('Argentina', 'place', 5), o('Britain', 'place', 5)], final);
    expect(found.map((x) => x.type)).toEqual(['place', 'place', 'place']);
    // Look-alike: the same sentences in a football report make the towns clubs.
    const football = typeSportsNames([o('Varenne', 'place', 0)], `${MATCH} Varenne beat Okafor in the final.`);
    expect(football[0]!.type).toBe('organization');
  });

  it('names a Formula One team by its one word in a race report only', () => {
    const race = 'He started from pole position and led every lap to the podium. Only two pit stops and 50 laps later it was over.';
    const found = typeSportsNames([o('Williams', 'place', 0), o('Haas', 'person', 2)], `${race} Williams driver Ana Vale was eighth, ahead of Haas.`);
    expect(found.map((x) => [x.type, x.knownName])).toEqual([['organization', 'Williams Racing'], ['organization', 'Haas F1 Team']]);
    // Look-alike: the same surnames in a court story stay as they were.
    expect(typeSportsNames([o('Williams', 'person', 2)], RULING)[0]!.type).toBe('person');
  });

  it("takes a country for its national side where a match report has it play", () => {
    const report = `${MATCH} England won 24-21, and next week's game against Australia is sold out.`;
    const found = typeSportsNames([o('England', 'place', 5), o('Australia', 'place', 5), o('Japan', 'place', 5)], `${report} The tour went on to Japan.`);
    expect(found.map((x) => x.type)).toEqual(['organization', 'organization', 'place']);
    // Look-alike: outside a sports story a country that "won" stays the country.
    expect(typeSportsNames([o('England', 'place', 5)], `${RULING} England won the case.`)[0]!.type).toBe('place');
  });

  it('takes a country a verb of play takes, or a score follows, for its side, and a country paired with a side', () => {
    const report = `${MATCH} They beat world champions South Africa 24-19 and will face New Zealand or Argentina next, after the All Blacks and France meet. Fans flew to France.`;
    const countries = ['South Africa', 'New Zealand', 'Argentina', 'France', 'Japan'].map((c) => o(c, 'place', 5));
    const found = typeSportsNames(countries, `${report} The squad trained in Japan.`);
    expect(found.map((x) => x.type)).toEqual(['organization', 'organization', 'organization', 'organization', 'place']);
    // Look-alike: a country played in, not against.
    expect(typeSportsNames([o('Japan', 'place', 5)], `${MATCH} They will play in Japan and Fiji next year.`)[0]!.type).toBe('place');
  });

  it('takes a country a side lost to, or won over, for its side', () => {
    const report = `${MATCH} Australia, who lost to England a week ago, travel to Cardiff after a victory over Wales.`;
    const found = typeSportsNames([o('England', 'place', 5), o('Wales', 'place', 5)], report);
    expect(found.map((x) => x.type)).toEqual(['organization', 'organization']);
  });

  it('takes a country for its side in a cricket report, which has no match report\'s words, but no other country', () => {
    const test = 'Kestria beat Dunmoria by six wickets. The spinner took four wickets in the second innings, and the batters saw out the overs.';
    const countries = ['Sri Lanka', 'New Zealand', 'Australia', 'India'].map((c) => o(c, 'place', 5));
    const report = `${test} Sri Lanka won the toss. A series against New Zealand or Australia follows; the board met in India.`;
    expect(isSportsArticle(report)).toBe(false);
    expect(typeSportsNames(countries, report).map((x) => x.type)).toEqual(['organization', 'organization', 'organization', 'place']);
    // Look-alike: a country in a story with no cricket words stays the country.
    expect(typeSportsNames([o('Sri Lanka', 'place', 5)], `${RULING} Sri Lanka won the case.`)[0]!.type).toBe('place');
  });

  it('takes a Center that a sports story has things happen at for the arena', () => {
    const report = `${MATCH} The sides meet again at the Paycom Center on Friday, after a night at Kestrel Centre.`;
    const found = typeSportsNames([o('Paycom Center', 'organization', 4), o('Kestrel Centre', 'organization', 4), o('Carter Center', 'organization', 4)], `${report} The Carter Center said it would fund pitches.`);
    expect(found.map((x) => x.type)).toEqual(['place', 'place', 'organization']);
    // Look-alike: outside a sports story a Center something happens at may be a body.
    expect(typeSportsNames([o('Carter Center', 'organization', 4)], `${RULING} Researchers at the Carter Center agreed.`)[0]!.type).toBe('organization');
  });

  it("joins a national side's nickname, where the article prints it, to the side", () => {
    const report = `${MATCH} Ireland beat South Africa 24-19. The Springboks led late.`;
    const [side] = typeSportsNames([o('South Africa', 'place', 5), o('Springboks', 'organization', 5)], report);
    expect(side!.sameAs).toEqual(['Springboks']);
    // Look-alike: a country that is no side here keeps its nickname apart.
    expect(typeSportsNames([o('South Africa', 'place', 5), o('Springboks', 'organization', 5)], `${MATCH} The Springboks toured South Africa.`)[0]!.sameAs).toBeUndefined();
  });

  it('sees a club in its post, and in the second of two opponents', () => {
    expect(usedAsClub('Dunmore director of rugby Sam Hale said so.', 'Dunmore')).toBe(true);
    expect(usedAsClub('They will play Kestrel or Dunmore in the semi-finals.', 'Dunmore')).toBe(true);
    // Look-alike: a town played in, with nothing before it.
    expect(usedAsClub('They will play in Dunmore or Lismore next.', 'Dunmore')).toBe(false);
  });

  it('knows national leagues named with no competition word, in a sports story only', () => {
    expect(isCompetitionName('Premiership')).toBe(true);
    expect(isCompetitionName('Botola Pro')).toBe(true);
    expect(isCompetitionName('Grand Slam')).toBe(true);
    expect(isCompetitionName('Liga Endesa')).toBe(true);
    expect(isCompetitionName('Ligand Therapeutics')).toBe(false);
    const found = typeSportsNames([o('Premiership', 'place', 0)], `${MATCH} Kestrel top the Premiership.`);
    expect(found[0]!.type).toBe('event');
    // Look-alike: a prime minister's premiership in a court story.
    expect(typeSportsNames([o('Premiership', 'place', 0)], RULING)[0]!.type).toBe('place');
  });

  it('takes a town a big club is named for as the club in a sports story, unless it is used as a town', () => {
    const story = `${MATCH} Liverpool, who won at home, are third. Arsenal host Chelsea next.`;
    const found = typeSportsNames([o('Liverpool', 'place', 3), o('Chelsea', 'place', 3)], story);
    expect(found.map((x) => x.type)).toEqual(['organization', 'organization']);
    // Look-alikes: a fan from the town, a club named by it, a dateline, and a town no list has.
    const towns = [`${MATCH} A fan from Liverpool sang.`, `${MATCH} The Milan club lost.`, `MILAN (Reuters) — ${MATCH}`, `${MATCH} Lismore, who won, are third.`];
    const names = ['Liverpool', 'Milan', 'Milan', 'Lismore'];
    expect(towns.map((text, i) => typeSportsNames([o(names[i]!, 'place', 3)], text)[0]!.type)).toEqual(['place', 'place', 'place', 'place']);
    // And outside a sports story, the place.
    expect(typeSportsNames([o('Liverpool', 'place', 3)], `${RULING} Liverpool, who appealed, lost.`)[0]!.type).toBe('place');
  });

  it('takes an AFL club named for a suburb as the club in a sports story ("Richmond used pick two")', () => {
    const story = `${MATCH} Richmond used pick two, before North Melbourne took a ruckman at three.`;
    expect(typeSportsNames([o('Richmond', 'place', 3), o('North Melbourne', 'place', 4)], story).map((x) => x.type)).toEqual(['organization', 'organization']);
    // Look-alike: a city of the same country is still the city.
    expect(typeSportsNames([o('Melbourne', 'place', 4)], `${MATCH} Melbourne hosted the draft.`)[0]!.type).toBe('place');
    // Its nickname, where printed, is the club: "The Blues, under coach Michael Voss".
    const blues = `${MATCH} Carlton beat Essendon. The Blues, under coach Michael Voss, were third.`;
    expect(typeSportsNames([o('Carlton', 'place', 3), o('Blues', 'place', 0)], blues)[0]!.sameAs).toEqual(['Blues']);
  });

  it('keeps a league\'s tier number in its name ("the K League 1 side")', () => {
    expect(typeOf('Lingard lifted the K League 1 side into the top eight.', 'K League 1')).toBe('event');
  });

  it("leaves a player's surname alone that is also a big club's town ('off Lyon' after 'Nathan Lyon')", () => {
    const story = `${MATCH} Lyon, who won at home, are third. Nathan Lyon took four wickets.`;
    expect(typeSportsNames([o('Nathan Lyon', 'person', 3), o('Lyon', 'place', 3)], story)[1]!.type).toBe('place');
    // Look-alike: with no player of that name, the town is its club.
    expect(typeSportsNames([o('Nathan Smith', 'person', 3), o('Lyon', 'place', 3)], story)[1]!.type).toBe('organization');
  });
});

describe('a national league named with no competition word', () => {
  it('is an event outside a match report too, while the ambiguous ones stay for match reports', () => {
    expect(typeOf('The club plans a new stadium for its Serie A games.', 'Serie A')).toBe('event');
    expect(typeOf('Bayern Munich shares rose as the Bundesliga deal closed.', 'Bundesliga')).toBe('event');
    // Look-alike: a prime minister's premiership is no league.
    expect(typeOf('His Premiership ended in 2019.', 'Premiership')).not.toBe('event');
  });
});

describe("horse racing's races", () => {
  it("reads Japan's and Ireland's Grade 1 races as events, the Derby's other name with it", () => {
    const found = articleEntities([
      'Masquerade Ball won the Tenno Sho in October and the Japan Cup on Sunday, and will run in the Arima Kinen next month.',
      'The colt was second in the Tokyo Yushun, the Japanese Derby, and his dam won the Irish Oaks.',
    ]).map((e) => `${e.name}/${e.type}${e.aliases.length > 1 ? ` [${e.aliases.slice(1).join('|')}]` : ''}`);
    expect(found).toEqual(expect.arrayContaining(['Tenno Sho/event', 'Japan Cup/event', 'Arima Kinen/event', 'Tokyo Yushun/event [Japanese Derby]', 'Irish Oaks/event']));
  });
});
