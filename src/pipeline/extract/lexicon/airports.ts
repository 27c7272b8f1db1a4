import type { KnownPlace } from './countries';

/**
 * The world's busiest airports and their three-letter codes (general knowledge), which staff and
 * airlines use for them in quotes ("Our runways at DXB are full"). The code alone gave an
 * unknown acronym; with the airport's name it joins the airport. Codes that are also words,
 * names or other acronyms are left out ("JFK" the president, "ADD", "DEL", "MAD", "FRA").
 */
const airport = (name: string, ...aliases: string[]): KnownPlace => ({ name, aliases, adjectives: [] });

export const KNOWN_AIRPORTS: KnownPlace[] = [
  airport('Dubai International Airport', 'DXB'),
  airport('Al Maktoum International Airport', 'DWC'),
  airport('Hamad International Airport', 'DOH'),
  airport('Heathrow Airport', 'LHR'),
  airport('Gatwick Airport', 'LGW'),
  airport('Charles de Gaulle Airport', 'CDG'),
  airport('Amsterdam Airport Schiphol', 'Schiphol Airport'),
  airport('Istanbul Airport', 'IST'),
  airport('Changi Airport', 'Singapore Changi Airport', 'SIN'),
  airport('Hong Kong International Airport', 'HKIA'),
  airport('Incheon International Airport', 'ICN'),
  airport('Haneda Airport', 'HND'),
  airport('Narita International Airport', 'NRT'),
  airport('Beijing Capital International Airport', 'PEK'),
  airport('Shanghai Pudong International Airport', 'PVG'),
  airport('Suvarnabhumi Airport', 'BKK'),
  airport('Kuala Lumpur International Airport', 'KLIA'),
  airport('Indira Gandhi International Airport', 'IGIA'),
  airport('Los Angeles International Airport', 'LAX'),
  airport("O'Hare International Airport", 'ORD'),
  airport('Hartsfield-Jackson Atlanta International Airport', 'Hartsfield-Jackson', 'ATL'),
  airport('Dallas Fort Worth International Airport', 'DFW'),
  airport('Toronto Pearson International Airport', 'Pearson Airport', 'YYZ'),
  airport('Sydney Airport', 'SYD'),
  airport('King Abdulaziz International Airport', 'KAIA'),
  airport('Zayed International Airport', 'AUH'),
  airport('OR Tambo International Airport', 'O.R. Tambo International Airport', 'JNB'),
  airport('Jomo Kenyatta International Airport', 'JKIA'),
  airport('Guarulhos International Airport'),
  airport('Benito Juárez International Airport', 'Mexico City International Airport'),
];
