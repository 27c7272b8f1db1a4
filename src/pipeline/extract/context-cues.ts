import { knownName, placeOfAdjective } from './known-names';
import { INITIAL_CLASS_NOUNS } from './lexicon/context-nouns';
import { APPOSITIVE_OTHER_NOUNS } from './lexicon/appositive-nouns';
import type { Token } from './tokens';
import { wordTags } from './word-tags';

// Words that open a descriptive phrase about a name: "the business daily …", "its wireless unit".
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
// Words that end the noun phrase of an apposition: "the wireless unit that …", "a state whose …".
// Participles too: "a Dutch chipmaker owned by …", "a miner listed in London".
const PHRASE_ENDS = new Set([
  'that', 'which', 'who', 'whose', 'where', 'when', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'and', 'or', 'based',
  'owned', 'founded', 'led', 'run', 'backed', 'controlled', 'listed', 'headquartered', 'known', 'called', 'named', 'about',
]);
const MAX_MODIFIERS = 3;
const PLACE_POSSESSORS = new Set(['country', 'nation', 'world', 'region', 'city', 'state', 'island', 'continent', 'province']);
// "Ozempic, the company's older diabetes drug": what a body makes, named by its noun. Only a
// product's noun then: "Lee, the company's founder" is someone's relation to it, no class.
const BODY_POSSESSORS = new Set(['company', 'firm', 'group', 'drugmaker', 'carmaker', 'airline', 'carrier', 'maker', 'manufacturer']);

const spaced = (t: Token) => /^[ \t]+$/.test(t.gapBefore);
const plainLower = (t: Token) => !t.capitalised && !t.possessive && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);

/** Whether a determiner opens the phrase ending with the noun at `nounIndex`, within a few lower-case words. */
function opensWithDeterminer(tokens: Token[], nounIndex: number): boolean {
  for (let i = nounIndex - 1; i >= 0 && i >= nounIndex - 1 - MAX_MODIFIERS; i--) {
    const t = tokens[i]!;
    if (!spaced(tokens[i + 1]!)) return false;
    // "The drug Wegovy …": a determiner opening the sentence is capitalised only as its first word.
    if (DETERMINERS.has(t.text) || (t.initial && DETERMINERS.has(t.text.toLowerCase()))) return true;
    // "Takeda's dengue vaccine Qdenga": a name's possessive determines the phrase as "its" would.
    if (t.possessive && t.capitalised) return true;
    // "the German icebreaker Polarstern": a nationality among the words.
    if (!plainLower(t) && !(t.capitalised && !t.initial && placeOfAdjective(t.text) !== undefined)) return false;
  }
  return false;
}

/**
 * The noun of a descriptive phrase right before a name: "the business daily Valor Econômico" →
 * "daily", "the state-owned company Codelco" → "company". Only when a determiner opens the phrase
 * within a few lower-case words, so a verb or a noun in passing ("told reporters Smith …") is no cue.
 */
export function describingNoun(tokens: Token[], firstIndex: number): string | undefined {
  const noun = tokens[firstIndex - 1];
  // "Insurer ICICI Lombard said": a class noun opening the sentence needs no determiner.
  if (noun?.initial && /^\p{Lu}\p{Ll}+$/u.test(noun.text) && INITIAL_CLASS_NOUNS.has(noun.text.toLowerCase()) && spaced(tokens[firstIndex]!)) return noun.text.toLowerCase();
  const listed = classBeforeSuchAs(tokens, firstIndex);
  if (listed) return listed;
  if (!noun || !plainLower(noun) || !spaced(tokens[firstIndex]!)) return undefined;
  return opensWithDeterminer(tokens, firstIndex - 1) || opensWithInitialModifier(tokens, firstIndex - 1) ? noun.text : undefined;
}

/**
 * "a peak such as Himlung Himal", "lenders such as Nubank": the noun before "such as" is the class
 * of the names the phrase lists, as "the company Codelco" is of one.
 */
