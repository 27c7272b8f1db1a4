import { row } from './name-row';
import { OTHER_SPORTS_TEAMS } from './other-sports-teams';

/**
 * Well-known professional sports clubs and franchises that news reports name, written for this
 * project from general knowledge: football (soccer) clubs of the big leagues of Europe, the
 * Americas, Africa, the Middle East and Japan; rugby union clubs (Top 14, Premiership, United Rugby
 * Championship, Super Rugby); NBA, NFL, MLB and NHL teams; IPL franchises; big European basketball
 * clubs. `name` is the full form news prints most; `aliases` the other printed forms (accents are
 * folded, so an unaccented spelling is not repeated).
 * Left out on purpose: clubs and short forms that are common English words or given names and
 * would mistype ordinary text ("Heat", "Magic", "Jazz", "Thunder", "Wolves", "Saints", "Spurs",
 * "Villa", "Forest", "Hearts", "Giants", "Eagles", "Crusaders", "Blues", "Sharks", "Lions"), so a
 * team is kept only under its multi-word name ("Miami Heat", "Aston Villa"). Kept despite a second
 * meaning, because a capitalised mention means the club far more often: "Arsenal", "Saracens",
 * "Harlequins", "Ajax", "Celtic" ("the Celtic Sea" is a longer name of its own). Nicknames that
 * news prints capitalised for one club only ("the Gunners", "the Hammers", "the Rossoneri") are aliases.
 * A one-word short form that is also a place ("Barcelona", "Liverpool", "Porto", "Lazio") is an
 * alias of the club and is listed in CLUBS_NAMED_LIKE_PLACES: it reads as the club only in a
 * sports story, and as the place elsewhere.
 */

