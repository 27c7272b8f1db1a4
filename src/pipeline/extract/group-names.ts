import type { Candidate } from './candidates';
import { knownName } from './known-names';
import { isTaggedPlace } from './word-tags';
import type { Observation } from './observation';
import { ORGANIZATION_WORDS, PARTY_MEMBERS, PARTY_PLURALS } from './lexicon/words';

// "the Houthis, who call their movement Ansar Allah", "a group that calls itself X": the writer
// gives the group's own name for it.
const SELF_NAMING = /^,?\s+(?:who|which|that)\s+calls?\s+(?:themselves|itself|(?:their|its)\s+(?:own\s+)?(?:movement|group|party|organi[sz]ation|alliance|coalition|militia|faction))\s+$/u;

// "the African Union … Mission in Somalia, known as AUSSOM", "…, known by its Indonesian initials KPU".
// "Lenacapavir, sold as Yeztugo": a medicine's or a product's brand name is the same thing.
// "Health New Zealand, known in Māori as Te Whatu Ora", "Clic, formerly known as EasyFly": a
// language the name is in, or the name it had before. "the Huong River, known to visitors as the
// Perfume River": who knows it so.
const KNOWN_AS = /^,?\s+(?:also\s+|widely\s+|commonly\s+|formerly\s+|previously\s+)?(?:known|sold|marketed)\s+(?:(?:internationally|locally|officially)\s+|in\s+\p{Lu}\p{Ll}+\s+|to\s+(?:\p{Ll}+\s+){1,2})?(?:as|under\s+the\s+(?:brand\s+)?name|by\s+(?:its|their)\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation|name))\s+(?:the\s+)?$/u;
// "known in Estonia as": a place the next name is known in, before it.
const KNOWN_IN = /^,?\s+(?:also\s+)?known\s+in\s+$/u;
// "Scarborough Shoal, which Manila calls Bajo de Masinloc": a place or a people that calls it so.
const CALLED_BY = /^,\s+which\s+$/u;
// "The Elections Supervisory Agency, or Bawaslu, said": a second name between commas after "or".
const OR_NAME = /^,\s+or\s+(?:the\s+)?$/u;

/**
 * The name a group is said to call itself, that it is "known as" or that a place "calls" it, or its
 * number as a statute cites it ("(Act 703)"), when the candidate after `c` is that name. After
 * ", or" only a single word closed by a comma counts: ", or Bawaslu," names the same body, ", or
 * Brazil" in a list does not.
 */