function classBeforeSuchAs(tokens: Token[], firstIndex: number): string | undefined {
  const [noun, such, as] = [tokens[firstIndex - 3], tokens[firstIndex - 2], tokens[firstIndex - 1]];
  if (!noun || such?.text !== 'such' || as?.text !== 'as' || !spaced(as) || !spaced(tokens[firstIndex]!)) return undefined;
  return plainLower(noun) && /^[ \t,]+$/.test(such.gapBefore) ? noun.text : undefined;
}

/**
 * "Supermarket chain Albert Heijn said", "Budget airline Ryanair said": a headline-style phrase
 * opening the sentence has no determiner; its first word, capitalised only as the sentence's
 * first, is a common word (a noun or adjective in lower case, not a name), then lower-case words
 * up to the noun; a nationality may open it ("Dutch budget airline Transavia"). Not "Rotterdam
 * port operator …": a name first is no modifier.
 */
function opensWithInitialModifier(tokens: Token[], nounIndex: number): boolean {
  const first = tokens[0]!;
  if (nounIndex < 1 || nounIndex > MAX_MODIFIERS || !first.initial) return false;
  if (!tokens.slice(1, nounIndex + 1).every((t) => plainLower(t) && spaced(t))) return false;
  if (placeOfAdjective(first.text) !== undefined) return true;
  if (knownName(first.text)) return false;
  const tags = wordTags(first.text.toLowerCase());
  // "He told reporters Lee …": a pronoun or a verb opens a clause, not a describing phrase.
  const clauseWord = ['Pronoun', 'Verb', 'Preposition', 'Determiner', 'Conjunction', 'Adverb'].some((tag) => tags.has(tag));
  return !tags.has('ProperNoun') && !clauseWord && (tags.has('Noun') || tags.has('Adjective')) && !wordTags(first.text).has('FirstName');
}

/**
 * The noun of a phrase that a name then restates between commas: "the main opposition party,
 * Chadema, was barred" → "party". Only with a determiner before the noun and a comma after the name.
 */
export function restatedNoun(tokens: Token[], firstIndex: number, lastIndex: number): string | undefined {
  const noun = tokens[firstIndex - 1];
  const after = tokens[lastIndex + 1];
  if (!noun || !plainLower(noun) || !/^,\s+$/.test(tokens[firstIndex]!.gapBefore) || !after || !/^,\s+$/.test(after.gapBefore)) return undefined;
  return opensWithDeterminer(tokens, firstIndex - 1) ? noun.text : undefined;
}

/**
 * The head noun of an apposition after a name: "Aruba, the wireless unit that …" → "unit",
 * "B3, the Brazilian stock exchange." → "exchange". The phrase is a determiner, then lower-case
 * words or a nationality ("Brazilian"); its last word before a clause or punctuation is the head.
 */
