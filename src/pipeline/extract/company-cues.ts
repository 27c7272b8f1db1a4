import type { Token } from './tokens';
import { isCommonWord, isListedWord, wordTags } from './word-tags';

/**
 * Wording that only a company's (or a party's) name takes, for one unknown word that would
 * otherwise default to a place: a town is not "operated by" anyone, nor has "a unit of" it. Verbs
 * that people and governments share ("run by", "said in a statement") are left out.
 */
// "operated by Arianespace", "a unit of Rio Tinto", "shares in Vingroup", "a stake in Eskom"; and
// a party: "its coalition partner Komeito".
const BEFORE = /\b(?:operated\s+by|coalition\s+partners?|(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:unit|subsidiary|division|affiliate)\s+of|[Ss]hares\s+(?:of|in)|(?:a|its|their)\s+(?:\p{Ll}+\s+)?stake\s+in)\s+$/u;
// "Eskom's chief executive", "Vingroup's shares", "Gemadept's shareholders".
const AFTER = /^\s+(?:shares|shareholders|share\s+price|stock\s+price|chief\s+executive|chief\s+financial\s+officer|ceo|board\s+of\s+directors|subsidiary|subsidiaries|earnings|net\s+profit|quarterly\s+profit|market\s+value)\b/iu;

// "owned by Tsingshan", "developed by Nexora": a company's or a person's doing, never a town's; weaker,
// since a surname alone takes them too (and joins its full name, whose type is surer).
// Also the source of a figure and a party to a merger: "according to Delvaro", "the merger of Trivex".
const BEFORE_MAKER = /\b(?:(?:owned|controlled|acquired|bought|built|developed|manufactured|produced)\s+by|[Aa]ccording\s+to|(?:merger|takeover|acquisition)\s+(?:of|with|between))\s+$/u;
// "Veltrana's plant", "Norvica's factories": a town does not own plants.
// "Labour's transport spokesperson": a party's or a company's spokesperson for a portfolio.
const AFTER_MAKER = /^\s+(?:plants?|factory|factories|refinery|refineries|subsidiaries|stores|brands?|(?:\p{Ll}+\s+)?spokesperson)\b/u;

// "Estudiantes' members approved", "the club's members": a body has members; a town has residents.
// Not "members of parliament", whom a town or region sends.
const MEMBERS_AFTER = /^\s+members\b(?!\s+of\s+(?:parliament|congress)\b)/iu;
// "Evofenedex, which represents Dutch importers", "Nexora, which employs 4,000 people": what a body
// does for its members or staff; a town "which" is is no employer's or lobby's wording.
const BODY_CLAUSE_AFTER = /^,\s+which\s+(?:represents|lobbies|employs)\b/u;

/**
 * How surely the sentence names `name` (its tokens) as a company by the words around it: 3 for
 * wording only companies take, 2 for a maker's or owner's "by", undefined for none.
 */
export function companyCue(sentence: string, name: Token[]): 2 | 3 | undefined {
  const start = name[0]!.start;
  const last = name[name.length - 1]!;
  const before = sentence.slice(Math.max(0, start - 60), start);
  // A possessive token ends past its "'s".
  if (BEFORE.test(before) || (last.possessive && AFTER.test(sentence.slice(last.end)))) return 3;
  if (!last.possessive && BODY_CLAUSE_AFTER.test(sentence.slice(last.end))) return 2;
  if ((last.possessive ? /^/ : /^['’]/).test(sentence.slice(last.end)) && MEMBERS_AFTER.test(sentence.slice(last.end).replace(/^['’]/, ''))) return 2;
  return BEFORE_MAKER.test(before) || (last.possessive && AFTER_MAKER.test(sentence.slice(last.end))) ? 2 : undefined;
}

/**
 * Endings that coin companies' one-word names from a syllable and a trade: "Vingroup", "Arianespace",
 * "Eumetsat", "Eskom", "Safaricom", "Vietjet", "Microsoft", "Gazprom", "Rosneft", "Viettel",
 * "Tengizchevroil", "KazMunayGas". Towns
 * and people are not named so. The stem keeps three letters ("Hotel" and "Chair" are words), but
 * "-kom" is no English ending ("Eskom", "Telkom").
 */
const COMPANY_ENDING = /^\p{Lu}\p{Ll}{2,}(?:group|space|sat|kom|com|jet|soft|tech|bank|tel|mart|prom|neft|gaz|oil|gas|air|pharm)$|^\p{Lu}\p{Ll}+kom$/u;

export function isCompanySpelling(word: string): boolean {
  return COMPANY_ENDING.test(word);
}

/**
 * "low-cost carrier flydubai", "the startup nuvolo": a lower-case word that no dictionary lists,
 * right after a company's class noun, is a brand printed in lower case. Not "the carrier said" or
 * "the company's local unit": words a dictionary has; nor a short word ("the carrier ana"), nor
 * a plural or a verb the tagger knows by its ending ("platform companies", "app services"), nor
 * another class noun ("platform company"), nor a word with an English noun's ending ("company
 * pension").
 */
export function isLowerCaseBrand(tokens: Token[], i: number): boolean {
  const word = tokens[i]!;
  const noun = tokens[i - 1];
  const tags = wordTags(word.text);
  // "company pension scheme": an English noun's ending says a word the dictionary lacks.
  const known = isListedWord(word.text) || isCommonWord(word.text) || tags.has('Adjective') || tags.has('Plural') || tags.has('Verb') || ENGLISH_NOUN_ENDING.test(word.text);
  return noun !== undefined && !noun.possessive && word.gapBefore === ' ' && /^\p{Ll}{5,}$/u.test(word.text) && BRAND_CLASS_NOUNS.has(noun.text) && !BRAND_CLASS_NOUNS.has(word.text) && !known;
}
const ENGLISH_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ship|ture|hood)$/u;
// Class nouns of companies a brand's name follows: "carrier flydubai", "retailer zalando".
const BRAND_CLASS_NOUNS = new Set(['carrier', 'airline', 'company', 'firm', 'startup', 'start-up', 'retailer', 'app', 'platform', 'brand', 'maker', 'operator', 'website']);

// "its parent, the Emirates Group", "its sister airline, Emirates SkyCargo", "owner X".
const RELATIVE_BEFORE = /\b(?:its|their)\s+(?:parent|parent\s+company|owner|sister\s+(?:company|airline|carrier|firm))\s*,?\s+(?:the\s+)?$/u;

/**
 * Whether the name starting at `start` in the sentence is introduced as a relative of the company
 * just named ("Emirates and its parent, the Emirates Group"): then it is another company, never
 * the long or short form of that one, whatever words they share. Not "its chief executive, X".
 */
export function namedAsRelative(sentence: string, start: number): boolean {
  return RELATIVE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}
