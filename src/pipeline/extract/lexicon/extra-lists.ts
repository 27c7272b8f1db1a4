import type { NamedRow } from './name-row';
import { EXTRA_BODIES } from './extra-bodies';
import { EXTRA_BODIES_2 } from './extra-bodies-2';
import { EXTRA_BODIES_3 } from './extra-bodies-3';
import { EXTRA_BODIES_4 } from './extra-bodies-4';
import { EXTRA_BODIES_5 } from './extra-bodies-5';
import { EXTRA_FINANCE_SERVICES } from './extra-finance-services';
import { EXTRA_FINANCE_SERVICES_2 } from './extra-finance-services-2';
import { EXTRA_FINANCE_SERVICES_3 } from './extra-finance-services-3';
import { EXTRA_FINANCE_SERVICES_4 } from './extra-finance-services-4';
import { EXTRA_INDUSTRY } from './extra-industry';
import { EXTRA_INDUSTRY_2 } from './extra-industry-2';
import { EXTRA_INDUSTRY_3 } from './extra-industry-3';
import { EXTRA_INDUSTRY_4 } from './extra-industry-4';
import { EXTRA_TEAMS } from './extra-teams';
import { EXTRA_TEAMS_2 } from './extra-teams-2';
import { EXTRA_TEAMS_3 } from './extra-teams-3';
import { EXTRA_TECH_MEDIA_CONSUMER } from './extra-tech-media-consumer';
import { EXTRA_TECH_MEDIA_CONSUMER_2 } from './extra-tech-media-consumer-2';
import { EXTRA_TECH_MEDIA_CONSUMER_3 } from './extra-tech-media-consumer-3';
import { EXTRA_TECH_MEDIA_CONSUMER_4 } from './extra-tech-media-consumer-4';
import { EXTRA_THINGS } from './extra-things';
import { EXTRA_THINGS_2 } from './extra-things-2';
import { EXTRA_THINGS_3 } from './extra-things-3';
import { EXTRA_THINGS_4 } from './extra-things-4';
import { EXTRA_THINGS_5 } from './extra-things-5';
import { EXTRA_THINGS_6 } from './extra-things-6';
import { EXTRA_PARTIES } from './extra-parties';
import { EXTRA_PARTIES_2 } from './extra-parties-2';
import { EXTRA_PARTIES_3 } from './extra-parties-3';
import { EXTRA_REGIONS } from './extra-regions';
import { EXTRA_REGIONS_2 } from './extra-regions-2';
import { EXTRA_REGIONS_3 } from './extra-regions-3';
import { EXTRA_VENUES } from './extra-venues';
import { EXTRA_VENUES_2 } from './extra-venues-2';
import { EXTRA_INDICATORS } from './extra-indicators';
import { EXTRA_SHIPS } from './extra-ships';
import { EXTRA_PLACES } from './extra-places';
import { EXTRA_PEOPLE } from './extra-people';
import { EXTRA_PEOPLE_2 } from './extra-people-2';
import { EXTRA_PEOPLE_3 } from './extra-people-3';
import { EXTRA_PEOPLE_4 } from './extra-people-4';
import { EXTRA_COMPANIES_BY_COUNTRY } from './extra-companies-by-country';
import { EXTRA_COMPANIES_BY_COUNTRY_2 } from './extra-companies-by-country-2';
import { EXTRA_COMPANIES_BY_COUNTRY_3 } from './extra-companies-by-country-3';
import { EXTRA_COMPANIES_BY_COUNTRY_4 } from './extra-companies-by-country-4';
import { EXTRA_SPORTS_EVENTS } from './extra-sports-events';
import { EXTRA_SPORTS_EVENTS_2 } from './extra-sports-events-2';
import { EXTRA_SPORTS_TEAMS } from './extra-sports-teams';
import { EXTRA_SPORTS_TEAMS_2 } from './extra-sports-teams-2';
import { EXTRA_PLACES_2 } from './extra-places-2';
import { EXTRA_PLACES_3 } from './extra-places-3';
import { EXTRA_PLACES_4 } from './extra-places-4';
import { EXTRA_PLACES_5 } from './extra-places-5';

import { EXTRA_MUSIC_GROUPS } from './extra-music-groups';
import { EXTRA_MUSIC_GROUPS_2 } from './extra-music-groups-2';
import { EXTRA_INDIGENOUS_BODIES } from './extra-indigenous-bodies';
import { EXTRA_ART_FASHION_PUBLISHING } from './extra-art-fashion-publishing';
import { EXTRA_FESTIVALS } from './extra-festivals';
import { EXTRA_FAIRS_AND_SUMMITS } from './extra-fairs-and-summits';
import { EXTRA_VEHICLE_MODELS } from './extra-vehicle-models';
import { EXTRA_VEHICLE_MODELS_2 } from './extra-vehicle-models-2';
import { EXTRA_WORKS } from './extra-works';
import { EXTRA_PROJECTS } from './extra-projects';
import { EXTRA_APPS_GAMES } from './extra-apps-games';
import { EXTRA_GAMES_RETAIL_MEDIA } from './extra-games-retail-media';
import { EXTRA_LAWS_CHARTERS } from './extra-laws-charters';
import { EXTRA_SACRED_FIGURES } from './extra-sacred-figures';
import { EXTRA_SACRED_SITES } from './extra-sacred-sites';
import { EXTRA_SACRED_TEXTS } from './extra-sacred-texts';
import { EXTRA_TEAMS_4 } from './extra-teams-4';

