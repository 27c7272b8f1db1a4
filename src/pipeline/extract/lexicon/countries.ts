import { escapeRegExp } from '../../../core/text/escape-regexp';

/**
 * Countries and a few well-known places with every form a news article uses for them. The
 * adjectives (demonyms) are kept apart on purpose: "Russian officials" is not a mention of
 * Russia, but "Russian Foreign Minister" is a role and "Crimean peninsula" names Crimea.
 */
export interface KnownPlace {
  name: string;
  aliases: string[];
  adjectives: string[];
}

const row = (name: string, aliases: string, adjectives: string): KnownPlace => ({
  name,
  aliases: aliases ? aliases.split('|') : [],
  adjectives: adjectives ? adjectives.split('|') : [],
});

export const KNOWN_PLACES: KnownPlace[] = [
  // "U.S." is the country's own short name, not a demonym: "the U.S. trade representative" names it.
  row('United States', 'U.S.|US|USA|U.S.A.|United States of America', 'American|Americans'),
  row('Russia', 'Russian Federation', 'Russian|Russians'),
  row('Venezuela', 'Bolivarian Republic of Venezuela', 'Venezuelan|Venezuelans'),
  row('North Korea', 'DPRK', 'North Korean|North Koreans'),
  // "Korean chips": unqualified, the adjective is the South's in the news.
  row('South Korea', 'Republic of Korea', 'South Korean|South Koreans|Korean|Koreans'),
  row('China', "People's Republic of China|PRC", 'Chinese'),
  row('Cuba', '', 'Cuban|Cubans'),
  row('Mexico', 'United Mexican States', 'Mexican|Mexicans'),
  row('Uruguay', '', 'Uruguayan|Uruguayans'),
  row('Colombia', '', 'Colombian|Colombians'),
  row('Brazil', '', 'Brazilian|Brazilians'),
  row('Argentina', '', 'Argentine|Argentinian|Argentines'),
  row('Chile', '', 'Chilean|Chileans'),
  row('Peru', '', 'Peruvian|Peruvians'),
  row('Bolivia', '', 'Bolivian|Bolivians'),
  row('Ecuador', '', 'Ecuadorian|Ecuadorians'),
  row('Paraguay', '', 'Paraguayan|Paraguayans'),
  row('Nicaragua', '', 'Nicaraguan|Nicaraguans'),
  row('Honduras', '', 'Honduran|Hondurans'),
  row('Guatemala', '', 'Guatemalan|Guatemalans'),
  row('El Salvador', '', 'Salvadoran|Salvadorans'),
  row('Panama', '', 'Panamanian|Panamanians'),
  row('Costa Rica', '', 'Costa Rican|Costa Ricans'),
  row('Haiti', '', 'Haitian|Haitians'),
  row('Dominican Republic', '', 'Dominican|Dominicans'),
  row('Canada', '', 'Canadian|Canadians'),
  row('Syria', '', 'Syrian|Syrians'),
  row('Ukraine', '', 'Ukrainian|Ukrainians'),
  row('Afghanistan', '', 'Afghan|Afghans'),
  row('Iran', 'Islamic Republic of Iran', 'Iranian|Iranians'),
  row('Iraq', '', 'Iraqi|Iraqis'),
  row('Libya', '', 'Libyan|Libyans'),
  row('Egypt', '', 'Egyptian|Egyptians'),
  row('Israel', '', 'Israeli|Israelis'),
  row('Lebanon', '', 'Lebanese'),
  row('Jordan', '', 'Jordanian|Jordanians'),
  row('Saudi Arabia', '', 'Saudi|Saudis'),
  row('Yemen', '', 'Yemeni|Yemenis'),
  row('Turkey', 'Türkiye', 'Turkish|Turks|Turk'),
  row('Qatar', '', 'Qatari|Qataris'),
  row('Pakistan', '', 'Pakistani|Pakistanis'),
  row('India', '', 'Indian|Indians'),
  row('Japan', '', 'Japanese'),
  row('Vietnam', 'Viet Nam', 'Vietnamese'),
  row('Indonesia', '', 'Indonesian|Indonesians'),
  row('Philippines', '', 'Filipino|Filipinos|Philippine'),
  row('Australia', '', 'Australian|Australians'),
  row('New Zealand', '', 'New Zealander|New Zealanders'),
  row('United Kingdom', 'UK|U.K.|Britain|Great Britain', 'British|Briton|Britons'),
  row('France', '', 'French|Frenchman|Frenchwoman'),
  row('Germany', '', 'German|Germans'),
  row('Italy', '', 'Italian|Italians'),
  row('Spain', '', 'Spanish|Spaniard|Spaniards'),
  row('Portugal', '', 'Portuguese'),
  row('Netherlands', 'Holland', 'Dutch|Dutchman'),
  row('Belgium', '', 'Belgian|Belgians'),
  row('Switzerland', '', 'Swiss'),
  row('Austria', '', 'Austrian|Austrians'),
  row('Poland', '', 'Polish|Poles'),
  row('Hungary', '', 'Hungarian|Hungarians'),
  row('Greece', '', 'Greek|Greeks'),
  row('Sweden', '', 'Swedish|Swedes|Swede'),
  row('Norway', '', 'Norwegian|Norwegians'),
  row('Finland', '', 'Finnish|Finns'),
  row('Denmark', '', 'Danish|Danes|Dane'),
  row('Belarus', '', 'Belarusian|Belarusians'),
  row('Georgia', '', 'Georgian|Georgians'),
  row('Armenia', '', 'Armenian|Armenians'),
  row('Azerbaijan', '', 'Azerbaijani|Azerbaijanis'),
  row('Kazakhstan', '', 'Kazakh|Kazakhs'),
  row('Nigeria', '', 'Nigerian|Nigerians'),
  row('South Africa', '', 'South African|South Africans'),
  row('Kenya', '', 'Kenyan|Kenyans'),
  row('Ethiopia', '', 'Ethiopian|Ethiopians'),
  row('Sudan', '', 'Sudanese'),
  row('Morocco', '', 'Moroccan|Moroccans'),
  row('Algeria', '', 'Algerian|Algerians'),
  row('Trinidad and Tobago', '', 'Trinidadian|Trinidadians'),
  row('Bosnia and Herzegovina', 'Bosnia', 'Bosnian|Bosnians'),
  row('Antigua and Barbuda', '', ''),
  row('Crimea', '', 'Crimean'),
  // The capital first, so that "Washington" in foreign news is the city, not the state.
  row('Washington', 'Washington, D.C.|D.C.', ''),
  row('Gaza', 'Gaza Strip', 'Gazan|Gazans'),
  row('Europe', '', 'European|Europeans'),
  row('Latin America', '', 'Latin American|Latin Americans'),
  row('Africa', '', 'African|Africans'),
  row('Asia', '', 'Asian|Asians'),
  row('Caribbean', '', 'Caribbean'),
  // Parts of continents, which news names as places in their own right ("eyes East Africa push").
  ...['East Africa', 'West Africa', 'North Africa', 'Southern Africa', 'Central Africa', 'East Asia', 'South Asia', 'Central Asia',
    'Western Europe', 'Eastern Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'North America', 'South America',
    'Central America', 'Oceania', 'Asia-Pacific', 'Caucasus', 'West Bank'].map((name) => row(name, '', '')),
];

