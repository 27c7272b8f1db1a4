import { isCaseName } from './case-names';
import type { EntityType } from '../../core/dataset/schema';
import type { Candidate } from './candidates';
import { knownName, placeOfAdjective } from './known-names';
import { isTeamNickname } from './team-names';
import { ORGANIZATION_ADJECTIVES, ORGANIZATION_HEADS, ORGANIZATION_WORDS, PLACE_HEADS, PLACE_WORDS, BODY_EVENT_WORDS, CARE_SITE_WORDS } from './lexicon/words';
import {
  EVENT_NOUNS_AFTER,
  OTHER_NOUNS_AFTER,
  COMPANY_CONTEXT_AFTER,
  STORM_NOUNS_BEFORE,
  ORGANIZATION_NOUNS_AFTER,
  ORGANIZATION_NOUNS_BEFORE,
  PLACE_NOUNS_BEFORE,
  WORKPLACE_NOUNS,
  PLACE_NOUNS_AFTER,
  LEADER_NOUNS_AFTER,
  MEMBERSHIP_AFTER,
  MEMBERSHIP_BEFORE,
  CITY_COMPANY_NOUNS,
  ROAD_NOUNS_AFTER,
  ROAD_CODE,
} from './lexicon/context-nouns';
import { APPOSITIVE_ORGANIZATION_NOUNS, APPOSITIVE_OTHER_NOUNS, APPOSITIVE_PLACE_NOUNS } from './lexicon/appositive-nouns';
import { PERSON_NOUNS, PERSON_OR_COMPANY_NOUNS } from './lexicon/person-nouns';
import { LEGAL_FORMS, LENDER_TAILS } from './lexicon/company-words';
import { OTHER_NOUNS_BEFORE } from './lexicon/product-words';
import { isFamilyFirstName, isJapaneseName, isVietnameseName } from './east-asian-names';
import { isDeviceModelName, isFamilyVariant, isMakerModelName, isModelCode, isModelName, opensWithModelNumber } from './products';
import { isCompanySpelling } from './company-cues';
import { isShipName } from './works';
import { WEB_ADDRESS } from './tokens';
import { isTaggedPlace, phraseTags, wordTags } from './word-tags';
import { byLexicon } from './by-lexicon';
import { isBrandSpelling } from './brand-spelling';
import { byWords } from './by-words';
import { isFramedSchemeName } from './scheme-names';
import { GIVEN_NAMES } from './lexicon/given-names';
import { isSpanishSurname } from './surname';
import { isPlayerPosition } from './player-positions';
import { POST_NOMINALS } from './name-runs';

/** Every word of the name is a city or country in compromise's lists ("San Francisco", "Seattle"). */
const isCityOrCountry = (words: string[]) => phraseTags(words.join(' ')).every((t) => t.has('City') || t.has('Country'));

/** "S. Velmurugan", "S. K. Velmurugan": one or more initials with their dots, then a word of a name. */
const opensWithInitial = (candidate: Candidate) => /^(?:\p{Lu}\. )+\p{Lu}\p{Ll}/u.test(candidate.text);

/** "Bir Hospital", "Amai Pakpak Medical Center": a hospital's name, by its last word or two. */
function isCareSite(words: string[]): boolean {
  const last = words[words.length - 1]!;
  return words.length > 1 && (CARE_SITE_WORDS.has(last) || (/^Cent(?:er|re)$/u.test(last) && words[words.length - 2] === 'Medical' && words.length > 2));
}

/** How sure a type guess is: a lexicon or a name's last word beats a guess from context. */
export interface TypeGuess {
  type: EntityType;
  strength: number;
  /**
   * Set on a name of several words that nothing typed: no person evidence, no body or place cue.
   * Evidence elsewhere in the article (a pronoun, the surname with a speech verb) may still make
   * it a person (personByArticle); otherwise it stays an organisation.
   */
  unproven?: true;
}