export const KNOWN_CLUBS: { name: string; aliases: string[] }[] = [
  // Football: England
  row('Manchester City', 'Man City'),
  row('Manchester United', 'Man United|Man Utd'),
  row('Liverpool FC', 'Liverpool'),
  row('Chelsea FC', 'Chelsea'),
  row('Arsenal', 'Arsenal FC|Gunners'),
  row('Tottenham Hotspur', 'Tottenham'),
  row('Newcastle United', 'Newcastle'),
  row('Aston Villa', ''),
  row('West Ham United', 'West Ham|Hammers'),
  row('Brighton & Hove Albion', 'Brighton and Hove Albion|Brighton'),
  row('Crystal Palace', ''),
  row('Everton FC', 'Everton|Toffees'),
  row('Fulham FC', 'Fulham'),
  row('Brentford FC', 'Brentford'),
  row('Wolverhampton Wanderers', 'Wolverhampton'),
  row('Nottingham Forest', ''),
  row('AFC Bournemouth', 'Bournemouth'),
  row('Leicester City', 'Leicester|Foxes'),
  row('Leeds United', 'Leeds'),
  row('Southampton FC', 'Southampton'),
  row('Ipswich Town', 'Ipswich'),
  row('Burnley FC', 'Burnley'),
  row('Sunderland AFC', 'Sunderland'),
  row('Sheffield United', ''),
  row('Sheffield Wednesday', ''),
  row('Norwich City', 'Norwich'),
  row('Watford FC', 'Watford'),
  row('Middlesbrough FC', 'Middlesbrough'),
  row('West Bromwich Albion', 'West Brom'),
  row('Wrexham AFC', 'Wrexham'),

  // Football: Spain
  row('Real Madrid', ''),
  row('FC Barcelona', 'Barcelona|Barça|Blaugrana'),
  row('Atlético Madrid', 'Atlético de Madrid|Atleti|Colchoneros'),
  row('Athletic Bilbao', 'Athletic Club'),
  row('Real Sociedad', ''),
  row('Sevilla FC', 'Sevilla'),
  row('Real Betis', 'Betis'),
  row('Villarreal CF', 'Villarreal'),
  row('Valencia CF', 'Valencia'),
  row('Celta Vigo', 'Celta de Vigo|RC Celta'),
  row('RCD Espanyol', 'Espanyol'),
  row('Getafe CF', 'Getafe'),
  row('CA Osasuna', 'Osasuna'),
  row('Rayo Vallecano', ''),
  row('Girona FC', 'Girona'),
  row('RCD Mallorca', 'Mallorca'),
  row('Deportivo Alavés', 'Alavés'),
  row('UD Las Palmas', 'Las Palmas'),
  row('Granada CF', 'Granada'),
  row('Deportivo La Coruña', 'Deportivo de La Coruña|Depor'),

  // Football: Germany
  row('Bayern Munich', 'FC Bayern|Bayern München|FC Bayern Munich|Bayern'),
  row('Borussia Dortmund', 'BVB|Dortmund'),
  row('RB Leipzig', 'Leipzig'),
  row('Bayer Leverkusen', 'Leverkusen'),
  row('Eintracht Frankfurt', ''),
  row('VfB Stuttgart', 'Stuttgart'),
  row('Borussia Mönchengladbach', 'Mönchengladbach|Gladbach'),
  row('VfL Wolfsburg', 'Wolfsburg'),
  row('SC Freiburg', 'Freiburg'),
  row('TSG Hoffenheim', 'Hoffenheim'),
  row('Union Berlin', ''),
  row('Werder Bremen', ''),
  row('FC Augsburg', 'Augsburg'),
  row('Mainz 05', 'FSV Mainz|Mainz'),
  row('VfL Bochum', 'Bochum'),
  row('FC St. Pauli', 'St. Pauli'),
  row('Hamburger SV', 'Hamburg SV|HSV'),
  row('Schalke 04', 'Schalke|FC Schalke'),
  row('FC Köln', 'FC Cologne|Köln'),
  row('Hertha BSC', 'Hertha Berlin'),

  // Football: Italy
  row('Juventus', 'Juve|Bianconeri'),
  row('Inter Milan', 'Internazionale|Inter|Nerazzurri'),
  row('AC Milan', 'Milan|Rossoneri'),
  row('SSC Napoli', 'Napoli'),
  row('AS Roma', 'Roma'),
  row('SS Lazio', 'Lazio'),
  row('Atalanta', 'Atalanta BC'),
  row('Fiorentina', 'ACF Fiorentina'),
  row('Torino FC', 'Torino'),
  row('Bologna FC', 'Bologna'),
  row('Genoa CFC', 'Genoa'),
  row('Udinese', ''),
  row('US Sassuolo', 'Sassuolo'),
  row('Empoli FC', 'Empoli'),
  row('US Lecce', 'Lecce'),
  row('Cagliari Calcio', 'Cagliari'),
  row('Hellas Verona', 'Verona'),
  row('Parma Calcio', 'Parma'),
  row('Como 1907', 'Como'),
  row('Sampdoria', ''),

  // Football: France
  row('Paris Saint-Germain', 'PSG|Paris SG|Paris St Germain'),
  row('Olympique de Marseille', 'Marseille'),
  row('Olympique Lyonnais', 'Lyon'),
  row('AS Monaco', 'Monaco'),
  row('Lille OSC', 'LOSC|Lille'),
  row('OGC Nice', 'Nice'),
  row('Stade Rennais', 'Rennes'),
  row('RC Lens', 'Lens'),
  row('Stade de Reims', 'Reims'),
  row('RC Strasbourg', 'Strasbourg'),
  row('FC Nantes', 'Nantes'),
  row('Montpellier HSC', ''),
  row('Toulouse FC', 'TFC'),
  row('Stade Brestois', 'Brest'),
  row('AJ Auxerre', 'Auxerre'),
  row('Angers SCO', 'Angers'),
  row('Le Havre AC', 'Le Havre'),
  row('AS Saint-Étienne', 'Saint-Étienne'),
  row('Girondins de Bordeaux', 'FC Girondins de Bordeaux'),

  // Football: Portugal
  row('SL Benfica', 'Benfica'),
  row('FC Porto', 'Porto'),
  row('Sporting CP', 'Sporting Lisbon|Sporting Clube de Portugal'),
  row('SC Braga', 'Sporting Braga|Braga'),
  row('Vitória de Guimarães', 'Vitória Guimarães|Vitória SC'),
  row('Boavista FC', 'Boavista'),

  // Football: Netherlands
  row('Ajax', 'AFC Ajax|Ajax Amsterdam'),
  row('PSV Eindhoven', 'PSV'),
  row('Feyenoord', 'Feyenoord Rotterdam'),
  row('AZ Alkmaar', ''),
  row('FC Twente', 'Twente'),
  row('FC Utrecht', 'Utrecht'),
  row('Vitesse Arnhem', 'Vitesse'),
  row('SC Heerenveen', 'Heerenveen'),
  row('FC Groningen', 'Groningen'),
  row('Sparta Rotterdam', ''),

  // Football: Scotland
  row('Celtic', 'Celtic FC|Glasgow Celtic'),
  row('Rangers FC', 'Glasgow Rangers'),
  row('Aberdeen FC', 'Aberdeen'),
  row('Heart of Midlothian', ''),
  row('Hibernian', 'Hibs'),
  row('Dundee United', ''),
  row('Dundee FC', ''),
  row('Motherwell FC', 'Motherwell'),
  row('Kilmarnock FC', 'Kilmarnock'),
  row('St Mirren', ''),

  // Football: Turkey
  row('Galatasaray', ''),
  row('Fenerbahçe', ''),
  row('Beşiktaş', ''),
  row('Trabzonspor', ''),
  row('İstanbul Başakşehir', 'Başakşehir'),
  row('Samsunspor', ''),
  row('Antalyaspor', ''),
  row('Konyaspor', ''),

  // Football: Belgium
  row('Club Brugge', 'Club Bruges'),
  row('RSC Anderlecht', 'Anderlecht'),
  row('Royal Antwerp', 'Antwerp FC'),
  row('KRC Genk', 'Genk'),
  row('KAA Gent', 'Gent'),
  row('Standard Liège', ''),
  row('Union Saint-Gilloise', 'Union SG|Royale Union Saint-Gilloise'),
  row('Sporting Charleroi', 'Charleroi'),

  // Football: Brazil
  row('Flamengo', 'CR Flamengo'),
  row('Palmeiras', 'SE Palmeiras'),
  row('Corinthians', 'SC Corinthians'),
  row('São Paulo FC', ''),
  row('Santos FC', 'Santos'),
  row('Fluminense', ''),
  row('Botafogo', ''),
  row('Vasco da Gama', ''),
  row('Grêmio', ''),
  row('Internacional', 'SC Internacional'),
  row('Atlético Mineiro', ''),
  row('Cruzeiro', ''),
  row('Athletico Paranaense', ''),
  row('EC Bahia', 'Bahia'),
  row('Fortaleza EC', 'Fortaleza'),
  row('Red Bull Bragantino', 'Bragantino'),

  // Football: Argentina
  row('Boca Juniors', 'Boca'),
  row('River Plate', ''),
  row('Racing Club', 'Racing Club de Avellaneda'),
  row('Independiente', 'Club Atlético Independiente'),
  row('San Lorenzo', 'San Lorenzo de Almagro'),
  row('Estudiantes de La Plata', 'Estudiantes'),
  row('Vélez Sarsfield', ''),
  row("Newell's Old Boys", ''),
  row('Rosario Central', ''),
  row('Talleres de Córdoba', 'Talleres'),
  row('Club Atlético Lanús', 'Lanús'),
  row('Argentinos Juniors', ''),
  row('Huracán', ''),

  // Football: Mexico
  row('Club América', ''),
  row('Chivas Guadalajara', 'Chivas|CD Guadalajara'),
  row('Cruz Azul', ''),
  row('Pumas UNAM', ''),
  row('Tigres UANL', 'Tigres'),
  row('CF Monterrey', 'Rayados'),
  row('Deportivo Toluca', 'Toluca'),
  row('Santos Laguna', ''),
  row('CF Pachuca', 'Pachuca'),
  row('Atlas FC', ''),
  row('Club Tijuana', 'Xolos'),

  // Football: United States and Canada (MLS)
  row('Inter Miami', 'Inter Miami CF'),
  row('LA Galaxy', 'Los Angeles Galaxy'),
  row('Los Angeles FC', 'LAFC'),
  row('Seattle Sounders', 'Sounders'),
  row('Atlanta United', ''),
  row('New York Red Bulls', ''),
  row('New York City FC', 'NYCFC'),
  row('Portland Timbers', ''),
  row('Columbus Crew', ''),
  row('Philadelphia Union', ''),
  row('FC Cincinnati', ''),
  row('Toronto FC', ''),
  row('CF Montréal', ''),
  row('Vancouver Whitecaps', 'Whitecaps'),
  row('Nashville SC', ''),
  row('Orlando City', ''),
  row('Austin FC', ''),
  row('Sporting Kansas City', ''),
  row('Real Salt Lake', ''),
  row('Minnesota United', ''),
  row('Chicago Fire', ''),
  row('New England Revolution', ''),
  row('D.C. United', ''),
  row('Charlotte FC', ''),
  row('Houston Dynamo', ''),
  row('FC Dallas', ''),
  row('San Jose Earthquakes', ''),
  row('St. Louis City SC', ''),

  // Football: Saudi Arabia, Egypt, Morocco, South Africa
  row('Al-Hilal', ''),
  row('Al-Nassr', ''),
  row('Al-Ittihad', ''),
  row('Al-Ahli', 'Al-Ahli Saudi'),
  row('Al-Shabab', ''),
  row('Al-Ettifaq', ''),
  row('Al-Qadsiah', ''),
  row('Al Ahly', ''),
  row('Zamalek SC', 'Zamalek'),
  row('Pyramids FC', ''),
  row('Al Masry', ''),
  row('Ismaily SC', 'Ismaily'),
  row('Wydad Casablanca', 'Wydad AC'),
  row('Raja Casablanca', 'Raja CA'),
  row('AS FAR', 'FAR Rabat'),
  row('RS Berkane', ''),
  row('Kaizer Chiefs', ''),
  row('Orlando Pirates', ''),
  row('Mamelodi Sundowns', 'Sundowns'),
  row('SuperSport United', ''),

  // Football: Japan
  row('Kashima Antlers', ''),
  row('Urawa Red Diamonds', 'Urawa Reds'),
  row('Yokohama F. Marinos', ''),
  row('Kawasaki Frontale', ''),
  row('Vissel Kobe', ''),
  row('Gamba Osaka', ''),
  row('Cerezo Osaka', ''),
  row('Sanfrecce Hiroshima', ''),
  row('FC Tokyo', ''),
  row('Nagoya Grampus', ''),

  // Football: other clubs news often names
  row('Red Bull Salzburg', 'RB Salzburg'),
  row('Rapid Vienna', 'Rapid Wien'),
  row('Dinamo Zagreb', ''),
  row('Shakhtar Donetsk', ''),
  row('Dynamo Kyiv', 'Dynamo Kiev'),
  row('Olympiacos', 'Olympiakos'),
  row('Panathinaikos', ''),
  row('AEK Athens', ''),
  row('PAOK', 'PAOK Thessaloniki'),
  row('FC Copenhagen', ''),
  row('Slavia Prague', ''),
  row('Sparta Prague', ''),
  row('BSC Young Boys', ''),
  row('FC Basel', ''),
  row('Ferencváros', ''),
  row('Zenit St Petersburg', ''),
  row('Spartak Moscow', ''),
  row('CSKA Moscow', ''),
  row('Red Star Belgrade', 'Crvena Zvezda'),
  row('Partizan Belgrade', 'Partizan'),
  row('Maccabi Tel Aviv', ''),
  row('Hapoel Tel Aviv', ''),

  ...OTHER_SPORTS_TEAMS,
];

