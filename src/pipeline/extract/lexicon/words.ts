import { wordSet } from './name-row';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../../core/text/date-words';

/**
 * Small built-in word lists the extraction rules lean on. Kept short and news-specific: they
 * decide types and strip titles, so a wrong entry here shows up as a wrong entity.
 */
const set = wordSet;

/** Words that head a title or role ("Foreign Minister", "President", "Gen."): never names alone. */
export const ROLE_WORDS = set(`
  President Vice Prime Minister Ministers Secretary Secretary-General Undersecretary Deputy Foreign Defense Defence
  Interior Finance Economy Economic Trade Health Energy Justice Chancellor Ambassador Envoy Special General Gen.
  Chief Director Spokesman Spokeswoman Spokesperson Leader King Queen Prince Princess Pope Judge Justice
  Commissioner Chairman Chairwoman Chairperson Chair CEO Governor Gov. Senator Sen. Representative Rep. Congressman
  Congresswoman Mayor Lawmaker Mr. Mrs. Ms. Dr. Prof. Professor Interim Acting Former Ex First Lady Attorney
  Speaker Commander Colonel Col. Lieutenant Lt. Captain Capt. Sergeant Admiral Marshal Sheikh Emir Opposition
  Head Officer Official Diplomat Presidential Candidate Advisor Adviser Security National Top Senior Assistant
  Executive Managing Founder Coach Bishop Cardinal Archbishop Reverend Rev. Lord Lady Sir Dame Premier Deputy
  State Affairs Communications Information Defence Agriculture Education Labor Labour Environment Transport
  Commodore Major Brigadier Ombudsman Ombud Ombudsperson Ombudswoman Inspector Prosecutor Chief-of-Staff Minister-President
  Councillor Councilor Cllr Alderman Alderwoman Akim Olympian Paralympian Regent
  Resources Industry Mining Housing Infrastructure Tourism Culture Fisheries Planning Armed
  Taoiseach Tánaiste Tanaiste Sultan Emperor Empress Crown Grand Field Ayatollah Mufti Rabbi Imam Patriarch Voivode
  Sheikha President-elect Vice-President Director-General Governor-General MP MEP MLA TD
  Attorney-General Solicitor-General Auditor-General Inspector-General Surgeon-General Vice-Chancellor
  Administrator Commissioner-General Registrar Comptroller Treasury
  Senators Representatives Judges Justices Commissioners Governors Lawmakers Generals Captains Congressmen
  Treasurer Co-founder Co-Founder Conciliator Mediator Arbitrator Negotiator Rapporteur Shaikh Shaykh Sheik
  Bailiff Second Manager Mr Mrs Ms Dr Father Fr. Oba Monsignor Msgr. Abbot Superintendent Trustee Eng. Engr.
  Sheriff
`);

/** Role words that make a title on their own ("Secretary", "Minister"); the rest only qualify one. */
export const ROLE_HEADS = set(`
  President Minister Secretary Secretary-General Undersecretary Chancellor Ambassador Envoy General Gen. Chief
  Director Spokesman Spokeswoman Spokesperson Leader King Queen Prince Princess Pope Judge Justice Commissioner
  Chairman Chairwoman Chairperson Chair CEO Governor Gov. Senator Sen. Representative Rep. Congressman Congresswoman Mayor
  Lawmaker Deputy Mr. Mrs. Ms. Dr. Prof. Professor Attorney Speaker Commander Colonel Col. Lieutenant Lt. Captain Capt.
  Sergeant Admiral Marshal Commodore Major Brigadier Ombudsman Ombud Ombudsperson Ombudswoman Inspector Prosecutor Sheikh Emir Head Officer Official Diplomat Candidate Advisor Adviser Coach Bishop
  Cardinal Archbishop Reverend Rev. Lord Lady Sir Dame Premier Founder Minister-President
  Taoiseach Tánaiste Tanaiste Sultan Emperor Empress Ayatollah Mufti Rabbi Imam Patriarch Voivode Sheikha
  President-elect Vice-President Director-General Governor-General MP MEP MLA TD Shaikh Shaykh Sheik
  Attorney-General Solicitor-General Auditor-General Inspector-General Surgeon-General Vice-Chancellor
  Administrator Commissioner-General Registrar Comptroller Councillor Councilor Cllr Alderman Alderwoman Akim
  Olympian Paralympian Regent
  Senators Ministers Presidents Ambassadors Mayors Prosecutors Representatives Judges Justices Commissioners Governors Lawmakers Generals Captains Congressmen
  Treasurer Co-founder Co-Founder Conciliator Mediator Arbitrator Negotiator Rapporteur
  Bailiff Manager Mr Mrs Ms Dr Father Fr. Oba Monsignor Msgr. Abbot Superintendent Trustee Eng. Engr. Sheriff
`);