/** US states and other names a country list would misread ("Georgia" the state, "New Mexico"). */
export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** The abbreviations news style (AP) uses for states in datelines: "SANTA FE, N.M.". */
export const US_STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois',
  'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
  'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri',
  'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma',
  'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/**
 * Words that, near "Georgia", say the text means the US state and not the country. The builder
 * reads them over an article; the dataset gives them to the country (`senseCues.other`), so the
 * highlighter reads them too.
 */
export const GEORGIA_STATE_CUES = [
  'Atlanta', 'Savannah', 'Augusta', 'Peach State', 'state of Georgia', "Georgia's governor", "Georgia's secretary of state",
  "Georgia's legislature", 'Gov.', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'county', 'counties',
  'senator', 'Senate race', 'U.S. state', 'Fulton', 'R-Ga.', 'D-Ga.',
];
/** Words of Georgia the country, which outweigh the state's on a page about it (`senseCues.own`). */
export const GEORGIA_COUNTRY_CUES = [
  'Tbilisi', 'Georgian', 'Georgians', 'Abkhazia', 'South Ossetia', 'Caucasus', 'Batumi', 'Kutaisi', 'Georgian Dream',
  'Saakashvili', 'Ivanishvili', 'Zourabichvili', 'Kobakhidze', 'Garibashvili', 'lari', 'Soviet',
];
export const US_STATE_CUES = new RegExp(`(?<![\\p{L}\\p{N}])(?:${GEORGIA_STATE_CUES.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/** Words of Washington the state (Seattle's), against the capital's (`senseCues` of Washington, D.C.). */
export const WASHINGTON_STATE_CUES = [
  'Seattle', 'Spokane', 'Tacoma', 'Olympia', 'Bellevue', 'Redmond', 'Yakima', 'Everett', 'Puget Sound', 'King County',
  'Pacific Northwest', 'Washington state', 'Wash.', 'Cascades',
];
export const WASHINGTON_CAPITAL_CUES = ['D.C.', 'White House', 'Capitol', 'Capitol Hill', 'Pentagon', 'Potomac', 'Beltway', 'State Department'];
