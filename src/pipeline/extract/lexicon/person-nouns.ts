/**
 * Lower-case nouns for what a person is or does. Next to a name they are person evidence: "chief
 * executive Ryuichi Isaka", "Tamsin Reed, a networking analyst", "Oman's foreign minister, Sayyid
 * Badr Albusaidi". Only people hold these; bodies are "the company", "the agency". Not "producer" or "designer",
 * which name companies as often ("steel producer Kestrel", "chip designer Arm").
 */
/**
 * The nouns left out of PERSON_NOUNS because companies hold them as often: before a given name and
 * a surname they still name a person ("Jordanian producer Rami Haddad"), before other words a company.
 */
export const PERSON_OR_COMPANY_NOUNS: ReadonlySet<string> = new Set(['producer', 'designer', 'developer']);

export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman',
  'governor', 'mayor', 'senator', 'lawmaker', 'legislator', 'ambassador', 'envoy', 'commissioner', 'director',
  'executive', 'economist', 'analyst', 'strategist', 'researcher', 'professor', 'lawyer', 'judge', 'prosecutor',
  'general', 'commander', 'leader', 'founder', 'adviser', 'advisor', 'representative', 'negotiator', 'candidate',
  'deputy', 'chief', 'official', 'officer', 'manager', 'activist', 'premier', 'chancellor', 'speaker',
  'correspondent', 'editor', 'journalist', 'resident', 'farmer', 'owner', 'head', 'councillor', 'councilor',
  'attorney', 'administrator', 'superintendent', 'coordinator', 'son', 'daughter', 'wife', 'husband', 'widow',
  'year-old', 'vice-president', 'vice-chair', 'chairperson', 'member', 'pilot', 'captain', 'coach', 'player',
  'worker', 'student', 'teacher', 'doctor', 'nurse', 'engineer', 'trader', 'banker', 'scientist', 'historian',
  'king', 'queen', 'prince', 'princess', 'sultan', 'emir', 'emperor', 'pope', 'taoiseach', 'tánaiste', 'ayatollah',
  'separatist', 'dissident', 'militant', 'opponent', 'critic', 'rapper', 'singer', 'actor', 'actress', 'writer',
  'author', 'novelist', 'poet', 'artist', 'painter', 'sculptor', 'illustrator', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'tycoon',
  'cleric', 'preacher', 'priest', 'monk', 'nun', 'athlete', 'footballer', 'soldier', 'colonel', 'hostage',
  'prisoner', 'detainee', 'suspect', 'victim', 'survivor', 'witness', 'mother', 'father', 'brother', 'sister',
  'lady',
  // Arts, screen and sport
  'filmmaker', 'screenwriter', 'playwright', 'composer', 'musician', 'comedian', 'chef', 'photographer', 'referee', 'umpire', 'astronaut', 'cosmonaut', 'laureate', 'mentor', 'character',
  'villain', 'protagonist', 'teenage', 'teenager', 'rookie', 'driver', 'rider', 'cyclist', 'sprinter', 'swimmer', 'boxer',
  'golfer', 'jockey', 'champion',
  // Voices and instruments: "mezzo-soprano J'Nai Bridges", "pianist Yuja Wang".
  'soprano', 'mezzo-soprano', 'mezzo', 'contralto', 'tenor', 'countertenor', 'baritone', 'bass-baritone', 'conductor',
  'chair',
  'pianist', 'violinist', 'violist', 'cellist', 'organist', 'guitarist', 'drummer', 'soloist', 'dancer', 'ballerina', 'choreographer',
]);

/**
 * Endings only nouns for people have ("a prominent geologist", "the cinematographer", "a
 * statistician"), so the closed list above need not hold every science and trade. Not "-ist"
 * alone: "populist", "centrist" and "nationalist" stand before parties' names as adjectives.
 */
export const PERSON_NOUN_ENDINGS = '\\p{Ll}+(?:ologist|ician|ographer|onomer|physicist|chemist|pharmacist|therapist|psychiatrist|dentist)';