export function selfName(c: Candidate, next: Candidate | undefined, sentence: string, afterNext?: Candidate): string | undefined {
  if (!next) return undefined;
  const gap = sentence.slice(c.tokens[c.tokens.length - 1]!.end, next.tokens[0]!.start);
  // "Black Nights, known in Estonia as PÖFF": the name after the place it is known in.
  const betweenNext = afterNext && sentence.slice(next.tokens[next.tokens.length - 1]!.end, afterNext.tokens[0]!.start);
  if (betweenNext && KNOWN_IN.test(gap) && /^\s+as\s+(?:the\s+)?$/u.test(betweenNext)) return afterNext!.text;
  if (betweenNext && CALLED_BY.test(gap) && /^\s+calls?\s+$/u.test(betweenNext)) return afterNext!.text;
  // "The Martian Moons eXploration probe, known as MMX": the product's noun may come first.
  const known = c.product ? gap.replace(/^\s+\p{Ll}+(?=,)/u, '') : gap;
  // "The parliament in Tehran, known as the Majlis": after a preposition, the name is where the
  // thing "known as" is, not the thing.
  const placeOfSomething = /^(?:in|at|from|near)$/.test(c.before) && (knownName(c.text)?.type === 'place' || isTaggedPlace(c.text));
  if (SELF_NAMING.test(gap) || (KNOWN_AS.test(known) && !placeOfSomething)) return next.text;
  // "the Minerals and Mining Act, 2006 (Act 703)": an act's number in brackets after its name, as
  // Ghana and the Philippines cite theirs, is that act.
  if (/^\s*\($/.test(gap) && /^Act \d+$/.test(next.text) && c.tokens.some((t) => t.text === 'Act')) return next.text;
  const rest = sentence.slice(next.tokens[next.tokens.length - 1]!.end);
  const closed = /^\s*,/.test(rest);
  if (OR_NAME.test(gap) && next.tokens.length === 1 && closed) return next.text;
  return spelledOut(c, next, gap, rest) ? next.text : undefined;
}

/**
 * "FIDE, the International Chess Federation, said": an acronym, then a body's full name between
 * commas, is that body spelled out (in another language's initials). Not a list: "NATO, the
 * European Union, and the UN" goes on with another name.
 */
function spelledOut(c: Candidate, next: Candidate, gap: string, rest: string): boolean {
  const acronym = c.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(c.text);
  const body = next.tokens.length >= 2 && ORGANIZATION_WORDS.has(next.tokens[next.tokens.length - 1]!.text);
  return acronym && body && /^,\s+the\s+$/u.test(gap) && /^\s*(?:\.|,\s+(?!(?:and\s+|or\s+)?(?:the\s+)?\p{Lu}))/u.test(rest);
}

/** "The commission, known by its Indonesian initials KPU": the body named only by its head word. */
const HEAD_KNOWN_AS = /\b[Tt]he\s+(\p{Ll}+),?\s+(?:also\s+)?known\s+(?:(?:internationally|locally|officially)\s+)?(?:as|by\s+(?:its|their)\s+(?:[\p{L}-]+\s+)?(?:initials|acronym|abbreviation|name))\s+$/u;

// "The typhoon had crossed the Philippines, where the weather agency PAGASA called it Tomas": the
// storm the sentence opens with, under another agency's name.
const STORM_CALLED = /^[Tt]he\s+(storm|typhoon|cyclone|hurricane)\b[^.;"“]*\b(?:called|named|dubbed)\s+it\s+$/u;

/** The capitalised head word a name stands for when "the <noun>, known as" (or a storm "called it") comes right before it. */
export function headNamed(c: Candidate, sentence: string): string | undefined {
  const before = sentence.slice(0, c.tokens[0]!.start);
  const head = HEAD_KNOWN_AS.exec(before)?.[1] ?? STORM_CALLED.exec(before)?.[1];
  return head ? head[0]!.toUpperCase() + head.slice(1) : undefined;
}

const GROUP_STRENGTH = 3;
const PLURAL = /^\p{Lu}[\p{Ll}\p{M}]+s$/u;

/**
 * "the Houthis" beside "the Houthi delegation": a proper noun that the article uses both as a
 * plural and, without the "s", on its own, names the members of a group, and both forms name the
 * group: an organisation (places take no plural). Lexicon names, people (by a title or a full
 * name the plural ends: "Serena Williams", "Prince William") and surer types are left alone.
 */
export function groupPlurals(observations: Observation[]): Observation[] {
  const single = (o: Observation) => !o.knownName && !/\s/.test(o.text);
  const people = new Set(observations.filter((o) => o.type === 'person' && (o.strength >= GROUP_STRENGTH || /\s/.test(o.text))).flatMap((o) => o.text.split(/\s+/)));
  const singles = new Set(observations.filter(single).map((o) => o.text));
  const groups = new Set(
    [...singles].filter((text) => PLURAL.test(text) && singles.has(text.slice(0, -1)) && !people.has(text) && !people.has(text.slice(0, -1))),
  );
  return observations.map((o) => {
    const plural = groups.has(o.text) ? o.text : groups.has(`${o.text}s`) ? `${o.text}s` : undefined;
    if (!plural || !single(o) || o.strength > GROUP_STRENGTH) return o;
    const grouped: Observation = { ...o, type: 'organization', strength: GROUP_STRENGTH };
    if (o.text !== plural) grouped.sameAs = [...(o.sameAs ?? []), plural];
    return grouped;
  });
}

/**
 * "the Socialists" beside "the Socialist Party", "the Greens" beside "the Green Party", "the
 * Democrats" beside "the Democratic Party": a party's plural nickname names the party the article
 * calls "<singular> Party" (or "<singular>ic Party"), linked if printed; so does a member's noun.
 */
export function partyOfPlural(c: Candidate): string | undefined {
  if (c.tokens.length !== 1) return undefined;
  // "the committee's top Democrat": a member's noun names the party too.
  const singular = PARTY_PLURALS.has(c.text) ? c.text.slice(0, -1) : PARTY_MEMBERS.has(c.text) ? c.text : undefined;
  if (singular === undefined) return undefined;
  return `${singular}${singular.endsWith('at') ? 'ic' : ''} Party`;
}
