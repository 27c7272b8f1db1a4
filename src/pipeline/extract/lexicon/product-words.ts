import { wordSet } from './name-row';
/**
 * Words around a product's name, the "other" type: the nouns that take a model number or not, the
 * nouns after a rocket's or a satellite's name, and those before a drug's brand.
 */
const set = wordSet;

/**
 * Capitalised nouns that take a number or a letter without naming a product: "a Category 5 storm",
 * "Phase 2", "Article 5", "Area C", "Chapter 11". A name of one other word with a number or letter
 * after it ("Ariane 6", "Falcon 9", "Vega C") is a product's model name.
 */
export const NUMBERED_COMMON_NOUNS = set(`
  Category Phase Stage Level Grade Class Section Chapter Page Round Day Week Year Game Match Leg Gate Terminal
  Platform Room Floor Unit Block Tier Step No Number Figure Table Item Line Box Lot Ward Zone Sector Camp Title
  Part Volume Issue Episode Season Area Group Type Schedule Plan Route Highway Interstate Channel Radio
  Pier Building Hall Door Exit Lane Bus Term Covid Division District Region Formula Top Vision Agenda Turn Lap
`);

/**
 * Lower-case nouns after a name that make it a product's, the "other" type: "its Spectrum rocket",
 * "Soyuz rockets", "the CSO-3 satellite". Not "jets", "planes" or "phones", which follow their
 * makers ("Boeing jets"), nor "missile", which follows a town struck ("the Dnipro missile strike"),
 * nor "tanker" or "vessel", which follow their owners ("a Maersk vessel"); a drillship is named for
 * itself ("the Noble Venturer drillship").
 */
export const PRODUCT_NOUNS_AFTER = set(`
  rocket rockets launcher launchers spacecraft capsule capsules satellite satellites probe rover lander telescope
  drillship drillships spectrometer
`);
/** Last words of machines' and instruments' names: "Polar Satellite Launch Vehicle", "Future Circular Collider". */
export const MACHINE_WORDS = set('Vehicle Collider Spectrograph Spectrometer Telescope Rover Lander Orbiter Radar');

/** Nouns after a product noun that make it a weapon fired at a place: "Sderot rocket attack". */
export const ATTACK_NOUNS = set('attack attacks fire strike strikes barrage barrages salvo salvos');

/**
 * Nouns of a descriptive phrase before a product's brand: "its weight-loss drug Wegovy", "the
 * next-generation drug CagriSema"; and a vessel's, "the ferry Kaitaki", "the tanker Marvela". Not
 * "company", "maker" or "operator": "the drug company Pfizer", "the ferry operator Bluebridge" are bodies.
 */
export const OTHER_NOUNS_BEFORE = set('drug drugs medicine medicines medication vaccine vaccines pill jab shot treatment therapy therapies injection inhibitor ferry vessel tanker freighter icebreaker');

/**
 * Nouns for a vessel that may stand right before its name ("the longliner Tian Xiang 606"), whose
 * number after the name is the name's (works.ts). Not "carrier", which news also writes before an
 * airline ("low-cost carrier flydubai").
 */
export const VESSEL_NOUNS = set('vessel ship boat trawler longliner seiner purse-seiner tanker freighter ferry reefer dredger tugboat');
