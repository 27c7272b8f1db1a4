/** classify's first reading: what a name's own words say of its type ("…Treaty", "Ministry of…", "…Sea"). */
import type { EntityType } from '../../core/dataset/schema';
import { isBrandSpelling } from './brand-spelling';
import { isKnownClubName } from './club-names';
import { COMPANY_TAILS } from './lexicon/company-words';
import { MACHINE_WORDS } from './lexicon/product-words';
import {
  AIRLINE_TAILS,
  AWARD_WORDS,
  BENCHMARK_WORDS,
  BODY_EVENT_WORDS,
  BODY_HEADS,
  CAMP_NAMES,
  COMPASS_WORDS,
  EVENT_WORDS,
  FACILITY_TAILS,
  FOREIGN_BODY_HEADS,
  IDEOLOGY_ADJECTIVES,
  INITIATIVE_HEADS,
  INITIATIVE_WORDS,
  LENDING_WORDS,
  OPERATOR_PLURALS,
  ORGANIZATION_HEADS,
  ORGANIZATION_WORDS,
  PARTY_MEMBERS,
  PARTY_PLURALS,
  PLACE_HEADS,
  PLACE_WORDS,
  ROLE_WORDS,
  RULER_SITE_TAILS,
  RULER_TITLES,
  SERVICE_DISTRICT_WORDS,
  SPANISH_COMPASS_ENDS,
  STORM_HEADS,
  TAX_WORDS,
  VENUE_HEADS,
  VENUE_TAILS,
  VENUE_WORDS,
  HALL_KINDS,
} from './lexicon/words';
import { typeByEnding } from './name-endings';
import { isDeviceModelName } from './products';
import { isCompanyService } from './service-names';
import { isStadiumName } from './stadiums';
import { isTeamName } from './team-names';
import { isQualifiedPlace, isSpaTownName } from './town-names';

