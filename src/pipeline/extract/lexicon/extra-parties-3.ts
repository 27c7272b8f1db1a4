import { row } from './name-row';

/**
 * Political parties and electoral alliances, part 3: the seats of power news names as institutions
 * by metonymy ("Straka Academy said", "Farnesina summoned the ambassador", "Villa Somalia denied"):
 * presidents' and prime ministers' offices, ministries, parliaments,
 * central banks, bourses and security services named by their building or street. Written for this
 * project from general knowledge of world news 2015-2026; parts 1 and 2 (extra-parties.ts,
 * extra-parties-2.ts) hold the parties. Written as institutions, they are read as places (see
 * extra-lists.ts): the sentences that name the building name the place.
 * Left out on purpose: seats already in landmarks.ts, organizations.ts, public-bodies.ts or the
 * other extra lists (the Kremlin, the White House, the Élysée, Matignon, Downing Street, Whitehall,
 * Malacañang, the Blue House, Zhongnanhai, Palazzo Chigi, Moncloa, Planalto, Casa Rosada, La Moneda,
 * Union Buildings, Rashtrapati Bhavan, Itamaraty, Foggy Bottom, and, held as places, Christiansborg,
 * the Binnenhof, the Lubyanka, Nagatacho, the Kirya, Miraflores Palace, Beştepe; the Roman Curia is
 * among the bodies); residences and buildings news names as places rather than as the body in them
 * (Chequers, Camp David, Mar-a-Lago, Novo-Ogaryovo, Castel Gandolfo, Kirribilli House, Gracie
 * Mansion, 24 Sussex Drive, Marienborg, Catshuis, Casa Santa Marta, Quinta de Olivos, the Alvorada,
 * Camp Crame, the Eccles and Truman buildings, the Palais des Nations); and forms that are alone a
 * city, a district, a given name or a common word ("Bercy", "Baabda", "Cotroceni", "Langley",
 * "Belém", "Olivos", "Miraflores", "Yeouido", "Senayan", "Putrajaya", "Beehive", "Old Square",
 * "Istana", "Queen's Park", "Cardiff Bay"), whose seats keep their longer forms only or are left
 * out, and "Palais de la Nation", which names both Kinshasa's and Brussels's.
 */
export const EXTRA_PARTIES_3: { name: string; aliases: string[] }[] = [
  // Central and Eastern Europe, the Baltics and the Balkans
  row('Straka Academy', 'Strakovka'),
  row('Czernin Palace', ''),
  row('Sándor Palace', ''),
  row('Grassalkovich Palace', ''),
  row('Cotroceni Palace', 'Palatul Cotroceni'),
  row('Banski Dvori', ''),
  row('Pantovčak', ''),
  row('Maximos Mansion', 'Maximou|Megaro Maximou'),
  row('Bankova', 'Bankova Street'),
  row('Smolenskaya Square', ''),
  row('Staraya Ploshchad', ''),
  row('Orbeliani Palace', ''),
  row('Stenbock House', ''),
  row('Toompea', 'Toompea Castle'),
  row('Riga Castle', ''),
  // The Nordic countries
  row('Rosenbad', ''),
  // Benelux, Germany, Austria, Switzerland and the European institutions
  row('Torentje', ''),
  row('Wetstraat', 'Rue de la Loi'),
  row('Berlaymont', 'Berlaymont building'),
  row('Justus Lipsius', 'Justus Lipsius building'),
  row('Kanzleramt', 'Bundeskanzleramt'),
  row('Schloss Bellevue', 'Bellevue Palace'),
  row('Bendlerblock', ''),
  row('Ballhausplatz', ''),
  row('Federal Palace', 'Bundeshaus|Palais Fédéral'),
  row('Palais Wilson', ''),
  // France, Italy, the Holy See, Spain and Portugal
  row('Palais Bourbon', ''),
  row('Palais du Luxembourg', 'Luxembourg Palace'),
  row('Place Beauvau', 'Beauvau'),
  row('Hôtel de Brienne', ''),
  row('Farnesina', ''),
  row('Montecitorio', 'Palazzo Montecitorio'),
  row('Palazzo Madama', ''),
  row('Viminale', 'Palazzo del Viminale'),
  row('Palazzo Koch', ''),
  row('Piazza Affari', ''),
  row('Apostolic Palace', ''),
  row('Zarzuela Palace', 'Palacio de la Zarzuela'),
  row('Palacio de Santa Cruz', ''),
  row('Palau de la Generalitat', ''),
  row('Ajuria Enea', ''),
  row('São Bento Palace', 'Palácio de São Bento'),
  row('Belém Palace', 'Palácio de Belém'),
  row('Palácio das Necessidades', ''),
  // The United Kingdom and Ireland
  row('Bute House', ''),
  row('Lambeth Palace', ''),
  row('Thames House', ''),
  row('Vauxhall Cross', ''),
  row('Threadneedle Street', ''),
  row('King Charles Street', ''),
  row('Leinster House', ''),
  row('Áras an Uachtaráin', ''),
  // The Middle East and North Africa
  row('Grand Serail', ''),
  row('Baabda Palace', ''),
  row('Ain el-Tineh', 'Ain al-Tineh'),
  row('Muqataa', 'Mukataa'),
  row('Baharestan', ''),
  row('Amiri Diwan', 'Emiri Diwan|Al Diwan Al Amiri'),
  row('Ittihadiya Palace', 'Al-Ittihadiya Palace|Heliopolis Palace'),
  row('Carthage Palace', ''),
  row('El Mouradia', 'El Mouradia Palace'),
  row('Makhzen', ''),
  // Africa south of the Sahara
  row('Aso Rock', 'Aso Villa|Aso Rock Villa'),
  row('Jubilee House', 'Golden Jubilee House'),
  row('Luthuli House', ''),
  row('Koulouba', 'Koulouba Palace'),
  row('Kosyam', 'Kosyam Palace'),
  row('Villa Somalia', ''),
  row('Village Urugwiro', 'Urugwiro Village'),
  row('Munhumutapa Building', ''),
  // South Asia
  row('South Block', ''),
  row('North Block', ''),
  row('Raisina Hill', ''),
  row('Nabanna', ''),
  row('Mantralaya', ''),
  row('Aiwan-e-Sadr', 'Aiwan-i-Sadr'),
  row('Bangabhaban', ''),
  row('Ganabhaban', ''),
  row('Temple Trees', ''),
  row('Singha Durbar', ''),
  row('Baluwatar', ''),
  row('Sheetal Niwas', ''),
  // East and Southeast Asia
  row('Kabutocho', 'Kabuto-cho'),
  row('Merdeka Palace', 'Istana Merdeka'),
  row('Istana Negara', ''),
  row('Perdana Putra', ''),
  row('Batasang Pambansa', 'Batasan'),
  row('Padre Faura', ''),
  // The Americas
  row('K Street', ''),
  row('Turtle Bay', ''),
  row('One Police Plaza', '1 Police Plaza'),
  row('Bay Street', ''),
  row('San Martín Palace', 'Palacio San Martín'),
  row('Casa de Nariño', ''),
  row('Palacio de San Carlos', ''),
  row('Carondelet Palace', 'Palacio de Carondelet|Carondelet'),
  row('Palacio Quemado', ''),
  row('Casa Grande del Pueblo', ''),
  row('Torre Tagle', 'Torre Tagle Palace'),
  row('Palacio de López', ''),
  row('Torre Ejecutiva', ''),
  row('Palace of the Revolution', ''),
  // Markets named by their street
  row('Dalal Street', ''),
];
