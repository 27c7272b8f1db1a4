import { PARTY_PLURALS } from './lexicon/words';

/** Nouns for a party's people that follow its name: "Greens leader", "Congress legislator", "Greens MP". */
const MEMBER_NOUNS = new Set([
  'leader', 'co-leader', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'mp', 'mps', 'senator', 'senators', 'spokesman',
  'spokeswoman', 'spokesperson', 'candidate', 'member', 'members', 'parliamentary', 'politician', 'councillor', 'general', 'secretary',
]);

/** A party named by a plural ("Greens") or as "Congress", as news prints it before a member's noun. */
const isPartyWord = (word: string) => PARTY_PLURALS.has(word) || word === 'Congress';

/** "Greens leader Rosalie Woodruff said": the party opening a sentence, before a member's noun, is a name. */
export function isPartyBeforeMember(word: string, after: string): boolean {
  return isPartyWord(word) && MEMBER_NOUNS.has(after);
}

/** "Greens MP Sue Higginson": the party a person's title opens with, or undefined. */
export function partyOpeningRole(role: string): string | undefined {
  const [first, next] = role.split(/\s+/);
  return first !== undefined && next !== undefined && isPartyWord(first) && MEMBER_NOUNS.has(next.toLowerCase()) ? first : undefined;
}
