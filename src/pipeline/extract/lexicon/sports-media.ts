import { row } from './name-row';

/**
 * Sports broadcasters, streamers, papers and sites that match reports quote ("Arteta told Sky
 * Sports"), written for this project from general knowledge. Without them a speech verb's "told"
 * makes a person of the broadcaster. Left out: forms that alone are common words or names
 * ("Kicker", "Record", "Sport", "Peacock", "Kayo", "The Athletic", whose "Athletic" is a club's).
 */
export const KNOWN_SPORTS_MEDIA: { name: string; aliases: string[] }[] = [
  // Britain and Ireland
  row('Sky Sports', 'Sky Sports News'),
  row('BBC Sport', ''),
  row('TNT Sports', 'BT Sport'),
  row('talkSPORT', 'TalkSport|talkSport'),
  row('Premier Sports', ''),
  row('BBC Radio 5 Live', 'Radio 5 Live|5 Live'),
  row('RTÉ Sport', ''),
  // Europe
  row('Eurosport', ''),
  row('DAZN', ''),
  row('beIN Sports', 'beIN SPORTS|beIN'),
  row('Canal+ Sport', ''),
  row('RMC Sport', ''),
  row("L'Équipe", ''),
  row('Marca', ''),
  row('Diario AS', ''),
  row('Mundo Deportivo', ''),
  row('Movistar Plus+', 'Movistar+|Movistar Plus'),
  row('La Gazzetta dello Sport', 'Gazzetta dello Sport|Gazzetta'),
  row('Corriere dello Sport', ''),
  row('Tuttosport', ''),
  // Sky's German and Italian channels print as "Sky Sport", singular.
  row('Sky Sport', 'Sky Sport Germany|Sky Sport Deutschland|Sky Sport Italia'),
  row('Viaplay', ''),
  row('A Bola', ''),
  row('O Jogo', ''),
  row('Voetbal International', ''),
  // Americas
  row('ESPN Deportes', ''),
  row('Fox Sports', ''),
  row('NBC Sports', ''),
  row('CBS Sports', ''),
  row('TSN', 'The Sports Network'),
  row('Sportsnet', ''),
  row('NFL Network', ''),
  row('NBA TV', ''),
  row('MLB Network', ''),
  row('Golf Channel', ''),
  row('Tennis Channel', ''),
  row('Bleacher Report', ''),
  row('Sports Illustrated', ''),
  row('Olé', 'Diario Olé'),
  row('TyC Sports', ''),
  row('SporTV', ''),
  row('TUDN', ''),
  // Asia, Africa, Oceania
  row('Star Sports', ''),
  row('JioHotstar', 'JioCinema'),
  row('ESPNcricinfo', 'Cricinfo'),
  row('Cricbuzz', ''),
  row('SuperSport', ''),
  row('Fox Sports Australia', ''),
  row('Stan Sport', ''),
  row('Optus Sport', ''),
  row('Sky Sport NZ', 'Sky Sport New Zealand'),
  row('beIN Sports Asia', ''),
];