// Prepositions and verbs of movement whose object is a place ("could not reach Omdurman").
const PLACE_PREPOSITIONS = new Set([
  'in', 'at', 'from', 'to', 'near', 'across', 'around', 'along', 'into', 'outside', 'inside', 'toward', 'towards', 'visited', 'visit', 'reached',
  'reach', 'reaching', 'entered', 'enter', 'entering', 'shelled', 'besieged',
]);
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'asked', 'stated', 'noted', 'insisted', 'warned', 'explained', 'argued', 'wrote', 'tweeted', 'claimed', 'replied', 'urged', 'asserted', 'spoke']);
const SITE_NOUNS_AFTER = new Set(['site', 'grounds', 'premises', 'campus', 'compound']);
/** "Haukeland University Hospital", "Irrua Specialist Teaching Hospital": a hospital that teaches is written of as a body. */
const TEACHING_HOSPITAL_WORDS = new Set(['University', 'Teaching']);
/** "sued Kestrel Hospital", "a case against …": words before a name acted on as a body. */
const ACTED_ON_BEFORE = new Set(['sued', 'sue', 'sues', 'suing', 'fined', 'against']);
const FIELD_NOUNS = new Set(['field', 'fields', 'oilfield', 'oilfields', 'gasfield', 'gasfields']);
/**
 * Nature's features and roads named before their noun ("the Rano Raraku volcano", "the Shatt
 * al-Arab waterway", "the BR-319 highway"): no person, body or product is.
 */
const FEATURE_NOUNS = new Set(['volcano', 'waterway', 'glacier', 'lagoon', 'reef', 'atoll', 'crater', 'estuary', 'wetlands', ...ROAD_NOUNS_AFTER]);
const SERVICE_NOUNS = new Set(['platform', 'app', 'service', 'website', 'portal']);
const INDEX_NOUNS = new Set(['index', 'indices', 'indexes']);
const COMPASS_POINTS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest|Central)$/;



const MODEL_LIKE_CODE = /^(?:\p{Lu}{2,5}-?\d{1,4}|\p{Lu}-?\d{2,4})\p{Lu}?$/u;


function startsWithBareVerb(word: string): boolean {
  // "Désiré Doué": an English verb has no accents, though its folded spelling may be one.
  if (!/^[A-Za-z]+$/.test(word)) return false;
  const tags = wordTags(word.toLowerCase());
  return tags.has('Infinitive') && !tags.has('FirstName') && !tags.has('Person') && !tags.has('Noun');
}

/** Whether a noun before the name says it is a company's; not "Jordanian producer Rami Haddad", whose given name says a person. */
function namesCompany(noun: string, candidate: Candidate): boolean {
  const words = candidate.tokens.map((t) => t.text);
  const person = PERSON_OR_COMPANY_NOUNS.has(noun) && words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(words[0]!);
  return ORGANIZATION_NOUNS_BEFORE.has(noun) && !person;
}

/**
 * A class the sentence states for the name: an apposition after it (strength 4, as sure as a
 * name's own words), a descriptive phrase before it ("the business daily Valor Econômico") or a
 * person working "at" it (3, over compromise's guess for the word alone: it reads "Valor" as a
 * given name and "Aruba" as the island).
 */
function statedClass(candidate: Candidate): TypeGuess | undefined {
  const { appositive, described, workplace } = candidate;
  if (appositive && APPOSITIVE_ORGANIZATION_NOUNS.has(appositive)) return { type: 'organization', strength: 4 };
  if (appositive && APPOSITIVE_PLACE_NOUNS.has(appositive)) return { type: 'place', strength: 4 };
  if (described && namesCompany(described, candidate)) return { type: 'organization', strength: 3 };
  if (described && (PLACE_NOUNS_BEFORE.has(described) || BUILDING_PARTICIPLES.has(described))) return { type: 'place', strength: 3 };
  if (described && OTHER_NOUNS_BEFORE.has(described)) return { type: 'other', strength: 3 };
  if (workplace && WORKPLACE_NOUNS.has(workplace)) return { type: 'organization', strength: 3 };
  // "a former mayor of Amagasaki", "the outskirts of Goma": only a place has a mayor or outskirts.
  if (candidate.ofNoun && PLACE_OF_NOUNS.has(candidate.ofNoun)) return { type: 'place', strength: 3 };
  return undefined;
}