/** Honorifics: the name after them is a person's. */
// "Eng. Pamela Mutua": an engineer's title, as Kenya and Nigeria print it.
export const HONORIFICS = set('Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Dame Sen. Rep. Gov. Gen. Col. Lt. Capt. Prof. Eng. Engr.');

/**
 * Last words that make a name an organisation. "Nation": a First Nation's government ("Nisga'a
 * Nation") or a firm ("Live Nation"); "LNG": a gas venture ("Rockies LNG", "Golar LNG").
 */
export const ORGANIZATION_WORDS = set(`
  Ministry Department Party Council Assembly Congress Parliament Senate Court Bank Fund Agency Commission
  Committee Organization Organisation Union Association Institute University College Company Corporation Corp.
  Inc. Ltd. Group Army Navy Forces Force Police Guard Office Service Services News Times Post Network Alliance League
  Movement Front Coalition Community Secretariat Board Authority Cabinet Government Administration Foundation
  Federation Tribunal Observatory Brigade Brigades Command Bureau Press Agency Airlines Broadcasting
  Club Church Chamber Exchange International Confederation Cartel Parties Embassy Kremlin Pentagon Nations Monitor Watch Society Centre Center Centres Centers
  Bloc Caucus Corps Battalion Regiment Division Legion Holdings Airways Motors Petroleum Television Radio Journal
  Herald Tribune Gazette Telegraph Daily Academy Hospital Trust Junta Cooperative Consortium Syndicate Directorate
  Rally AI AG SE NV PLC Plc plc LLC GmbH Labs Technologies Pharmaceuticals Semiconductor Telecom Robotics
  Studios Pictures Networks Platforms Systems Solutions Industries Mission Fleet Flotilla Regulator School Treasury Inspectorate Library Libraries Archives Team
  Archdiocese Diocese Dicastery Eparchy Curia Synod Staff
  Orchestra Philharmonic Philharmonia Philharmoniker Symphony Opera Ballet Choir Chorus Ensemble Quartet Sinfonietta
  Nation LNG
`);

/**
 * Words before a last "Centre" or "Center" that make the name a venue, a place, not the body that
 * runs it: "Kuala Lumpur Convention Centre", "World Trade Center", "Brisbane Youth Detention Centre"
 * (a prison is a building, as the test articles type them; but "Carter Center" stays a body).
 */
export const VENUE_WORDS = set('Convention Conference Exhibition Exposition Expo Congress Trade Shopping Sports Aquatics Aquatic Events Space Launch Entertainment Tennis Cinema Airshow Detention Correctional Remand');
export const VENUE_HEADS = set('Centre Center');
/** A venue's word last that makes the name the building whoever it is named for: "SuperTennis Arena", "Noël Coward Theatre". */
export const VENUE_TAILS = set('Arena Stadium Theatre Theater Cinema Hotel Auditorium Amphitheatre Amphitheater Velodrome Coliseum');
/** Words before a last "Hall" that make it a venue, not a surname: "Stockholm Concert Hall", "Sun Yat-sen Memorial Hall". */
export const HALL_KINDS = set('Concert Memorial Audience Event Music Festival Exhibition Assembly Sports Town Banquet');

/** A party member's noun, which names the party after a place: "a Massachusetts Democrat". */
export const PARTY_MEMBERS = set('Democrat Republican');

