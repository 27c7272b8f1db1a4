/**
 * Proper names that contain a place's name but name something else (from general knowledge): a
 * country, region or city of its own, a sea or river, a bank, an airline, a newspaper, a person.
 * A place entity whose name one of these contains gets it as a blocking phrase, so a page saying
 * "South Africa" or "the Bank of Russia" does not open the card about Africa or Russia. Phrases
 * that are themselves an entity's name in the dataset are dropped when it is built.
 */
export const LOOKALIKE_PHRASES = [
  // Countries, regions and cities named after another place
  'South Africa', 'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'South Sudan',
  'North Korea', 'South Korea', 'North Macedonia', 'East Timor', 'Papua New Guinea', 'New Guinea',
  'Equatorial Guinea', 'Guinea-Bissau', 'Northern Ireland', 'Western Sahara', 'Western Australia',
  'South Australia', 'New South Wales', 'New Zealand', 'Latin America', 'Central America',
  'North America', 'South America', 'East Germany', 'West Germany', 'Lower Saxony', 'West Virginia',
  'New York', 'New Jersey', 'New England', 'New Hampshire', 'New Caledonia', 'New Delhi',
  'New Orleans', 'Mexico City', 'Panama City', 'Guatemala City', 'Kuwait City', 'Belize City',
  'Quebec City', 'Luxembourg City', 'Djibouti City', 'West Bank', 'East Jerusalem',
  // Seas, gulfs, rivers and straits
  'Gulf of Mexico', 'South China Sea', 'East China Sea', 'Sea of Japan', 'Jordan River', 'Congo River',
  'Niger River', 'Gulf of Oman', 'Gulf of Guinea', 'Gulf of Aden', 'Korea Strait', 'Taiwan Strait',
  // Banks, airlines, newspapers, universities, people
  'Bank of Russia', 'Bank of England', 'Bank of Japan', 'Bank of Canada', 'Bank of Korea',
  'Bank of Mexico', 'Bank of America', 'Bank of China', 'Reserve Bank of India', 'Air China',
  'Air India', 'Air Canada', 'Russia Today', 'China Daily', 'Jordan Times', 'Japan Times',
  'Times of India', 'Washington Post', 'Washington Times', 'University of Washington',
  'George Washington', 'Washington state',
];