export function appositiveNoun(sentence: string, tokens: Token[], lastIndex: number): string | undefined {
  const determiner = tokens[lastIndex + 1];
  if (!determiner || !/^,\s+$/.test(determiner.gapBefore)) return undefined;
  // "Independiente, one of the country's most successful clubs": the class is the plural after "one of the".
  const oneOf = determiner.text === 'one' && tokens[lastIndex + 2]?.text === 'of' && DETERMINERS.has(tokens[lastIndex + 3]?.text ?? '');
  if (!DETERMINERS.has(determiner.text) && !oneOf) return undefined;
  const words: Token[] = [];
  let madeBy = false;
  let i = lastIndex + (oneOf ? 4 : 2);
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Botafogo, the Rio de Janeiro club", "Eurimages, the Council of Europe's fund": a known name
    // may qualify the head.
    const place = knownWithin(tokens, i);
    if (place > i && words.length === 0) {
      i = place;
      continue;
    }
    // "the 1,500-megawatt plant": a figure in thousands, with its unit, qualifies the head.
    if (words.length === 0 && t.gapBefore === ',' && /^\d{3}(?:-\p{Ll}+)?$/u.test(t.text) && /^\d{1,3}$/.test(tokens[i - 1]!.text)) continue;
    if (!spaced(t) || PHRASE_ENDS.has(t.text)) break;
    // "Norvica, the country's largest lender": a possessive of a place's noun qualifies the head.
    if (t.possessive && words.length === 0 && PLACE_POSSESSORS.has(t.text)) continue;
    if (t.possessive && words.length === 0 && BODY_POSSESSORS.has(t.text)) {
      madeBy = true;
      continue;
    }
    const nationality = t.capitalised && placeOfAdjective(t.text) !== undefined;
    // "a family-owned coachbuilder": a lower-case compound in "-owned" or "-based" qualifies the head.
    const compound = t.possessive && !t.capitalised && sentence.slice(t.start, t.end).includes('-');
    // "a Taipei-based designer", "a Helsinki software startup": a place or owner opening the phrase
    // qualifies the head that lower-case words then give.
    const hyphened = sentence.slice(t.start, t.end).includes('-');
    const qualifier = words.length === 0 && t.capitalised && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text) && t.possessive === hyphened && plainLower(tokens[i + 1] ?? t);
    // A phrase too long or with a name in it is no short class noun: not an apposition we can read.
    // "the Falepili Union, a 2023 treaty that …": a year or a count qualifies the head, with its
    // unit too ("a 400-megawatt plant").
    const figure = words.length === 0 && /^\d{1,4}(?:-\p{Ll}+)?$/u.test(t.text);
    if (figure) continue;
    if ((!plainLower(t) && !nationality && !compound && !qualifier) || words.length > MAX_MODIFIERS) return undefined;
    words.push(t);
  }
  const head = words[words.length - 1];
  if (madeBy && !APPOSITIVE_OTHER_NOUNS.has(head?.text ?? '')) return undefined;
  return head && !head.capitalised ? head.text : undefined;
}

/**
 * The last index of a name of up to four words opening at tokens[i] that qualifies an apposition's
 * head, or -1: a place or a body a lexicon knows ("Rio de Janeiro", "International Labour
 * Organization") or a name in the possessive ("Council of Europe's"), whose "'s" shows that a noun
 * of its own follows.
 */
function knownWithin(tokens: Token[], i: number): number {
  for (let n = 4; n >= 1; n--) {
    const owner = tokens.slice(i, i + n);
    const inner = (t: Token, k: number) => k > 0 && spaced(t) && (t.capitalised || t.text === 'of') && (k === n - 1 || !t.possessive);
    if (owner.length === n && owner[0]!.capitalised && owner[n - 1]!.possessive && owner.every((t, k) => k === 0 || inner(t, k))) return i + n - 1;
  }
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.length < n || !words[0]!.capitalised || words.some((t, k) => k > 0 && !spaced(t)) || words.slice(0, -1).some((t) => t.possessive)) continue;
    const known = knownName(words.map((t) => t.text).join(' '));
    // "Better Factories Cambodia, an International Labour Organization programme": a known body too.
    if ((known?.type === 'place' || known?.type === 'organization') && !words[n - 1]!.possessive) return i + n - 1;
  }
  return -1;
}

/** The lower-case noun right before `preposition` and the name at firstIndex. */
function nounBefore(tokens: Token[], firstIndex: number, preposition: string): string | undefined {
  const link = tokens[firstIndex - 1];
  const noun = tokens[firstIndex - 2];
  // "Analysts at Halyk Finance said": the noun may open the sentence, capitalised.
  const lower = noun && (plainLower(noun) || (noun.initial && /^\p{Lu}\p{Ll}+$/u.test(noun.text)));
  if (link?.text !== preposition || !noun || !lower || !spaced(link) || !spaced(tokens[firstIndex]!)) return undefined;
  return noun.text.toLowerCase();
}

/** The noun before "at" in "an analyst at Gartner": the name after it is where that person works. */
export function workplaceNoun(tokens: Token[], firstIndex: number): string | undefined {
  return nounBefore(tokens, firstIndex, 'at');
}

/** The noun before "of" in "a former mayor of Amagasaki", "the outskirts of Goma". */
export function ofNoun(tokens: Token[], firstIndex: number): string | undefined {
  return nounBefore(tokens, firstIndex, 'of');
}