/** Parties named by their camp, capitalised mid-sentence: "the Left" (Poland's Lewica, Germany's Die Linke). */
export const CAMP_NAMES = set('Left');

/**
 * Last words of public bodies whose names may hold "and": "Competition and Markets Authority",
 * "Food and Drug Administration", "Justice and Development Party". No company words here.
 */
export const PUBLIC_BODY_WORDS = set(`
  Authority Commission Administration Ministry Department Committee Council Service Services Office Agency Board
  Bureau Institute Court Party Tribunal Directorate Secretariat Union Fund Organization Organisation Foundation
  Association Federation Confederation Mission Centre Center Inspectorate Division
`);

/** Plural names of political parties and camps: "the Greens", "Social Democrats", "Tories". */
export const PARTY_PLURALS = set('Democrats Republicans Greens Conservatives Liberals Socialists Communists Tories Labourites Peronists Chavistas Sandinistas Christian-Democrats Moderates');

/** Words that start an organisation's name ("Ministry of Foreign Affairs", "Bank of England"). */
export const ORGANIZATION_HEADS = set('Chamber House Ministry Department Bank Organization Organisation University Office Council Court Union League Federation Commission Committee Institute Archdiocese Diocese Dicastery');

/**
 * First words of bodies named in Spanish, Portuguese, French, Italian or German, whose head comes
 * first: "Yacimientos de Litio Bolivianos", "Banco do Brasil", "Parti socialiste", "Bundesamt für …".
 */
export const FOREIGN_BODY_HEADS = set(`
  Banco Banque Caixa Empresa Compañía Companhia Compagnie Société Ministerio Ministério Ministère Ministero
  Instituto Institut Istituto Corporación Corporação Partido Parti Partito Frente Movimiento Movimento Mouvement
  Unión União Confederación Confederação Federación Federação Sindicato Syndicat Asociación Associação Fundación
  Fundação Universidad Universidade Université Università Consejo Conselho Conseil Consiglio Comisión Comissão
  Tribunal Agencia Agência Servicio Serviço Grupo Groupe Gruppo Yacimientos Petróleos Secretaría Secretaria
  Procuraduría Fiscalía Policía Polícia Ejército Exército Fuerzas Forças Asamblea Assemblée Cámara Câmara Senado
  Congreso Congresso Bundesamt Bundesanstalt Bundesverband Verband
  Constructora Construtora Inmobiliaria Naviera Aerolíneas Contraloría Superintendencia Municipalidad Prefeitura Ayuntamiento
`);

/**
 * First words of broadcasters and statistics offices, whose head comes first in English too:
 * "Radio Santo Tomás", "Radio Free Europe", "Statistics Korea", "Statistics Canada". A place or a
 * person's name after them names the body, not the place or person.
 */
export const BODY_HEADS = set('Radio Radiotelevisión Statistics');

/**
 * Plurals of place features that name the body running them: "Dubai Airports", "Abu Dhabi
 * Ports", "Indian Railways". One airport is a place; airports in the plural, their operator.
 */
export const OPERATOR_PLURALS = set('Airports Ports Railways Waterways');

/**
 * Last words of airlines named for their home ("Riyadh Air", "Air" first in "Air India" is caught
 * by the place at the end). Not among COMPANY_TAILS: "Riyadh" alone is the city, never the airline's short form.
 */
export const AIRLINE_TAILS = set('Air');

/** Initiatives, treaties, laws: the "other" type ("Yojana", "Abhiyan": an Indian scheme, a campaign). */
export const INITIATIVE_WORDS = set(`
  Mechanism Treaty Accord Accords Agreement Initiative Plan Protocol Act Law Pact Deal Convention Doctrine
  Charter Declaration Resolution Program Programme Process Framework Roadmap Strategy Plan Project Compact
  Bill Amendment Directive Regulation Statute Code Regulations Guidelines List Register Registry Scheme
  Ordinance Decree Agenda Report Statement Yojana Abhiyan Constitution
`);

/** Last words of taxes, the "other" type: "Value Added Tax", "Goods and Services Tax". Not "Levy", a surname too. */
export const TAX_WORDS = set('Tax Duty');