/**
 * Australian rules (AFL) and rugby league (NRL) clubs named for a suburb or a coast, with their
 * nicknames: where a sports story uses the suburb's name for its club (sports.ts), "the Blues" are
 * that club, not a second team. Not "Melbourne", "Adelaide", "Sydney" or "Brisbane": news names
 * those cities in any sports story.
 */
export const SUBURB_CLUB_NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  Carlton: ['Blues'], Collingwood: ['Magpies'], Essendon: ['Bombers'], Richmond: ['Tigers'], Hawthorn: ['Hawks'], Geelong: ['Cats'],
  Fremantle: ['Dockers'], 'North Melbourne': ['Kangaroos'], 'West Coast': ['Eagles'], 'St Kilda': ['Saints'], 'Port Adelaide': ['Power'],
  Penrith: ['Panthers'], Parramatta: ['Eels'], Cronulla: ['Sharks'], Manly: ['Sea Eagles'],
};

/**
 * Names and aliases of the clubs above that are also the name of a place (a city, region, country
 * or district): outside a sports story the place is meant.
 */
export const CLUBS_NAMED_LIKE_PLACES: ReadonlySet<string> = new Set([
  // England
  'Liverpool', 'Chelsea', 'Tottenham', 'Newcastle', 'West Ham', 'Brighton', 'Crystal Palace', 'Everton', 'Fulham',
  'Brentford', 'Wolverhampton', 'Bournemouth', 'Leicester', 'Leeds', 'Southampton', 'Ipswich', 'Burnley', 'Sunderland',
  'Norwich', 'Watford', 'Middlesbrough', 'Wrexham',
  // Spain
  'Barcelona', 'Sevilla', 'Villarreal', 'Valencia', 'Getafe', 'Girona', 'Mallorca', 'Las Palmas',
  'Granada',
  // Germany
  'Dortmund', 'Leipzig', 'Leverkusen', 'Stuttgart', 'Mönchengladbach', 'Gladbach', 'Wolfsburg', 'Freiburg',
  'Hoffenheim', 'Augsburg', 'Mainz', 'Köln', 'Bochum', 'St. Pauli', 'Schalke', 'Bayern',
  // Italy
  'Milan', 'Napoli', 'Roma', 'Lazio', 'Torino', 'Bologna', 'Genoa', 'Sassuolo', 'Empoli', 'Lecce', 'Cagliari',
  'Verona', 'Parma', 'Como',
  // France
  'Marseille', 'Lyon', 'Monaco', 'Lille', 'Nice', 'Rennes', 'Lens', 'Reims', 'Strasbourg', 'Nantes', 'Brest',
  'Auxerre', 'Angers', 'Le Havre', 'Saint-Étienne',
  // Portugal, Netherlands, Scotland, Turkey, Belgium, Hungary
  'Benfica', 'Porto', 'Braga', 'Boavista', 'Feyenoord', 'Twente', 'Utrecht', 'Heerenveen', 'Groningen',
  'Aberdeen', 'Motherwell', 'Kilmarnock', 'Fenerbahçe', 'Beşiktaş', 'Başakşehir',
  'Anderlecht', 'Genk', 'Gent', 'Charleroi', 'Ferencváros',
  // Americas, Africa
  'Flamengo', 'Botafogo', 'Santos', 'Bahia', 'Fortaleza', 'San Lorenzo', 'Lanús', 'Toluca', 'Pachuca', 'Zamalek',
  // Rugby
  'Toulouse', 'Toulon', 'La Rochelle', 'Clermont', 'Castres', 'Pau', 'Bayonne', 'Perpignan', 'Vannes', 'Leinster',
  'Munster', 'Ulster', 'Connacht',
  // Australian rules (AFL) and rugby league (NRL): clubs named for a suburb or a coast, listed
  // with their nicknames above.
  ...Object.keys(SUBURB_CLUB_NICKNAMES),
]);

