import { knownName } from './known-names';

// What a company calls a service or an app it runs: "Pay", "Maps", "Store".
const SERVICE_TAILS = new Set(['Pay', 'Wallet', 'Maps', 'Music', 'Shopping', 'Store', 'Search', 'Mail', 'Drive', 'TV', 'Video', 'Prime', 'Plus', 'Messenger', 'Browser', 'Assistant', 'Money']);

/**
 * "Naver Pay", "Apple Pay", "Google Maps", "Naver Plus Store": a company a lexicon knows and a
 * service's word after it name one of its services, the "other" type, not the company. Not a
 * name a lexicon knows whole, nor one whose first word is no known company ("Kenya Pay").
 */
export function isCompanyService(words: string[]): boolean {
  if (words.length < 2 || !SERVICE_TAILS.has(words[words.length - 1]!)) return false;
  return knownName(words[0]!)?.type === 'organization' && knownName(words.join(' ')) === undefined;
}
