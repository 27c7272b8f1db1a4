import type { HeadWords } from '../../../core/match/lookalike-heads';
import { GIVEN_NAMES } from './given-names';
import { HONORIFICS } from './words';

/**
 * Words that, written right before or after a name, make the two part of another name (general
 * knowledge): an institution, a newspaper, a lake or sea, a street or building, a company. The
 * builder writes them into every dataset (`lookalikeHeads`), so "Carnegie Moscow Center",
 * "Washington Institute", "East China Sea" or "Lake Chad" open no card about Russia, the United
 * States, China or Chad, though no blocking phrase lists them. Only words that hardly ever stand
 * next to a name that means itself: not "Government", "Summit" or "Bridge" ("the Russia summit"
 * is about Russia), nor "Republic of" ("Republic of Korea" is a name of South Korea). Before a
 * surname alone (an ambiguous alias), a given name makes it someone else's: "Eric Trump"; before a
 * place's name, a given name or an honorific makes it a person's: "Jim Jordan", "Mr. Jordan".
 */
export const LOOKALIKE_HEADS: HeadWords = {
  before: [
    'Avenida', 'Avenue', 'Calle', 'Cape', 'Lake', 'Mount', 'Plaza', 'Rua', 'Rue',
    'Bank of', 'Bay of', 'Gulf of', 'Sea of', 'Strait of', 'Times of', 'University of',
  ],
  after: [
    // Institutions
    'Academy', 'Center', 'Centre', 'College', 'Conservatory', 'Foundation', 'Hospital', 'Institute',
    'Library', 'Museum', 'Observatory', 'School', 'Society', 'State University', 'University', 'Zoo',
    // Newspapers
    'Chronicle', 'Daily', 'Gazette', 'Herald', 'Journal', 'Post', 'Times', 'Tribune',
    // Bodies of water and land
    'Basin', 'Bay', 'Canal', 'Lake', 'Ocean', 'River', 'Sea', 'Strait', 'Straits', 'Valley',
    // Streets, buildings and venues
    'Airport', 'Arena', 'Avenue', 'Boulevard', 'Hotel', 'Plaza', 'Road', 'Square', 'Stadium', 'Station', 'Street',
    // Companies
    'Airlines', 'Airways', 'Corp', 'Corporation', 'Inc',
    // Dishes and drinks named after a place, in lower case as written
    'mule', 'sling', 'sprouts',
  ],
  beforeAmbiguous: [...GIVEN_NAMES],
  beforePlace: [...HONORIFICS],
  // Countries, states and cities whose names are also given names: "Chad Wolf", "Israel Katz",
  // "Jordan Bardella", "Georgia Meloni" as some print it, "Victoria Beckham", "Paris Hilton".
  givenNamePlaces: [
    'Chad', 'Jordan', 'Israel', 'Georgia', 'India', 'Kenya', 'Victoria', 'Florence', 'Paris', 'Austin', 'Dallas', 'Houston',
    'Chelsea', 'Madison', 'Sydney', 'Adelaide', 'Charlotte', 'Lincoln', 'Phoenix', 'Savannah', 'Virginia', 'Carolina', 'Dakota',
    'Nevada', 'Orlando', 'Denver', 'Eugene', 'Augusta', 'Regina', 'Santiago', 'Lourdes', 'Montserrat', 'Asia', 'Africa',
  ],
};