// What only a place is "… of": its mayor, its people, its outskirts, the place it is the capital of.
const PLACE_OF_NOUNS = new Set(['mayor', 'outskirts', 'suburbs', 'residents', 'inhabitants', 'townships', 'municipality', 'prefecture', 'city', 'town', 'village', 'province']);

// "the renovated Camp Nou", "the rebuilt Stari Most": what is renovated or rebuilt is a building
// or a site, whatever its name's words ("Camp" opens a group's name elsewhere).
const BUILDING_PARTICIPLES = new Set(['renovated', 'refurbished', 'rebuilt', 'revamped', 'redeveloped', 'demolished', 'reopened']);

const COLOURS = new Set(['Blue', 'White', 'Black', 'Red', 'Yellow', 'Green']);

/**
 * An unknown name whose last word is a known place, with no given name before (the lexicon
 * came first): "Blue Nile" and "White Volta" (a colour before a river) name part of the place;
 * "Parks Canada", "Air India", "Environment and Climate Change Canada" are bodies named for it,
 * and they "said" things as people do, so this comes before the speech verb.
 */
function byPlaceAtEnd(words: string[]): TypeGuess | undefined {
  if (words.length < 2 || knownName(words[words.length - 1]!)?.type !== 'place') return undefined;
  // "Southeast Sulawesi", "North Kivu": a compass point before a known place is a part of it.
  if (words.length === 2 && COMPASS_POINTS.test(words[0]!)) return { type: 'place', strength: 3 };
  return COLOURS.has(words[0]!) ? { type: 'place', strength: 2 } : { type: 'organization', strength: 2 };
}

/**
 * "Kenya Power", "Ethio Telecom", "Mongolia Mining": a known place's name, then words that name no
 * place (no place's word, nothing compromise knows as a place), is a body named for it, unless the
 * article shows a person ("Jordan Bardella said"). Without this, compromise's tag on the first
 * word made the whole name a place.
 */
function byPlaceAtStart(words: string[]): TypeGuess | undefined {
  // "China Vanke": the rest may be a company's name of its own, not another place.
  // A city only compromise knows counts too, with two words after it ("Rotterdam World Gateway"),
  // whose tag on the first word made the whole a place; with one ("Edinburgh Castle") it is as
  // often a landmark as a body.
  const placeFirst = knownName(words[0]!)?.type === 'place' || (words.length > 2 && !knownName(words[0]!) && wordTags(words[0]!).has('City'));
  if (words.length < 2 || !placeFirst || knownName(words.slice(1).join(' '))?.type === 'place') return undefined;
  const placeLike = (w: string) => PLACE_WORDS.has(w) || PLACE_HEADS.has(w) || isTaggedPlace(w);
  // Unproven: "Jordan Bardella" is a person the article will show ("Bardella said").
  return words.slice(1).some(placeLike) || words.some((w) => !/^\p{Lu}/u.test(w)) ? undefined : { type: 'organization', strength: 1, unproven: true };
}

/**
 * "James Finlay Kenya", "Kerry Dairy Ireland": a country's name after two or more words names a
 * company's unit there, though the words before it read as a person's; no one's surname is a
 * country's name that no list gives people ("Michael Jordan" keeps his).
 */
