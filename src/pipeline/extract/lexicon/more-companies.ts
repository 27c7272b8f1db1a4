import type { KnownOrganization } from './organizations';
import { AMERICAS_AFRICA_MIDDLE_EAST_COMPANIES } from './companies-americas-africa-middle-east';
import { EAST_ASIAN_COMPANIES } from './companies-asia';
import { EUROPEAN_COMPANIES } from './companies-europe';
import { EUROPEAN_CONSUMER_COMPANIES } from './companies-europe-consumer';
import { SOUTH_ASIA_PACIFIC_COMPANIES } from './companies-south-asia-pacific';
import { US_COMPANIES } from './companies-us';

/** The regional company lists, beside the big names of companies.ts: one list for the index and its test. */
export const MORE_COMPANIES: readonly KnownOrganization[] = [
  ...EUROPEAN_COMPANIES,
  ...EUROPEAN_CONSUMER_COMPANIES,
  ...EAST_ASIAN_COMPANIES,
  ...SOUTH_ASIA_PACIFIC_COMPANIES,
  ...US_COMPANIES,
  ...AMERICAS_AFRICA_MIDDLE_EAST_COMPANIES,
];