/** Last words of awards, the "other" type: "Nobel Peace Prize", "Pulitzer Prize". */
// Not "Awards": "the Academy Awards", "the Grammy Awards" are ceremonies, events.
export const AWARD_WORDS = set('Prize Prizes Award Medal Trophy');

/** Last words of market gauges, the "other" type: "Jakarta Composite Index", "Dow Jones Industrial Average". */
export const BENCHMARK_WORDS = set('Index Indices');

/** Events. Not "Congress" or "Assembly": in news those are mostly bodies ("Indian National Congress"). */
export const EVENT_WORDS = set(`
  Summit Olympics Games War Election Elections Conference Forum Revolution Crisis Cup Festival Championship
  Massacre Protests Uprising Spring Talks Negotiations Referendum Coup Offensive Invasion Pandemic Championships
  Expo Meeting Session Dialogue Siege Battle Contest Marathon Tournament Open Fair Prix Airshow Awards Olympiad
  Exhibition E-Prix ePrix Mela Parikrama Mahotsav Week Finals Carnival Carnaval Wars
`);

/**
 * Event words that also end bodies' names: "Pacific Islands Forum" is a body that holds a yearly
 * meeting, "World Urban Forum" a meeting. Membership words around it say which (MEMBERSHIP_*).
 */
export const BODY_EVENT_WORDS = set('Forum');

/** Place features: a name ending in one is a place ("Black Sea", "Crimean Peninsula"). */
/**
 * "South Plains Public Health District", "Austin Independent School District": a district named
 * for a service is the body that runs it (US special districts), not the area it covers; so is a
 * force's district ("West Police District", "Central Military District").
 */
export const SERVICE_DISTRICT_WORDS = set('Health School Water Irrigation Fire Transit Utility Hospital Sanitation Conservation Police Military');

/** "died at Covenant Children's Hospital": where a patient is, a hospital is the building. */
export const CARE_SITE_WORDS = set('Hospital Clinic Infirmary');

// "Circuit", "Speedway": a racetrack ("Yas Marina Circuit"); an appeals court's "Ninth Circuit" is
// read before (classify.ts).
// "Triangle": a border area named for its shape ("the Emerald Triangle", "the Golden Triangle").
// "Garden", "Reserve": a botanical garden, a nature reserve or a ground ("Basin Reserve"); "Federal
// Reserve" and "Reserve Bank" stay bodies (a known name, a body's head word last).
export const PLACE_WORDS = set(`
  Peninsula Sea Ocean River Mountains Mountain Mount Island Islands Province State City County Valley Coast Gulf
  Bay Lake Strait Square Street Avenue Tower Bridge Region Republic Kingdom District Desert Canal Basin Border Airport Palace
  Oblast Territory Territories Highlands Lowlands Heights Bank Strip Plaza Park Pass
  Delta Falls Hills Plains Reef Shoal Atoll Archipelago Harbour Harbor Prefecture Governorate Municipality Canton
  Krai Zone Corridor Crossing Base Stadium Arena Gymnasium Station Cathedral Mosque Pyramid
  Highway Expressway Motorway Freeway Road Dam Reservoir Glacier Canyon Gorge Creek Forest Lagoon Fjord
  Volcano Trail Wetlands Estuary Lakes Range Triangle Garden Gardens Reserve Plain Rainforest Jungle Savanna Shelf
  Mile Lane Boulevard Promenade Esplanade Embankment Quay Wharf Pier Terrace Crescent Bazaar Bazar Himal Kangri
  Circuit Speedway Raceway Racecourse Velodrome Duchy Basilica Shrine Terminal Complex Pad Berth Runway Ghat Junction
  Mandir Masjid Gurdwara Pagoda Stupa Prison Penitentiary
`);

/**
 * Titles of several words that end in no head word, longest first: a chess player's
 * ("International Master Fahad Rahman", "Woman Grandmaster Shahenda Wafa").
 */
export const TITLE_PHRASES: readonly string[] = [
  'Woman International Master', 'Woman FIDE Master', 'Woman Candidate Master', 'Woman Grandmaster',
  'International Master', 'FIDE Master', 'Candidate Master', 'Grandmaster',
];