function isCountryUnitName(words: string[]): boolean {
  const tags = wordTags(words[words.length - 1]!);
  return words.length >= 3 && tags.has('Country') && !tags.has('Person') && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

// "Miles McBride", "Siobhan O'Connell": Gaelic surnames' prefixes before a capital.
const GAELIC_SURNAME = /^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u;

const SURNAME_ENDINGS = /\p{Ll}(?:ić|vić|vich|enko|chuk|escu|eanu|shvili|dze|ová|ski|ska|sky|skyi|ov|ova|ev|eva)$/u;

/**
 * A name of several words with no cue around it. Once it defaulted to person, and most type
 * errors on unseen articles were that default ("Via Rail", "Yellowhead Highway"); a person's
 * name now needs evidence (a given name, title, speech verb, pronoun or known surname), and
 * without it a name is more often a body than a person.
 */
function unprovenName(words: string[]): TypeGuess {
  const last = words[words.length - 1]!;
  // "Tomás Ávila Núñez": a known surname last is person evidence.
  if (isSpanishSurname(last) && words.length <= 3) return { type: 'person', strength: 1 };
  // "Ivo Andrić", "Oleksandr Kovalenko", "Ana Popescu": surnames spelled as Slavic, Romanian or
  // Georgian ones end; no unknown body's or place's last word of two or three ends so.
  if ((SURNAME_ENDINGS.test(last) || GAELIC_SURNAME.test(last)) && words.length <= 3) return { type: 'person', strength: 1 };
  // "Seo Ha-neul": a family name and a two-syllable given name, as Korean names are printed.
  if (isFamilyFirstName(words)) return { type: 'person', strength: 1 };
  // "Kitagawa Utamaro", "Kawase Hasui": a common Japanese family name, first or last.
  if (isJapaneseName(words)) return { type: 'person', strength: 1 };
  // "Le Thi Thu Thuy": a Vietnamese family name and one-syllable given names.
  if (isVietnameseName(words)) return { type: 'person', strength: 1 };
  // "Rupinder Kaur Chahal", "Partap Singh Bajwa": the Sikh middle name says a person.
  if (words.length >= 2 && words.length <= 4 && words.slice(1).some((w) => w === 'Singh' || w === 'Kaur')) return { type: 'person', strength: 1 };
  return { type: 'organization', strength: 0, unproven: true };
}

// "in northern Finnmark", "across eastern Kestrel": a region of a place, in lower case before one word.
const COMPASS_ADJECTIVES = /^(?:north|south|east|west)?(?:northern|southern|eastern|western)$|^(?:north|south)-(?:eastern|western)$|^central$/;

/** Guesses the type of one candidate from its words, the lexicons and the words around it. */
export function classify(candidate: Candidate): TypeGuess {
  const known = knownName(candidate.text);
  // "the Amazon rainforest": a company named like a place is the place beside a place's noun, or
  // after "the" ("towns in the Amazon"), which news prints before the region, not the company.
  if (known?.placeReading && (PLACE_NOUNS_AFTER.has(candidate.after) || PLACE_NOUNS_BEFORE.has(candidate.before) || candidate.afterThe)) return { type: 'place', strength: 4 };
  if (known) return { type: known.type, strength: 5 };
  // "JAS 39 Gripen E": a known product and a variant's letter name the variant, a product too.
  const variantOf = candidate.tokens.length >= 2 && /^[A-Z]$/.test(candidate.tokens.at(-1)!.text) ? knownName(candidate.tokens.slice(0, -1).map((t) => t.text).join(' ')) : undefined;
  if (variantOf?.type === 'other') return { type: 'other', strength: 4 };
  // "Poor Things", "Lagos by Night": a title in quotes names a work, whatever its words.
  if (candidate.work) return { type: 'other', strength: 5 };
  // "published by Walker Books", "illustrated by Kit Fenwick": the credit says what the name is.
  if (candidate.credit) return { type: candidate.credit === 'publisher' ? 'organization' : 'person', strength: 4 };
  const words = candidate.tokens.map((t) => t.text);
  // "the Falepili Union, a treaty that …": the writer says it is an agreement, whatever its last word.
  // Not after a person's noun: "by Moroccan director Ilyas Berrada, a drama about …" describes his film.
  if (candidate.appositive && APPOSITIVE_OTHER_NOUNS.has(candidate.appositive) && !PERSON_NOUNS.has(candidate.before)) return { type: 'other', strength: 4 };
  // "secretary general of the Pacific Islands Forum", "Forum members": a forum with members is a body.
  if (BODY_EVENT_WORDS.has(words[words.length - 1]!) && (MEMBERSHIP_BEFORE.has(candidate.before) || MEMBERSHIP_AFTER.has(candidate.after))) {
    return { type: 'organization', strength: 4 };
  }
  // "the Volpi Cup for best actress", "FPSO Kwame Nkrumah": a prize and a ship, whatever their words.
  if (candidate.prize || isShipName(words) || isCaseName(words)) return { type: 'other', strength: 4 };
  // "died at Covenant Children's Hospital in Lubbock", "flown to Bir Hospital", "the concession to
  // run Gozo General Hospital": news names a hospital as the building patients go to, so it is a
  // site. One that speaks, is sued or teaches ("Haukeland University Hospital") is a body, unless
  // someone is "at" it or its grounds are meant.
  const atSite = candidate.before === 'at' || SITE_NOUNS_AFTER.has(candidate.after);
  const actsAsBody = SPEECH_VERBS.has(candidate.after) || ACTED_ON_BEFORE.has(candidate.before) || words.some((w) => TEACHING_HOSPITAL_WORDS.has(w));
  if (isCareSite(words) && (atSite || !actsAsBody)) return { type: 'place', strength: 4 };
  // "winger Will Muir", "flanker Ted Hill": a playing position before a full name says a player,
  // whatever the name's words would say alone ("Will" a verb, "Hill" a place's word).
  if (words.length > 1 && isPlayerPosition(candidate.before) && !knownName(words[0]!)) return { type: 'person', strength: 4 };
  // "S. Velmurugan", "M. Night Shyamalan": a name opened by an initial and its dot is a person's,
  // unless its words say a body or a place ("J. Paul Getty Museum") or a list knows it ("W. R. Grace").
  if (opensWithInitial(candidate) && !words.some((w) => ORGANIZATION_WORDS.has(w) || PLACE_WORDS.has(w)) && !knownName(candidate.text)) return { type: 'person', strength: 3 };
  // "the Port of Antwerp-Bruges said", "a unit of the Port of Rotterdam": a port that speaks or is
  // owned is its authority, a body; one ships call at stays a place.
  if (words.length > 2 && words[0] === 'Port' && words[1] === 'of' && (SPEECH_VERBS.has(candidate.after) || candidate.company !== undefined)) {
    return { type: 'organization', strength: 4 };
  }
  // "the Seventy-ninth World Health Assembly", "the 28th Conference of the Parties": a body's
  // numbered session is an event. Not "First Quantum" or "Third Reich": a single ordinal word
  // opens names of every kind.
  if (words.length > 2 && /^(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|\d+(?:st|nd|rd|th))$/u.test(words[0]!)) return { type: 'event', strength: 4 };
  // "Halifax Water", "Denver Water": a place's name and "Water" name the utility that supplies it.
  if (words.length === 2 && words[1] === 'Water' && (knownName(words[0]!)?.type === 'place' || isTaggedPlace(words[0]!))) return { type: 'organization', strength: 4 };
  // "Treaty City Credit Union": a lender's two class words say what it is, whatever its first words
  // say ("City"), and outweigh its short form's place reading when the two are joined.
  if (words.length > 2 && LENDER_TAILS.has(words.slice(-2).join(' '))) return { type: 'organization', strength: 5 };
  // "Abu Dhabi National Oil Co.", "Kestrel Holdings Ltd": a legal form closes only a company's name.
  if (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) return { type: 'organization', strength: 4 };
  // "Morag Ferguson KC, for the estate, said": a lawyer's or an honour's letters follow only a person.
  if (words.length >= 2 && words.length <= 4 && POST_NOMINALS.has(candidate.after.toUpperCase()) && candidate.tokens.every((t) => !t.allCaps)) return { type: 'person', strength: 4 };
  // "Chief Economist Philip Lane": a title and a given name say a person, whatever the last word says.
  if (candidate.role && words.length >= 2 && words.length <= 3 && GIVEN_NAMES.has(words[0]!)) return { type: 'person', strength: 4 };
  // "the Decade of Centenaries programme": a scheme's name, whatever its words say.
  const headsName = (w: string) => ORGANIZATION_WORDS.has(w) || ORGANIZATION_HEADS.has(w) || PLACE_HEADS.has(w) || PLACE_WORDS.has(w) || knownName(w) !== undefined;
  if (isFramedSchemeName(words, candidate.after, headsName(words[0]!))) return { type: 'other', strength: 4 };
  const byWord = byWords(words);
  if (byWord) return { type: byWord, strength: 4 };
  // "the offshore Jubilee field", "the TEN fields": an oil or gas field is a place, even where a
  // company holds "a stake in" it, and even in capitals.
  if (FIELD_NOUNS.has(candidate.after) || FEATURE_NOUNS.has(candidate.after)) return { type: 'place', strength: 4 };
  // "the DN39 national road", "the A2 main road": a road's code before "road" is the road.
  if (candidate.after === 'road' && ROAD_CODE.test(candidate.text)) return { type: 'place', strength: 4 };
  // "the Tía María mine", "the La Santé prison": a site's noun after a name of several words says
  // a place, over a person's shape. One word may be a surname ("no Cuyp river view"): the weaker
  // reading below leaves it to the full name.
  if (words.length > 1 && PLACE_NOUNS_AFTER.has(candidate.after)) return { type: 'place', strength: 4 };
  // "its LillyDirect platform", "the VicEmergency app", "its M-Pesa service": what a company runs
  // for its customers, not the company (one named as its site, "BookMyShow", is lost).
  if (SERVICE_NOUNS.has(candidate.after)) return { type: 'other', strength: 4 };
  // "the S&P Merval stock index", "the Nikkei share average": a market gauge, even one a known
  // company's name opens.
  if (INDEX_NOUNS.has(candidate.after)) return { type: 'other', strength: 4 };
  if (candidate.role || candidate.honorific) return { type: 'person', strength: 4 };
  // "Ariane 6", "Vega C", "CSO-3", "Airbus A350": a model's number, letter or code names a product.
  if (isModelName(candidate.tokens) || isModelCode(words[words.length - 1]!) || opensWithModelNumber(words) || isMakerModelName(words) || isDeviceModelName(words) || (words.length >= 2 && isFamilyVariant(words[words.length - 2]!, words[words.length - 1]!))) return { type: 'other', strength: 3 };
  // "Boeing Commercial Airplanes", "Google Cloud": a known company's name, then more capitalised
  // words, names one of its units. Not "Mercedes Sosa": a given name first is a person's.
  if (words.length > 1 && knownName(words[0]!)?.type === 'organization' && !GIVEN_NAMES.has(words[0]!) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}/u.test(w))) {
    // "Lotte Jansen": a company's name that is also a given name, then a known surname, may be a
    // person's; the article's evidence ("Lotte Jansen, a transport economist") decides.
    const personLike = words.length === 2 && wordTags(words[0]!).has('FirstName') && wordTags(words[1]!).has('LastName');
    return personLike ? { type: 'organization', strength: 3, unproven: true } : { type: 'organization', strength: 3 };
  }
  // "Daft.ie", "Booking.com": a web address is its company's or site's name.
  if (words.length === 1 && WEB_ADDRESS.test(words[0]!)) return { type: 'organization', strength: 3 };
  // "Kangaroos centre Kalani Fifita-Moala", "the Bears' roster": a mascot's plural, capitalised
  // inside a sentence, is a team (a weak reading: the article's wording may say more).
  if (isTeamNickname(words)) return { type: 'organization', strength: 2 };
  // "Aruba, the wireless unit …", "B3, the Brazilian stock exchange": the writer states the class.
  const stated = statedClass(candidate);
  if (stated) return stated;
  // "the Baku-Tbilisi-Ceyhan (BTC) pipeline", "the … Radar (NISAR) satellite": the noun after the
  // acronym says what the long name is, before an acronym's default of a body.
  if (candidate.acronym && (candidate.product || OTHER_NOUNS_AFTER.has(candidate.after))) return { type: 'other', strength: 3 };
  if (candidate.acronym) return { type: 'organization', strength: 2 };
  // "Sierra, the San Francisco company", "a Hamburg carrier": a city compromise lists, before a
  // company's noun, says where the company is; a body named for a place ("the Morena party") is
  // no city of its list.
  if (CITY_COMPANY_NOUNS.has(candidate.after) && isCityOrCountry(words)) return { type: 'place', strength: 3 };
  // "the Pastef party", "the ruling Morena party": a lower-case body noun in apposition says more
  // than compromise's guess for the word alone (it reads "Morena" as a place).
  if (ORGANIZATION_NOUNS_AFTER.has(candidate.after)) return { type: 'organization', strength: 3 };
  // "Soyuz rockets", "its Spectrum rocket": a product noun after the name.
  if (candidate.product) return { type: 'other', strength: 3 };
  // An acronym in capitals ("INDIA" the alliance) is not the word compromise knows in lower case.
  const acronymLike = words.length === 1 && /^[\p{Lu}\p{M}-]{4,}$/u.test(words[0]!);
  const startsWithPlace = byPlaceAtStart(words);
  if (startsWithPlace) return startsWithPlace;
  if (isCountryUnitName(words)) return { type: 'organization', strength: 3 };
  const lexicon = acronymLike ? undefined : byLexicon(words);
  if (lexicon) return lexicon;
  // "YU7", "HBM4", "AE12", "J-35A": capitals and a number name a model, a chip or a service, not a
  // body (one letter and one digit is too short to say: "G1", "F1"); "the M23 rebels" says otherwise.
  if (words.length === 1 && MODEL_LIKE_CODE.test(words[0]!) && !ORGANIZATION_NOUNS_AFTER.has(candidate.after)) return { type: 'other', strength: 2 };
  // "its PSLV-C61 mission": a code in capitals before a thing's noun names the thing.
  if (words.length === 1 && candidate.tokens[0]!.allCaps && OTHER_NOUNS_AFTER.has(candidate.after)) return { type: 'other', strength: 2 };
  if (words.length === 1 && candidate.tokens[0]!.allCaps) return { type: 'organization', strength: 2 };
  // "DigitalEurope", "OpenAI", "BlackRock": a capital inside a word is a brand's spelling; people
  // and places with one have a short particle before it ("McCarthy", "DeKalb", "LaGuardia").
  if (words.length === 1 && isBrandSpelling(words[0]!)) return { type: 'organization', strength: 2 };
  // "7-Eleven", "3-Sigma": no person or place is named with a number first.
  if (words.length === 1 && /^\d+-\p{Lu}/u.test(words[0]!)) return { type: 'organization', strength: 2 };
  // "al-Shabab", "al-Qaeda": an Arabic article opening a name of its own is a group's name; a
  // person's surname with it ("al-Burhan") joins the full name, whose type wins.
  if (words.length === 1 && /^(?:al|el)-\p{Lu}/u.test(words[0]!)) return { type: 'organization', strength: 1 };
  // "the main opposition party, Chadema, was barred": one word, before "Chadema said" (a spokesman
  // "for the company, Tarek Oyelaran," is a person: names of several words are left to person evidence).
  if (words.length === 1 && candidate.restated && ORGANIZATION_NOUNS_BEFORE.has(candidate.restated)) return { type: 'organization', strength: 3 };
  if (words.length === 1 && candidate.restated && PLACE_NOUNS_BEFORE.has(candidate.restated)) return { type: 'place', strength: 3 };
  // One unknown word that has shares, a chief executive or reports ("Inditex shares", "Interfax
  // reported", "Arianespace chief executive"), is "operated by" or "a unit of" (companyCue), or is
  // spelled as companies coin names ("Vingroup", "Eumetsat"): a company, not the one-word default.
  // The wording and the spelling are surer than "Nexora said", which a person's name also takes.
  if (words.length === 1 && (candidate.company === 3 || isCompanySpelling(words[0]!))) return { type: 'organization', strength: 3 };
  if (words.length === 1 && (candidate.company === 2 || COMPANY_CONTEXT_AFTER.has(candidate.after))) return { type: 'organization', strength: 2 };
  const endsInPlace = byPlaceAtEnd(words);
  if (endsInPlace) return endsInPlace;
  if (SPEECH_VERBS.has(candidate.after)) return { type: 'person', strength: 2 };
  // "said Youssef, 34, a steel fixer": a given name of our list alone, that no lexicon makes a
  // place, is a person's, named by it alone as people asked for their surname are.
  const givenNameAlone = words.length === 1 && GIVEN_NAMES.has(words[0]!) && !isTaggedPlace(words[0]!);
  if (givenNameAlone && SPEECH_VERBS.has(candidate.before)) return { type: 'person', strength: 2 };
  if ((PLACE_PREPOSITIONS.has(candidate.before) || COMPASS_ADJECTIVES.test(candidate.before)) && words.length === 1) return { type: 'place', strength: 2 };
  // Not a noun the name restates between commas: "a spokesman for the company, Tarek Oyelaran, said"
  // names a person (one word restated was typed above).
  if (!candidate.restated && namesCompany(candidate.before, candidate)) return { type: 'organization', strength: 2 };
  if (!candidate.restated && PLACE_NOUNS_BEFORE.has(candidate.before)) return { type: 'place', strength: 2 };
  if (PLACE_NOUNS_AFTER.has(candidate.after)) return { type: 'place', strength: 2 };
  // "a second typhoon, Kong-rey": a storm's name right after the noun for it.
  if (STORM_NOUNS_BEFORE.has(candidate.before)) return { type: 'event', strength: 2 };
  if (EVENT_NOUNS_AFTER.has(candidate.after)) return { type: 'event', strength: 2 };
  if (OTHER_NOUNS_AFTER.has(candidate.after)) return { type: 'other', strength: 2 };
  // "Georgian Dream", "Russian Orthodox Church": people are not named after a nationality.
  if (placeOfAdjective(words[0]!) !== undefined && words.length > 1) return { type: 'organization', strength: 1 };
  if (ORGANIZATION_ADJECTIVES.has(words[0]!) && words.length > 1) return { type: 'organization', strength: 1 };
  if (PLACE_PREPOSITIONS.has(candidate.before)) return { type: 'place', strength: 1 };
  // "Renew Europe", "Reform UK", "Save the Children": no one's given name is a bare verb.
  if (words.length > 1 && startsWithBareVerb(words[0]!) && !isFamilyFirstName(words)) return { type: 'organization', strength: 1 };
  // "Tata's Nexon EV", "Nvidia's Blackwell": what a known company has, with nothing else to go by,
  // is more often its product than a unit or a person.
  if (candidate.ownedByCompany && !candidate.tokens.some((t) => GIVEN_NAMES.has(t.text))) return { type: 'other', strength: 1 };
  if (words.length > 1 && words.length <= 4) return unprovenName(words);
  if (words.length === 1 && LEADER_NOUNS_AFTER.has(candidate.after)) return { type: 'person', strength: 1 };
  // One unknown word with nothing around it to go by: in news it is most often a town or region
  // ("the constituency that contains Ayodhya"); a surname alone joins its full name's type anyway.
  if (words.length === 1) return { type: givenNameAlone ? 'person' : 'place', strength: 0 };
  return { type: 'other', strength: 0 };
}
