import { MONTHS, NAME_POSSESSIVES } from './lexicon/words';
import { knownName } from './known-names';
import { isTaggedPlace } from './word-tags';

/** A word of a sentence, with what the extraction rules need to know about its spelling and place. */
export interface Token {
  /** As printed, without a possessive "'s". */
  text: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** Every letter upper case ("CARICOM", "U.S."). */
  allCaps: boolean;
  /** First word of the sentence or of a quotation: capitalised whatever it is. */
  initial: boolean;
  /** Followed by "'s": the name ends here. */
  possessive: boolean;
  /** Text between the previous token and this one ("" for the first). */
  gapBefore: string;
}

// A code with a slash first ("SAMP/T", "F/A-18"; not "US/EU"), initials joined by "&" ("H&M",
// "AT&T", "S&P"), then dotted abbreviations ("U.S.", "D.C."; one after a hyphen is a word of its own: "Canada-U.S."),
// then a capitalised web address that names its
// company ("Daft.ie", "Booking.com", "Character.AI"), then an initial fused to a word as Portuguese titles print it
// ("Folha de S.Paulo"), then words with inner apostrophes and hyphens, or an en dash where the name goes on past
// the word after it ("the Danube–Black Sea Canal"; not "the São Paulo–Rio de Janeiro route"), and a decimal after a digit
// ("GPT-5.1", "Claude Opus 4.5": a version is one word of the model's name).
const WORD =
  /\p{Lu}[\p{Lu}\p{N}]*\/\p{Lu}(?:-[\p{L}\p{N}]+|\p{N}[\p{L}\p{N}]*)?(?![\p{L}\p{N}\/])|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|io|ai|AI|IO|co\.uk|ie|uk|de|fr|es|it|nl|in|au|ca|jp|br|ru|cn)(?![\p{L}\p{N}])|\p{Lu}\.\p{Lu}\p{Ll}[\p{L}\p{M}]*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-](?!\p{Lu}\.\p{Lu}\.)[\p{L}\p{M}\p{N}]+)*(?:–\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*(?= \p{Lu}))?(?:(?<=\p{N})\.\p{N}+(?![\p{L}\p{N}]))?/gu;