/** Titles of rulers, after whom people name sites, parks and prizes ("King Fahd Causeway"). */
export const RULER_TITLES = set('King Queen Prince Princess Sultan Sheikh Shaikh Emir Emperor Empress');

/**
 * Facilities named after someone, whose word no person's name ends in: "Sultan Ismail Petra
 * Airport", "King Fahd Causeway". Not "Park", "Hill", "Street" or "Road", which end people's
 * surnames as well.
 */
export const FACILITY_TAILS = set(`
  Airport Airfield Stadium Bridge Causeway Mosque Palace Cathedral Station Dam Highway Expressway Boulevard Avenue
  Square Mausoleum Memorial Terminal Port Seaport
`);

/** Industrial sites named after a ruler: "King Salman Automotive Cluster", "King Hussein Industrial Estate". */
export const RULER_SITE_TAILS = set('Estate Estates Cluster');

/**
 * Words that open a place's name, in English or as borrowed from Spanish, Italian, French or
 * Portuguese: "Plaza Murillo", "Piazza Venezia", "Rue de Rivoli", "Lake Chad", "Port Harcourt".
 * Only words that are no one's first name; "Republic", "Gulf" and the like need a longer name.
 * "Villa" opens towns in Spanish ("Villa Alemana", "Villa María"); as a surname it comes last.
 * Malay towns open with "Gua" (cave) or "Kampung" (village): "Gua Musang", "Kampung Baru"; French
 * quays with "Quai": "Quai François-Mitterrand"; palaces named after a family: "Palazzo Marino",
 * "Palacio Quemado"; Italian streets: "Via Montenapoleone"; islands: "Isle of Lewis"; Spanish
 * lagoons and bays ("Laguna Amarga"); Malay and Indonesian hills, valleys, islands, rivers, lakes,
 * bays and capes ("Bukit Barisan", "Lembah Anai", "Pulau Ubin").
 */
export const PLACE_HEADS = set(`
  Plaza Piazza Praça Place Rue Avenida Calle Paseo Lake Lago Mount Mt. Cape Cabo Fort Port Puerto Porto Isla
  Islas Ilha Sierra Cerro Ciudad Estado Provincia Departamento Colonia Parque Monte Villa Gua Kampung Boulevard
  Bulevar Volcán Volcan Circuit Circuito Salar Quai Palazzo Palacio Palais Castello Via Isle Interstate
  Laguna Bahía Playa Bukit Lembah Gunung Pulau Sungai Danau Teluk Tanjung
`);

/**
 * A people's possessive inside a name ("Taiwan People's Party", "National People's Congress",
 * "Workers' Party"): the name goes on after it when a capitalised word follows.
 */
export const NAME_POSSESSIVES = set('People Peoples Workers Women Children Farmers Peasants Citizens Veterans Teachers Mothers Martyrs');

/** Lower-case geographic nouns after a place adjective that name the place ("Crimean peninsula"). */
export const PLACE_BY_ADJECTIVE_NOUNS = set('peninsula coast coastline islands highlands steppe mainland');

/**
 * Lower-case words allowed inside a multi-word name ("Treaty of Reciprocal Assistance"). Dutch
 * "ten" and "ter" too ("Erik ten Hag"): only between two capitalised words, where the number "ten"
 * does not stand.
 */
// "por": Spanish parties and alliances ("Unión por la Patria", "Juntos por el Cambio").
// "ur", "ul", "ud": the Arabic article of South Asian names ("Fazl ur Rehman", "Inam ul Haq").
/** "bin", "ibn": the word after it is a father's name, the word before it a given name ("Said bin Hamoud"). */
export const isPatronymicParticle = (word: string | undefined): boolean => word !== undefined && /^(?:bin|ibn|bint|binti)$/u.test(word);

export const CONNECTORS = set("of de del della dela delos di da do dos das du des la le el los las y van von der den ten ter bin al- al es por para ap ur ul ud");

export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...'Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec.'.split(' ')]);
export const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/**
 * Capitalised only because they begin a sentence or headline word: never the start of a name.
 * compromise's part-of-speech tags catch more; this list covers what it gets wrong or news jargon.
 */
