import { nameKey } from './known-names';
import { CLUBS_NAMED_LIKE_PLACES, KNOWN_CLUBS } from './lexicon/sports-clubs';

// Every club's name and short form, but those that are also places ("Barcelona"): a sports story
// shows whether it plays (sports.ts), and elsewhere the place wins.
const CLUB_KEYS = new Set(
  KNOWN_CLUBS.flatMap((c) => [c.name, ...c.aliases]).filter((form) => !CLUBS_NAMED_LIKE_PLACES.has(form)).map(nameKey),
);

/**
 * "Manchester City", "Bayern Munich", "Atlético Madrid", "Arsenal": a club a lexicon knows is a
 * body in any story, though its words would say a place ("City", "Munich", "Madrid"). The name is
 * only typed here, not clustered as a known name, so the article's own short forms ("United",
 * "Atlético") still join it.
 */
export function isKnownClubName(words: string[]): boolean {
  return CLUB_KEYS.has(nameKey(words.join(' ')));
}

// Each form of a club (its name and short forms but places) to the club's other forms.
const OTHER_FORMS = new Map<string, string[]>();
for (const club of KNOWN_CLUBS) {
  const forms = [club.name, ...club.aliases].filter((form) => !CLUBS_NAMED_LIKE_PLACES.has(form));
  for (const form of forms) OTHER_FORMS.set(nameKey(form), forms.filter((f) => f !== form));
}

/** "the Gunners" beside "Arsenal": a club's other forms, which the article may print as well (then one entity). */
export function otherClubForms(text: string): string[] {
  return OTHER_FORMS.get(nameKey(text)) ?? [];
}
