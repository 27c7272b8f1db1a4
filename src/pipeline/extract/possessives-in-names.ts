import { knownName } from './known-names';
import { LEGAL_FORMS } from './lexicon/company-words';
import { PLACE_WORDS } from './lexicon/words';
import { initialsSpanEnd, spelledByInitials } from './name-joins';
import type { Token } from './tokens';

/** Whether the token is printed with "'s" (the tokens drop it), not a bare apostrophe ("Reuters'"). */
const endsInApostropheS = (t: Token, sentence: string) => t.possessive && /^['’]s$/u.test(sentence.slice(t.start + t.text.length, t.end));

/**
 * "at Franklin's Gardens", "St Peter's Square": a possessive then one place's word ends a site's
 * name, not the possessor's. Not after a known place or body ("Mexico's Gulf" is Mexico's), nor
 * before a name of two words ("Moscow's Gorky Park" is the park in the city).
 */
export function isPossessiveSiteName(tokens: Token[], sentence: string, i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!endsInApostropheS(t, sentence) || knownName(t.text) || !next || next.gapBefore !== ' ' || !PLACE_WORDS.has(next.text)) return false;
  return !(after && after.capitalised && /^ $/.test(after.gapBefore));
}

// Words of a rating agency's or a company's unit after its name ("Moody's Ratings", "Moody's
// Investors Service"), and its legal forms ("McDonald's Corp.").
const UNIT_WORDS: ReadonlySet<string> = new Set(['Ratings', 'Investors', 'Service', 'Analytics', 'Holdings', ...LEGAL_FORMS]);

/**
 * "Moody's Investors Service", "Moody's Ratings": a known company printed with its "'s" and a unit's
 * words after it is that company, not its possessive. Where the lexicon knows the company by the
 * form with "'s", one or two capitalised words after it, ending the run, go with it.
 */
export function isPossessiveCompanyName(tokens: Token[], sentence: string, i: number): boolean {
  const t = tokens[i]!;
  const company = knownName(sentence.slice(t.start, t.end));
  if (!endsInApostropheS(t, sentence) || company?.type !== 'organization' || !/['’]s$/u.test(company.name)) return false;
  const words = [tokens[i + 1], tokens[i + 2]];
  const unit = words[0] !== undefined && words[0].gapBefore === ' ' && UNIT_WORDS.has(words[0].text);
  return unit && !(words[1]?.capitalised && /^ $/.test(words[1].gapBefore) && !UNIT_WORDS.has(words[1].text));
}

/** "America's Cup", "Alberta Children's Hospital": a possessive inside a name the lexicon knows whole. */
export function isPossessiveInKnownName(tokens: Token[], sentence: string, i: number): boolean {
  const t = tokens[i]!;
  if (!endsInApostropheS(t, sentence)) return false;
  let phrase = sentence.slice(t.start, t.end);
  for (let j = i + 1; j <= i + 3 && tokens[j]?.capitalised && tokens[j]!.gapBefore === ' '; j++) {
    phrase += ` ${tokens[j]!.text}`;
    if (/['’]s /u.test(knownName(phrase)?.name ?? '')) return true;
  }
  return false;
}

const SEXES = new Set(['Men', 'Women']);

/**
 * "World Men's Curling Championship", "PDC Women's Series": "Men's" or "Women's" between two words
 * of a name is inside it. Not at a run's start: "Women's rights" is no name.
 */
export function isSexInName(tokens: Token[], sentence: string, i: number, runLength: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  return runLength > 0 && SEXES.has(t.text) && endsInApostropheS(t, sentence) && next !== undefined && next.capitalised && next.gapBefore === ' ';
}

/**
 * "International Association of Volcanology and Chemistry of the Earth's Interior (IAVCEI)": a
 * possessive inside a long name its bracketed initials spell, words after it included. Only after
 * the name's own small word ("of the Earth's"): "the European Union's Deforestation Regulation
 * (EUDR)" is the Union's regulation.
 */
export function isPossessiveSpelled(tokens: Token[], i: number, run: Token[]): boolean {
  const end = initialsSpanEnd(tokens, i + 1);
  return tokens[i]!.possessive && end > i + 1 && run.some((t) => !t.capitalised) && tokens[end - 1]!.capitalised && spelledByInitials([...run, ...tokens.slice(i + 1, end)], tokens, end);
}