export const FUNCTION_WORDS = set(`
  The A An In On At But And Or Nor However Despite Regarding After Before While When Whenever This That These Those
  It Its He She They We I You His Her Their Our Your My As For With From By Meanwhile Still Yet Also According
  Asked Speaking Last Next Earlier Later Many Some Several Both Each Every Other Such No Not If Although Though
  Since Until Under Over Among Amid During Following Without Within Unlike Like Only Even Just Now Then There Here
  What Who Why How Where Which Instead Thus So Because Once One Two Three Four Five Six Seven Eight Nine Ten
  Most More Much Few All Any Another Neither Either To Of Into Onto Upon Against Between Through Toward Towards
  Around About Above Below Across Along Behind Beyond Near Outside Inside Per Via Whether Unless Until Yes
  Indeed Finally Furthermore Moreover Nevertheless Nonetheless Otherwise Therefore Hence Accordingly Overall
  Today Tomorrow Yesterday Tonight Recently Currently Previously Initially Ultimately Separately Similarly
  Officials Critics Analysts Experts Residents Protesters Lawmakers Sources Observers Authorities Diplomats
  Police Troops Soldiers Voters Leaders Workers Citizens People Activists Witnesses Investigators Prosecutors
  Photo Video Image Audio Read Watch Listen Share Tweet Comments Comment Post Related Advertisement Subscribe
  Follow Sign Log Menu Home Search Share Print Email Copy Link Click Continue Reading More Top Latest Trending
  Sunday Monday Tuesday Wednesday Thursday Friday Saturday Breaking Update Updated Exclusive Analysis Opinion Editorial
`);

/** Capitalised adjectives that name no one: "Republican lawmakers", "Western governments". */
export const NON_NAME_ADJECTIVES = set(`
  Western Eastern Northern Southern Democratic Republican Islamic Arab Catholic Muslim Christian Jewish Sunni
  Shiite Shia Soviet Communist Socialist Conservative Liberal Progressive Orthodox Protestant Evangelical Islamist
  Jihadist Marxist Leftist Bolivarian Chavista Peronist Kurdish Hispanic Latino Indigenous Black White
  Sikh Hindu Buddhist Druze Alawite Yazidi Coptic Maronite Salafi Salafist Wahhabi Zionist Maoist Baathist
  Mennonite Amish Anglican Baptist Methodist Lutheran Pentecostal Presbyterian Quaker Mormon Adventist Calvinist
  Olympic Paralympic Martian Malay Bumiputera Pashtun Uyghur Rohingya Bengali Punjabi Tamil Javanese Sundanese Hausa Yoruba Igbo
  Sufi Wakhi Quechua Aymara
  Serb Croat Bosniak Kurd Sorb Sorbian Lusatian Slavic Nazi Asturian Cantabrian Franconian Silesian Kashubian
  Frisian Breton Gaelic Māori Maori Inuit Berber Amazigh Bedouin Cossack Texan Californian Acadian Cajun Afrikaner
  Xhosa Maasai Kikuyu Swahili Hazara Ossetian Abkhaz Circassian Assyrian Chaldean Copt Parsi Jain Rastafarian
`);

/**
 * Members of a faith or a people, in the plural: "800,000 Catholics", "the town's Muslims". Not
 * the parties' plurals ("Republicans", PARTY_PLURALS), which may stand for the party.
 */
export const NON_NAME_GROUPS = set(`
  Catholics Muslims Christians Jews Sunnis Shiites Shias Protestants Evangelicals Islamists Jihadists Marxists
  Leftists Hispanics Latinos Sikhs Hindus Buddhists Alawites Yazidis Copts Maronites Salafis Salafists Zionists
  Maoists Mennonites Anglicans Baptists Methodists Lutherans Pentecostals Presbyterians Quakers Mormons Adventists
  Malays Pashtuns Uyghurs Bengalis Punjabis Tamils Sorbs Nazis Kurds Bosniaks Berbers Bedouins Cossacks Bretons
  Texans Californians Afrikaners Hazaras Assyrians Parsis Jains Rastafarians Sufis
`);