/**
 * The second, wider lexicons (extra-*.ts): names news prints often that the first lists missed
 * ("Lazard", "Lionsgate", "Keytruda"), written by category from general knowledge. Gathered here by
 * type so known-names.ts imports three lists, not thirty files.
 */
export const EXTRA_ORGANIZATIONS: readonly NamedRow[] = [
  ...EXTRA_FINANCE_SERVICES, ...EXTRA_FINANCE_SERVICES_2, ...EXTRA_FINANCE_SERVICES_3, ...EXTRA_FINANCE_SERVICES_4,
  ...EXTRA_INDUSTRY, ...EXTRA_INDUSTRY_2, ...EXTRA_INDUSTRY_3, ...EXTRA_INDUSTRY_4,
  ...EXTRA_TECH_MEDIA_CONSUMER, ...EXTRA_TECH_MEDIA_CONSUMER_2, ...EXTRA_TECH_MEDIA_CONSUMER_3, ...EXTRA_TECH_MEDIA_CONSUMER_4,
  ...EXTRA_BODIES, ...EXTRA_BODIES_2, ...EXTRA_BODIES_3, ...EXTRA_BODIES_4, ...EXTRA_BODIES_5,
  ...EXTRA_TEAMS, ...EXTRA_TEAMS_2, ...EXTRA_TEAMS_3, ...EXTRA_TEAMS_4, ...EXTRA_SPORTS_TEAMS, ...EXTRA_SPORTS_TEAMS_2,
  ...EXTRA_COMPANIES_BY_COUNTRY, ...EXTRA_COMPANIES_BY_COUNTRY_2, ...EXTRA_COMPANIES_BY_COUNTRY_3, ...EXTRA_COMPANIES_BY_COUNTRY_4,
  ...EXTRA_PARTIES, ...EXTRA_PARTIES_2,
  ...EXTRA_MUSIC_GROUPS, ...EXTRA_MUSIC_GROUPS_2, ...EXTRA_INDIGENOUS_BODIES, ...EXTRA_ART_FASHION_PUBLISHING,
  ...EXTRA_GAMES_RETAIL_MEDIA,
];

export const EXTRA_OTHER_NAMES: readonly NamedRow[] = [
  ...EXTRA_THINGS, ...EXTRA_THINGS_2, ...EXTRA_THINGS_3, ...EXTRA_THINGS_4, ...EXTRA_THINGS_5, ...EXTRA_THINGS_6, ...EXTRA_INDICATORS, ...EXTRA_SHIPS,
  ...EXTRA_VEHICLE_MODELS, ...EXTRA_VEHICLE_MODELS_2, ...EXTRA_WORKS, ...EXTRA_PROJECTS,
  ...EXTRA_APPS_GAMES, ...EXTRA_LAWS_CHARTERS, ...EXTRA_SACRED_TEXTS,
];

export const EXTRA_PLACE_NAMES: readonly NamedRow[] = [
  ...EXTRA_PLACES, ...EXTRA_PLACES_2, ...EXTRA_PLACES_3, ...EXTRA_PLACES_4, ...EXTRA_PLACES_5,
  ...EXTRA_REGIONS, ...EXTRA_REGIONS_2, ...EXTRA_REGIONS_3, ...EXTRA_VENUES, ...EXTRA_VENUES_2, ...EXTRA_SACRED_SITES,
  // Seats of power ("Straka Academy", "Rosenbad"): written as the institutions news makes of them,
  // but the buildings the sentence names are places, as the tuned gold lists type eight of nine.
  ...EXTRA_PARTIES_3,
];

export const EXTRA_EVENTS: readonly NamedRow[] = [...EXTRA_SPORTS_EVENTS, ...EXTRA_SPORTS_EVENTS_2, ...EXTRA_FESTIVALS, ...EXTRA_FAIRS_AND_SUMMITS];

/** People news names by one name or a stage name ("Pedri", "Karol G"), whose words say nothing of a person. */
export const EXTRA_PERSON_NAMES: readonly NamedRow[] = [...EXTRA_PEOPLE, ...EXTRA_PEOPLE_2, ...EXTRA_PEOPLE_3, ...EXTRA_PEOPLE_4];

/**
 * Deities and epic figures ("Sita", "Hanuman", "Lord Shiva"): persons whose one name is the name
 * news prints, so every form is kept, though some are given names or end a titled form.
 */
export const EXTRA_FIGURE_NAMES: readonly NamedRow[] = EXTRA_SACRED_FIGURES;
