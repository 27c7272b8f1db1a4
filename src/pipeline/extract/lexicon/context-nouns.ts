import { wordSet } from './name-row';

/**
 * Lower-case words around a name that tell what it names: the nouns after it ("the Amazon
 * rainforest", "the Hermits Peak fire") and before it ("the port of Chancay"). Split from words.ts,
 * which keeps the capitalised words inside names.
 */
const set = wordSet;

/** Words before a name that make it a body with members: "secretary general of the X Forum", "members of". */
export const MEMBERSHIP_BEFORE = set('general secretary-general member members chair chairman chairwoman secretariat joined join');
/**
 * Words after a name that make it a body with members or staff: "Forum members", "the X Forum
 * secretariat", "Road Transport Forum chief executive …" (a meeting has no chief or spokesperson).
 */
export const MEMBERSHIP_AFTER = set('member members secretariat leaders chief spokesperson spokesman spokeswoman');
/** Lower-case nouns after a name that say it is a place ("Amazon rainforest") or an event ("Hermits Peak fire"). */
// Also sites named before their noun: "the Los Pelambres mine", "the Leviathan gas field", "Hai Phong port".
export const PLACE_NOUNS_AFTER = set(`
  rainforest river basin region valley desert province mountains coast delta plateau island islands peninsula
  mine mines oilfield gasfield airport airbase port shrine temple monastery monument memorial jail prison fort
  palace stadium bridge dam canal lake park square crossing checkpoint corridor lowlands highlands foothills
  wetlands estuary lagoon reservoir
`);
/**
 * Lower-case nouns after one word that make it a leader's name: "the Trump administration", "the
 * Modi government". A town's government is named by a city compromise knows, or a region's list.
 */
export const LEADER_NOUNS_AFTER = set('administration government cabinet');
/** Lower-case storm nouns right before a storm's name: "a second typhoon, Kong-rey". */
export const STORM_NOUNS_BEFORE = set('typhoon hurricane cyclone storm');
/**
 * Words after one unknown capitalised word that say a company or agency did something: "Inditex
 * shares", "Interfax reported". A town does not have shares or report; the one-word default
 * (place) gives way to these.
 */
export const COMPANY_CONTEXT_AFTER = set(`
  shares reported stores outlets news agency subsidiary brands chief ceo executives shareholders earnings
  profit profits stock spokesman spokeswoman spokesperson
`);
/** A road's code: "A1", "D-100", "M25", "BR-319". */
export const ROAD_CODE = /^\p{Lu}{1,3}-?\d{1,4}\p{Lu}?$/u;

/** Roads named by a code before their noun: "the A1 motorway", "the D-100 highway". */
export const ROAD_NOUNS_AFTER = set('highway motorway expressway freeway autobahn autoroute');
export const EVENT_NOUNS_AFTER = set('fire wildfire blaze earthquake hurricane storm attack attacks bombing massacre protests uprising crisis scandal show fair exhibition festival');
/** Market benchmarks and indices: "Brent crude", "the Nikkei share average", "the Merval index". */
/** Also laws and projects named before their lower-case noun: "the Bases law", "the West Musgrave project". */
/** And programmes: "the Artemis program", "the Kuiper scheme". */
/** And agreements named before their noun: "the Ocean of Peace declaration", "the Paris agreement". */
export const OTHER_NOUNS_AFTER = set('brand crude index indices average benchmark futures law decree project program programme scheme initiative declaration treaty pact accord agreement pipeline mission platform vaccine vaccines regimen');
/**
 * Lower-case nouns right after a name that say it names a body: "the Pastef party", "the ruling
 * Morena party", "the Wagner group". Not "government", "administration" or "camp": those follow a
 * person's name ("the Modi government").
 */
export const ORGANIZATION_NOUNS_AFTER = set(`
  agency party parties bloc coalition alliance movement faction group militia company firm conglomerate caucus
  newspaper broadcaster retailer chain carrier airline lender insurer miner automaker rebels insurgents militants
  union fund
`);
/** Company nouns that follow a city's name used as a modifier: "the Seattle company", "a Hamburg carrier". */
export const CITY_COMPANY_NOUNS = set('company firm conglomerate retailer chain carrier airline lender insurer miner automaker startup start-up');
/** Lower-case nouns after two party plurals joined by "and" that make them one group's name ("Socialists and Democrats group"). */
export const GROUP_NOUNS_AFTER = set('group bloc caucus faction alliance');
/**
 * Lower-case nouns just before a name that say what it is: "the company Codelco", "the business
 * daily Valor Econômico", "the port of Odesa".
 */
export const ORGANIZATION_NOUNS_BEFORE = set(`
  company firm group producer producers party agency bank carrier airline newspaper broadcaster network movement
  militia union insurer lender miner daily weekly magazine tabloid channel outlet utility operator charity
  nonprofit non-profit regulator developer manufacturer carmaker automaker chipmaker drugmaker planemaker
  shipbuilder retailer conglomerate startup start-up website portal supplier contractor fund distributor
  coachbuilder club chain supermarket supermarkets grocer team association federation lobby exporter importer
  brewer shipper insurers lenders journal
`);
// Plurals too: "the northern provinces of Bac Ninh and Thai Nguyen" (the list rule types the rest).
/**
 * Class nouns that may open a sentence before a company's name, with no article: "Insurer ICICI
 * Lombard said", "Carmaker Toyota said", and a team's standing in a match report: "Holders Stade
 * Toulousain reached …", "Hosts Qatar lost …", and a price's: "Benchmark Brent crude fell". None opens a name itself (unlike "State", "Port",
 * "Bank", or "Champions" in "Champions League").
 */
export const INITIAL_CLASS_NOUNS = set(`
  insurer lender carmaker automaker chipmaker drugmaker planemaker shipbuilder miner retailer conglomerate
  regulator utility operator broadcaster carrier newspaper tabloid startup developer manufacturer supplier
  producer firm holders hosts rivals rival peers competitors newcomer veteran benchmark
`);
export const PLACE_NOUNS_BEFORE = set(`
  city town village port ports region province state capital district island islands strait river provinces
  regions districts cities towns villages states counties municipalities prefectures hills plains outskirts
  peak peaks mountain mountains volcano volcanoes valley valleys lake lakes reef reefs neighbourhood
  neighborhood neighbourhoods neighborhoods suburb suburbs
`);
/** People who work "at" somewhere named after them: "an analyst at Gartner" names an employer, not a place. */
export const WORKPLACE_NOUNS = set(`
  analyst analysts economist economists strategist strategists researcher researchers engineer engineers executive
  executives banker bankers trader traders consultant consultants lawyer lawyers scientist scientists professor
  lecturer employee employees partner director
`);