/**
 * An ideology's adjective: before "Initiative" it names a party ("Liberal Initiative" in Portugal),
 * not a programme ("Belt and Road Initiative").
 */
export const IDEOLOGY_ADJECTIVES = set('Liberal Socialist Communist Conservative Democratic Progressive Civic Popular Radical Republican');

/** First words of party and movement names; no one's given name: "National Rally", "Civic Platform". */
export const ORGANIZATION_ADJECTIVES = set(`
  National Democratic Popular Social Liberal Republican Federal Civic Patriotic Revolutionary United Progressive
  Green Socialist Communist Christian Islamic Conservative Labour Labor Independent People's Workers' Radical
`);

/** First words that make a name a region: "South Caucasus", "Central Asia". */
export const COMPASS_WORDS = set('North South East West Central Northern Southern Eastern Western Upper Lower Greater Inner Outer');

/**
 * Words that open a named storm's name: "Typhoon Kristine", "Hurricane Milton". A storm is an
 * event, though its given name alone reads like a person's or a town's.
 */
export const STORM_HEADS = set('Typhoon Hurricane Cyclone Storm Tropical Super');

/** Spanish and Filipino compass words that end a province's name: "Camarines Sur", "Ilocos Norte". */
export const SPANISH_COMPASS_ENDS = set('Sur Norte Oriental Occidental');

/** Feast days and holidays: dates, not entities ("before Christmas"). */
export const HOLIDAYS = set('Christmas Easter Thanksgiving Ramadan Diwali Hanukkah');

/** Holidays named by two words or more, by their first word ("New Year's Eve", "Christmas Day"). */
export const HOLIDAY_PHRASES: ReadonlyMap<string, string[][]> = new Map(
  Object.entries({
    New: [['New', 'Year', 'Eve'], ['New', 'Year', 'Day'], ['New', 'Year']],
    Lunar: [['Lunar', 'New', 'Year']],
    Chinese: [['Chinese', 'New', 'Year']],
    Christmas: [['Christmas', 'Day'], ['Christmas', 'Eve']],
    Boxing: [['Boxing', 'Day']],
    Valentine: [['Valentine', 'Day']],
    Labor: [['Labor', 'Day']],
    Labour: [['Labour', 'Day']],
    Memorial: [['Memorial', 'Day']],
  }),
);

/**
 * Plural nouns before "such as", "including" or "like" that type the names listed after them:
 * "foreign companies such as BP and Woodside", "countries including Laos and Myanmar".
 */
export const LIST_HEAD_TYPES: ReadonlyMap<string, 'person' | 'place' | 'organization'> = new Map([
  ...[...set('companies firms groups banks lenders insurers carriers airlines retailers brands parties organizations organisations agencies bodies unions broadcasters newspapers outlets miners producers automakers startups start-ups platforms journals')].map((w) => [w, 'organization'] as const),
  ...[...set('countries nations states cities towns capitals regions provinces ports villages territories islands')].map((w) => [w, 'place'] as const),
  ...[...set('leaders politicians officials ministers executives figures lawmakers candidates people presidents')].map((w) => [w, 'person'] as const),
]);

/** First words that make a name an initiative, the "other" type: "Project Kuiper". */
export const INITIATIVE_HEADS = set('Project');

/**
 * Words for a party's standing that may open a sentence before its name: "Opposition Democratic
 * Party chairman …" names the Democratic Party.
 */
export const STANDING_WORDS = set('Opposition Ruling Governing');

/** First parts of compound adjectives of two peoples: "the Anglo-Australian miner", "Sino-Soviet". */
export const COMBINING_FORMS = set('Anglo Franco Sino Indo Russo Italo Greco Turco Afro Euro Austro Judeo Hispano Luso Germano Nippo Slavo Arabo Irano');

/** Words before "Facility" that make it a lender's loan ("Extended Credit Facility", "Resilience and Sustainability Facility"), not a site. */
export const LENDING_WORDS = set('Credit Financing Lending Loan Liquidity Fund Sustainability Growth');