/** "Daft.ie", "Booking.com": a web address, which names the company or site behind it. */
export const WEB_ADDRESS = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|net|org|io|ai|AI|IO|co\.uk|ie|uk|de|fr|es|it|nl|in|au|ca|jp|br|ru|cn)$/u;
// "v." and "vs." keep their dot so a case's parties join across them ("NetChoice v. Fitch").
// "No." keeps it so a work's number joins its name ("Symphony No. 5").
const TITLE_ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Eng|Engr|St|Jr|Sr|Corp|Inc|Ltd|Co|Bros|v|vs|No)$/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const OPENERS = /^[\s"“‘(\[—–-]*$/;
// Arabic names keep a lower-case article: "Abdel Fattah al-Burhan", "Bashar al-Assad".
// So does French "d'" inside a name: "Ballon d'Or", "Côte d'Ivoire", "Giro d'Italia".
const PARTICLE_NAME = /^(?:(?:al|el|ad|ash|as|an|ar|at|az)-|[dl]['’])\p{Lu}/u;
// "I'm", "I've", "I'll", "I'd": the pronoun "I" fused with a verb is capitalised by custom, no name.
const PRONOUN_CONTRACTION = /^I['’](?:m|ve|ll|d)$/u;

// What a union or an association of some trade is called after its members' plural possessive,
// when no other name word follows ("Union Street" is a street).
const MEMBERS_BODY_WORDS = 'Union|Association|Federation|Confederation|Guild|Syndicate|Council|Congress|Conference|Conferences|League|Alliance|Cooperative|Co-operative|Society|Front|Movement|Party|Office|Fund';
const MEMBERS_BODY_HEAD = new RegExp(`^['’] (?:${MEMBERS_BODY_WORDS})(?![\\p{L}\\p{N}])(?! \\p{Lu})`, 'u');
// "Development Bankers' Association Nepal": the head may be followed by its country's name alone.
const MEMBERS_BODY_HEAD_COUNTRY = new RegExp(`^['’] (?:${MEMBERS_BODY_WORDS}) (\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])(?! \\p{Lu})`, 'u');

/** Whether a members' plural possessive is followed by a body's head word (and, it may be, its country). */
function isMembersBody(rest: string): boolean {
  if (MEMBERS_BODY_HEAD.test(rest)) return true;
  const country = MEMBERS_BODY_HEAD_COUNTRY.exec(rest)?.[1];
  return country !== undefined && knownName(country)?.type === 'place' && knownName(country)!.name === country;
}

const CAMEL_BRAND = /^\p{Ll}{1,6}\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)*$/u;

// Plurals of people in "-men", capitalised (not "Yemen" or "Dolmen").
const PLURAL_IN_MEN = /^(?:\p{Lu}\p{Ll}*)?(?:[Ss]ea|[Ff]isher|[Ss]ervice|[Ff]ire|[Pp]olice|[Cc]rafts|[Tt]rades|[Ww]ork|[Bb]usiness|[Ss]ports|[Dd]ock|[Rr]ail|[Mm]ail|[Nn]ews|[Mm]iddle|[Cc]ountry|[Hh]orse|[Tt]ribes|[Hh]erds|[Cc]lans|[Ww]o)men$/u;

/**
 * "Taiwan People's Party", "Workers' Party": a people's possessive with a capitalised word after
 * it is inside a name, not the end of one. So is any plural's before a body's head word:
 * "Norwegian Seafarers' Union", "Nurses' Association", "Seamen's Federation" (not "the
 * Democrats' Senate majority").
 * Returns where the token then ends, or undefined.
 */
function nameInnerPossessive(sentence: string, stem: string, wordStart: number): number | undefined {
  const stemEnd = wordStart + stem.length;
  const rest = sentence.slice(stemEnd);
  // "Panhellenic Seamen's Federation": a plural in "-men" takes "'s" before the body's head word.
  if (/^\p{Lu}/u.test(stem) && PLURAL_IN_MEN.test(stem) && /^['’]s/u.test(rest) && MEMBERS_BODY_HEAD.test(rest.slice(0, 1) + rest.slice(2))) return stemEnd + 2;
  // "St Mary's Hospital", "St James' Park": a saint's possessive opens a place's or a body's name.
  const saint = /(?:^|\s)(?:St\.?|Saint|Ste\.?) $/u.test(sentence.slice(0, wordStart));
  if (!NAME_POSSESSIVES.has(stem) && !saint) return /\p{Ll}s$/u.test(stem) && isMembersBody(rest) ? stemEnd + 1 : undefined;
  const mark = /^['’]s?(?= \p{Lu})/u.exec(rest);
  return mark ? stemEnd + mark[0].length : undefined;
}

// What two places joined by a hyphen are, when they are two: "the Shanghai-Chengdu route",
// "Russia-Ukraine talks". Otherwise the compound is one place's name ("Rotterdam and Antwerp-Bruges").
const PAIR_NOUN_AFTER = /^ (?:route|routes|flight|flights|line|railway|rail|highway|motorway|road|border|talks|war|conflict|summit|relations|ties|corridor|pipeline|link|links|match|game|derby|rivalry|trade|deal|agreement|treaty|pact|accord|axis|alliance|partnership|service|services|connection|crossing|returns|pilot|scheme|dialogue|negotiations)\b/u;

/** The two places of a compound "X-Y" to read apart: before a noun for what joins them, held by no longer name. */
function separatePlaces(text: string, after: string, previous: Token | undefined, gapBefore: string): [string, string] | undefined {
  const heldByName = /^ \p{Lu}/u.test(after) || (gapBefore === ' ' && previous !== undefined && ((previous.capitalised && !previous.initial) || previous.text === 'of'));
  return heldByName || !PAIR_NOUN_AFTER.test(after) ? undefined : placePair(text);
}

/** The two places of a compound "X-Y" ("Shanghai-Chengdu"), when no lexicon knows it whole ("Guinea-Bissau"). */
function placePair(text: string): [string, string] | undefined {
  // A country's short form may open it: "the UK-France returns pilot".
  const m = /^(\p{Lu}\p{Ll}+|UK|US|EU)[-–](\p{Lu}\p{Ll}+)$/u.exec(text);
  if (!m || knownName(text)) return undefined;
  const isPlace = (w: string) => knownName(w)?.type === 'place' || (!knownName(w) && isTaggedPlace(w));
  return isPlace(m[1]!) && isPlace(m[2]!) ? [m[1]!, m[2]!] : undefined;
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of sentence.matchAll(WORD)) {
    let text = match[0];
    const start = match.index;
    let end = start + text.length;
    let possessive = false;
    // "Maduro's", "Cold War-era" and "UN-brokered" all end a name: the name is what comes before.
    // Any lower-case participle in "-ed" after a hyphen makes such a compound adjective, and so do
    // the irregular ones and a few other words ("Chinese-built", "Labour-held", "EU-wide",
    // "Turing Award-winning", "Earth-like", a film's "Vilnius-set" or "Lagos-shot").
    const possessiveMatch = /^(.+)(?:['’]s|-(?:era|style|led|backed|based|born|linked|owned|run|made|controlled|allied|funded|aligned|speaking|language|majority|minority|built|held|drawn|bound|free|wide|winning|leaning|producing|like|type|hit|grown|torn|stricken|struck|set|shot|\p{Ll}+ed))$/u.exec(text);
    const inName = nameInnerPossessive(sentence, possessiveMatch?.[1] ?? text, start);
    if (inName) {
      text = sentence.slice(start, inName);
      end = inName;
    } else if (possessiveMatch) {
      text = possessiveMatch[1]!;
      possessive = true;
    } else if (UPPER.test(text[0]!) && sentence[end] === '+' && !/[\p{L}\p{N}+]/u.test(sentence[end + 1] ?? '')) {
      // "OPEC+", "Disney+", "Paramount+": a plus closes some names.
      text += '+';
      end += 1;
    } else if ((TITLE_ABBREVIATIONS.test(text) || (MONTHS.has(`${text}.`) && sentence.slice(end + 1).trim() !== '')) && sentence[end] === '.' && (text !== 'No' || /^\. \d/.test(sentence.slice(end)))) {
      // "Gov.", and "Oct." so that a dated "Oct. 1" is a month, not a name "Oct"; but the last word's
      // dot ends the sentence ("… passing through Viña del Mar.").
      text += '.';
      end += 1;
    }
    const gapBefore = sentence.slice(previousEnd, start);
    // A quotation opens after a colon or an opening quote; a closing one ('should not "reward" New
    // Delhi') opens nothing: a straight quote opens only right before the word, after a space.
    // "… Guaranty Trust Holding Co. Yields on …": the sentences split at no company's dotted legal
    // form, so the word after one may open a sentence as well as go on a name.
    const afterLegalForm = gapBefore === ' ' && /^(?:Co|Inc|Corp|Ltd)\.$/.test(tokens[tokens.length - 1]?.text ?? '');
    const atStart = tokens.length === 0 || afterLegalForm || /(?::\s*|[“‘]\s*|(?:^|\s)")$/.test(gapBefore);
    const initial = atStart && (tokens.length > 0 || OPENERS.test(gapBefore));
    // "the Shanghai-Chengdu route", "Russia-Ukraine talks": two places joined by a hyphen before a
    // noun for what joins them are two names, unless a longer name holds them ("Port of
    // Antwerp-Bruges", "Korea-Chile Free Trade Agreement").
    const pair = !possessive && /[-–]/u.test(text) ? separatePlaces(text, sentence.slice(end), tokens[tokens.length - 1], gapBefore) : undefined;
    if (pair) {
      const first = { text: pair[0], start, end: start + pair[0].length, capitalised: true, allCaps: false, initial, possessive: false, gapBefore };
      tokens.push(first, { text: pair[1], start: first.end + 1, end, capitalised: true, allCaps: false, initial: false, possessive: false, gapBefore: text[pair[0].length]! });
      previousEnd = end;
      continue;
    }
    tokens.push({
      text,
      start,
      end,
      // "7-Eleven": a brand that opens with a number is still capitalised after its hyphen.
      // "eXploration", "iPhone", "eBay", "airBaltic", "easyJet": a word with a capital after its first
      // lower-case letters is a brand's (not "mRNA" or "kWh": a unit's or a molecule's capitals).
      capitalised: (UPPER.test(text[0]!) && !PRONOUN_CONTRACTION.test(text)) || PARTICLE_NAME.test(text) || /^\d+-\p{Lu}/u.test(text) || CAMEL_BRAND.test(text),
      allCaps: UPPER.test(text) && !LOWER.test(text),
      initial,
      possessive,
      gapBefore,
    });
    previousEnd = end;
  }
  return tokens;
}