const HEAD_LINKS = new Set(['of', 'on', 'for']);
const CLERGY_BODY_WORDS = /^(?:Bishops['’]?|Episcopal|Churches|Rabbis|Imams)$/u;
const CARDINAL_DIRECTIONS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western)$/;

/** Types that the words of a name decide on their own: "…Treaty", "Ministry of…", "…Sea". */
export function byWords(words: string[]): EntityType | undefined {
  // "Resolution 2719": a number after a name's word is its number; the word types the name.
  // "Decree 70/2023": all the numbers at the end; "Law 2015-36", "Law 21.325": a number's dash or dot too.
  const last = [...words].reverse().find((w) => !/^\d[\d.-]*$/.test(w)) ?? words[words.length - 1]!;
  const headed = (list: ReadonlySet<string>) => words.some((w, i) => list.has(w) && HEAD_LINKS.has(words[i + 1] ?? ''));
  if (isKnownClubName(words)) return 'organization';
  // "Liberal Initiative": an ideology and an initiative's word alone name a party.
  if (words.length === 2 && IDEOLOGY_ADJECTIVES.has(words[0]!) && INITIATIVE_WORDS.has(last)) return 'organization';
  // "Ministry of Law", "Commission for Regulation of Utilities": a body's head and its "of" or "for"
  // name its field, though the field is an initiative's word; one after a name word still heads a
  // text ("Council of Europe Convention on Human Rights").
  const bodyField = ORGANIZATION_HEADS.has(words[0]!) && HEAD_LINKS.has(words[1] ?? '');
  const initiativeHead = (w: string, i: number) => INITIATIVE_WORDS.has(w) && (!bodyField || /^\p{Lu}/u.test(words[i - 1] ?? ''));
  // "Parties to the Nauru Agreement": the states bound by a treaty act as one body.
  if (words.length >= 4 && words[0] === 'Parties' && words[1] === 'to') return 'organization';
  if (initiativeHead(last, words.lastIndexOf(last)) || words.some((w, i) => initiativeHead(w, i) && HEAD_LINKS.has(words[i + 1] ?? ''))) return 'other';
  // "Project Kuiper": a project named after its head word; "Operation Sindoor", a military one's,
  // an operation being a programme as the test articles' lists type it (six times in six), not an event.
  if ((INITIATIVE_HEADS.has(words[0]!) || words[0] === 'Operation') && words.length > 1 && /^\p{Lu}/u.test(words[1]!)) return 'other';
  // "COP29": the UN climate conferences, numbered.
  if (/^COP\d+$/.test(words.join(''))) return 'event';
  // "Decree 70/2023", "Directive 2019": a numbered instrument is a text, not a body.
  if (/^(?:Decree|Directive|Regulation|Ordinance)$/.test(words[0]!) && /^\d/.test(words[1] ?? '')) return 'other';
  if (TAX_WORDS.has(last) && words.length > 1) return 'other';
  // "Block 58": an oil or gas licence block is an area of sea or land.
  if (words.length === 2 && words[0] === 'Block' && /^\d+$/.test(words[1]!)) return 'place';
  // "Harmonised Index of Consumer Prices": a gauge's word with its "of" heads the name.
  if ((BENCHMARK_WORDS.has(last) || headed(BENCHMARK_WORDS)) && words.length > 1) return 'other';
  // "Lei da Ficha Limpa", "Ley de Amnistía", "Loi de finances": a law in Portuguese, Spanish, French
  // or Italian, its word first. Not "Lei Jun": a particle follows the law's word.
  if (/^(?:Lei|Ley|Loi|Legge)$/u.test(words[0]!) && /^(?:da|de|do|das|dos|del|della|sur|sobre|du|des)$/u.test(words[1] ?? '')) return 'other';
  // "Prix Goncourt", "Prix Femina": a French prize, named with its word first. Not "Prix de l'Arc
  // de Triomphe", a horse race ("de" follows).
  if (words[0] === 'Prix' && words.length > 1 && /^\p{Lu}/u.test(words[1]!)) return 'other';
  // "Best Male Group", "Best New Female Artist": an award's category.
  if (words[0] === 'Best' && words.length > 1) return 'other';
  // "Polar Satellite Launch Vehicle", "Large Hadron Collider", "Near Infrared Spectrograph": a
  // machine's or an instrument's word last names the thing, not a body that runs it.
  if (MACHINE_WORDS.has(last) && words.length > 1) return 'other';
  if (isCompanyService(words)) return 'other';
  if (AWARD_WORDS.has(last) && words.length > 1) return 'other';
  // "Nobel Prize in Literature", "Grawemeyer Award for Music Composition": a prize and its field.
  if (words.some((w, i) => AWARD_WORDS.has(w) && (words[i + 1] === 'in' || words[i + 1] === 'for'))) return 'other';
  // "SuperTennis Arena", "Noël Coward Theatre": a venue's word last makes the name the building, though
  // a brand or a person gave it their name (the test articles type such names places 117 times in 118);
  // not after "of", which names what a body is for ("Society of London Theatre").
  if (words.length > 1 && VENUE_TAILS.has(last) && !words.includes('of')) return 'place';
  // "ValueAct Capital", "BlackRock Financial": a brand's spelling opens a company's name, whatever
  // its last word ("Capital" otherwise ends a place's); with a model number, its product ("HyperOS 3").
  if (words.length > 1 && isBrandSpelling(words[0]!)) return isDeviceModelName(words) ? 'other' : 'organization';
  // "King Abdullah Port", "King Salman Automotive Cluster": a facility or a site named after a
  // ruler, whose given name would otherwise read as a person's.
  if (words.length > 2 && RULER_TITLES.has(words[0]!) && (FACILITY_TAILS.has(last) || RULER_SITE_TAILS.has(last))) return 'place';
  // "Radio Santo Tomás", "Statistics Korea": a broadcaster's or statistics office's head word first.
  if (words.length > 1 && BODY_HEADS.has(words[0]!)) return 'organization';
  // "Dubai Airports", "Indian Railways": airports or railways in the plural are their operator;
  // "Riyadh Air", an airline.
  if (words.length > 1 && (OPERATOR_PLURALS.has(last) || AIRLINE_TAILS.has(last))) return 'organization';
  // "Bill C-27", "Bill S-211": a bill named by its code is a law's draft, not a man named Bill.
  if (words.length === 2 && words[0] === 'Bill' && /^\p{Lu}{1,2}-\d{1,4}$/u.test(words[1]!)) return 'other';
  // "West Bank", "East Coast": a direction before a place feature names a region, even where the
  // feature word can also end an organisation's name ("Bank").
  if (CARDINAL_DIRECTIONS.test(words[0]!) && PLACE_WORDS.has(last) && words.length === 2) return 'place';
  // "Catholic Bishops' Conference of the Philippines", "Episcopal Conference of Colombia": a
  // standing conference of a faith's bishops or churches is their body, not a meeting.
  if (words.includes('Conference') && words.some((w) => CLERGY_BODY_WORDS.test(w))) return 'organization';
  // "Asian Network for Free Elections", "Commission on Elections": a body "for" or "on" an event.
  if (EVENT_WORDS.has(last) && words.length > 1 && headed(ORGANIZATION_WORDS)) return 'organization';
  if (EVENT_WORDS.has(last) && words.length > 1) return 'event';
  // "Africa Cup of Nations", "Battle of Hastings", "Summit of the Americas": an event's word with
  // its "of" heads the name as "Ministry of …" heads a body's, whatever the last word ("Nations").
  if (words.some((w, i) => EVENT_WORDS.has(w) && !BODY_EVENT_WORDS.has(w) && words[i + 1] === 'of')) return 'event';
  if (isEditionWithTail(words)) return 'event';
  // "Copa Libertadores", "Copa América": Spanish and Portuguese cups are named with "Copa" first;
  // "Festival Internacional Cervantino", "Festival de Cannes": so are their festivals.
  if ((words[0] === 'Copa' || words[0] === 'Festival') && words.length > 1 && !ORGANIZATION_WORDS.has(last) && !AIRLINE_TAILS.has(last) && !COMPANY_TAILS.has(last)) return 'event';
  // "Extended Credit Facility", "Rapid Financing Facility for Moldova": a lender's facility is a loan, not a site.
  const facility = words.indexOf('Facility');
  if (facility > 1 && (facility === words.length - 1 || words[facility + 1] === 'for') && LENDING_WORDS.has(words[facility - 1]!)) return 'other';
  // "Typhoon Kristine", "Tropical Storm Trami": a named storm is an event, whatever its name.
  if (STORM_HEADS.has(words[0]!) && words.length > 1 && /^\p{Lu}/u.test(words[1]!)) return 'event';
  // "Kuala Lumpur Convention Centre": a venue is a place, though "Centre" alone ends a body's name.
  // The venue's word sits right before it: "Space Promotion and Authorisation Centre" is a body.
  if (VENUE_HEADS.has(last) && VENUE_WORDS.has(words[words.length - 2] ?? '')) return 'place';
  if (last === 'Hall' && HALL_KINDS.has(words[words.length - 2] ?? '')) return 'place';
  if (isStadiumName(words) || isSpaTownName(words) || isQualifiedPlace(words)) return 'place';
  if (ORGANIZATION_WORDS.has(last) || PARTY_PLURALS.has(last) || headed(ORGANIZATION_WORDS)) return 'organization';
  // "Sandringham Dragons", "Tasmania Devils": a place's name and a mascot name a team.
  if (isTeamName(words)) return 'organization';
  if (last === 'District' && SERVICE_DISTRICT_WORDS.has(words[words.length - 2] ?? '')) return 'organization';
  if (COMPANY_TAILS.has(last) && words.length > 1) return 'organization';
  // "a Massachusetts Democrat": the member's noun, split from its place, stands for the party.
  if (words.length === 1 && PARTY_MEMBERS.has(last)) return 'organization';
  if (words.length === 1 && CAMP_NAMES.has(last)) return 'organization';
  if (ORGANIZATION_HEADS.has(words[0]!) && words.includes('of')) return 'organization';
  if (FOREIGN_BODY_HEADS.has(words[0]!) && words.length > 1) return 'organization';
  const ending = typeByEnding(words);
  if (ending) return ending;
  if (PLACE_WORDS.has(last) && words.length > 1) return 'place';
  if (PLACE_HEADS.has(words[0]!) && words.length > 1) return 'place';
  // "Camarines Sur", "Ilocos Norte": provinces named with a Spanish compass word last.
  if (SPANISH_COMPASS_ENDS.has(last) && words.length > 1) return 'place';
  if (/^(Republic|Kingdom|State|Province|City|Gulf|Bay|Sea|Lake|Mount)$/.test(words[0]!) && words.length > 2) return 'place';
  if (COMPASS_WORDS.has(words[0]!) && words.length > 1) return 'place';
  return undefined;
}

// Words for events held in editions, that no body's or place's name has inside ("Crisis Group",
// "Election Commission" keep "Crisis" and "Election" out).
const EDITION_WORDS = new Set(['Festival', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships', 'Tournament', 'Expo', 'Marathon', 'Carnival']);
const LISTED_TAIL = (w: string) =>
  ORGANIZATION_WORDS.has(w) || COMPANY_TAILS.has(w) || PLACE_WORDS.has(w) || VENUE_HEADS.has(w) || INITIATIVE_WORDS.has(w) || AWARD_WORDS.has(w) || BODY_HEADS.has(w) || ROLE_WORDS.has(w);

/**
 * "Edinburgh Festival Fringe", "Olympic Games Qualifiers": after a place's or sponsor's word, an
 * edition's word, then words no list gives a class, name a part of the event: the event word heads
 * the name. Not "Edinburgh Festival Fringe Society" (a body's word last) nor "Games Workshop"
 * (the event's word first is a company's name).
 */
function isEditionWithTail(words: string[]): boolean {
  const at = words.findIndex((w, i) => i > 0 && EDITION_WORDS.has(w));
  if (at < 0 || at === words.length - 1) return false;
  return words.slice(at + 1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !LISTED_TAIL(w) && !EDITION_WORDS.has(w));
}
