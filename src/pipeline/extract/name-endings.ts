import type { EntityType } from '../../core/dataset/schema';

/** Events named by a head word and their year: "Expo 2030", "Euro 2028". */
export const YEAR_EVENT_HEADS = new Set(['Expo', 'Euro', 'EuroBasket', 'Eurobasket', 'Afrobasket', 'AfroBasket']);

/** A national plan's word: "Vision 2030"; Malay "Wawasan", Spanish "Visión", Portuguese "Visão". */
export const VISION_WORDS = new Set(['Vision', 'Wawasan', 'Visión', 'Visão']);

const NUMBERED_BODY_WORDS = new Set(['Company', 'Union', 'Corporation', 'Cooperative', 'Co-operative', 'Brigade', 'Battalion', 'Regiment', 'Division', 'Squadron', 'Lodge', 'School']);

const STREET_WORD = /\p{Ll}(?:strasse|straße|gasse|platz|allee|straat|gracht|plein)$/u;

const COURT_CIRCUITS = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Federal|D\.C\.|\d{1,2}(?:st|nd|rd|th))$/u;

/**
 * Endings that settle a name's type before the place words do (classify.ts): an event or an award
 * named for the year, a power station, an appeals court's circuit (which "Circuit" as a racetrack's
 * place word would otherwise take), and a street written as one word.
 */
export function typeByEnding(words: readonly string[]): EntityType | undefined {
  const last = words[words.length - 1]!;
  // "Album of the Year", "Player of the Year": an award.
  if (words.length >= 4 && words.slice(-3).join(' ') === 'of the Year') return 'other';
  // "Zaporizhzhia Nuclear Power Plant": a power station is a site ("Robert Plant" is a person's name).
  if (last === 'Plant' && /^(?:Power|Nuclear)$/.test(words[words.length - 2] ?? '')) return 'place';
  if (words.length === 2 && YEAR_EVENT_HEADS.has(words[0]!) && /^(?:19|20)\d\d$/.test(last)) return 'event';
  // "Oman Vision 2040", "Wawasan Brunei 2035": a national plan named for its last year.
  if (words.length >= 3 && words.some((w) => VISION_WORDS.has(w)) && /^20\d\d$/.test(last)) return 'other';
  // "Symphony No. 5", "Piano Concerto No. 2": a work numbered in its maker's list; but "… Urban
  // Railway Company No. 1", "Collahuasi Workers' Union No. 1": a body numbered among its kind.
  if (words.length >= 3 && words[words.length - 2] === 'No.' && /^\d+$/.test(last)) return NUMBERED_BODY_WORDS.has(words[words.length - 3]!.replace(/['’]s$/u, '')) ? 'organization' : 'other';
  // "Rheinbahn", "Ruhrbahn": a German transport company written as one word ("Autobahn" is a road).
  if (words.length === 1 && /\p{Ll}bahn$/u.test(last) && !/^(?:Autobahn|Eisenbahn)$/.test(last)) return 'organization';
  // "Brampton Transit", "GO Transit": a town's or a network's transit is its operator.
  if (words.length >= 2 && last === 'Transit') return 'organization';
  // "Metro Line 1", "Line 2": a metro's or a tram's numbered line is a route, as a service is.
  if (words.length >= 2 && words[words.length - 2] === 'Line' && /^\d{1,2}$/.test(last)) return 'other';
  // "Amalgamated Transit Union Local 1572": a union's branch, named by its number.
  if (words.length >= 3 && words[words.length - 2] === 'Local' && /^\d+$/.test(last)) return 'organization';
  // "the Ninth Circuit", "the D.C. Circuit": a US appeals court, not a racetrack.
  if (last === 'Circuit' && words.length === 2 && COURT_CIRCUITS.test(words[0]!)) return 'organization';
  // "Wilhelmstrasse", "Keizersgracht", "Alexanderplatz": a German or Dutch street or square written as one word.
  if (words.length === 1 && STREET_WORD.test(last)) return 'place';
  return undefined;
}
