import { wordSet } from './name-row';
const set = wordSet;

/**
 * Head nouns of an apposition after a name that state its class: "Aruba, the wireless unit …",
 * "B3, the Brazilian stock exchange", "Aden, the port city". Stated by the writer, so they beat
 * a dictionary's guess for the word alone.
 */
export const APPOSITIVE_ORGANIZATION_NOUNS = set(`
  company firm group party agency bank carrier airline newspaper broadcaster network movement militia union insurer
  lender daily weekly magazine tabloid channel outlet unit subsidiary division exchange regulator maker operator
  retailer chain conglomerate alliance coalition bloc faction association federation confederation utility
  charity nonprofit non-profit organisation organization developer manufacturer producer miner carmaker automaker
  chipmaker drugmaker planemaker startup start-up website portal supplier contractor monitor watchdog body panel
  institute committee commission council court tank fund distributor coachbuilder club clubs venture
`);
/**
 * Head nouns of an apposition that make the name an agreement, the "other" type: "the Falepili
 * Union, a treaty that …". The writer's word beats the name's own ("Union" ends bodies' names).
 */
// Products and works too: "IDEFIX, a small four-wheeled rover", "Odessa Winter, a spare drama".
export const APPOSITIVE_OTHER_NOUNS = set(`
  treaty pact accord agreement declaration convention charter rover probe spacecraft satellite rocket lander
  drillship spectrometer film drama documentary comedy thriller novel album drug medicine medication vaccine
  treatment therapy pipeline
`);
export const APPOSITIVE_PLACE_NOUNS = set('city capital town village port region province state district island country territory plant');
