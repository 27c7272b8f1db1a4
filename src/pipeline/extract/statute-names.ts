import { knownName } from './known-names';
import { INITIATIVE_WORDS } from './lexicon/words';
import type { Token } from './tokens';
import { isCommonWord, isTaggedPerson, isTaggedPlace, wordTags } from './word-tags';
import { joinTokens } from './role-split';

// "Finance (Supplementary) Bill", "Citizenship (Amendment) Act": a kind of statute in brackets,
// as Commonwealth parliaments name amending and supplementary laws.
const STATUTE_KINDS = /^(?:Amendment|Amendments|Supplementary|Regulation|Prohibition|Miscellaneous|Provisions|Repeal|Consolidation|Special|Temporary|Transitional|Emergency|Validation)$/u;
const STATUTE_WORDS = new Set(['Act', 'Bill']);

/** "(No. 2)": the number British and Commonwealth parliaments give a second law of a name in a year. */
const isNumbered = (inside: Token[]) => inside.length === 2 && inside[0]!.text === 'No.' && /^\d+$/u.test(inside[1]!.text);

/**
 * "Visitor Levy (Scotland) Act", "Human Rights (Northern Ireland) Bill": British statutes put the
 * place they apply to in parentheses before their word, inside the name; Commonwealth ones put the
 * kind of law there ("Finance (Supplementary) Bill") or its number ("Finance (No. 2) Act"), and a
 * number may follow a place ("Budget (Scotland) (No. 6) Bill"). Returns the index of that word when
 * the place, kind or number at `i` opens such a bracket inside a run of name words, else -1. Not
 * "the Visitor Levy (Scotland)" (no statute's word after) nor "Levy (VL) Act" (no known place or kind).
 */
export function bracketedPlaceEnd(tokens: Token[], i: number, runLength: number): number {
  if (runLength === 0 || tokens[i]?.gapBefore !== ' (') return -1;
  const subject = subjectLastWord(tokens, i);
  if (subject > 0) {
    const word = tokens[subject + 1]!;
    if (tokens[i - 1]?.text === 'Amendment' && word.gapBefore === ') ' && STATUTE_WORDS.has(word.text)) return subject + 1;
    // "Senedd Cymru (Members and Elections) Act 2024", "Water (Special Measures) Act 2025": a
    // subject of two words or more in brackets after any name, when no name follows the statute's
    // word ("… (Welsh Labour) Bill Evans").
    const nameAfter = tokens[subject + 2]?.capitalised === true && tokens[subject + 2]!.gapBefore === ' ';
    // Not "(Nairobi Branch)": a place there names where the body before sits.
    const inside = tokens.slice(i, subject + 1).filter((t) => t.capitalised);
    const words = inside.some((t) => knownName(t.text)?.type === 'place' || isTaggedPlace(t.text)) ? 0 : inside.length;
    if (words >= 2 && word.gapBefore === ') ' && STATUTE_WORDS.has(word.text) && !nameAfter) return subject + 1;
    // "Climate Change (Emissions Reduction Targets) (Scotland) Act 2019": a subject, then a place.
    if (word.gapBefore === ') (') {
      const end = statuteAfterBracket(tokens, subject + 1);
      if (end > 0) return end;
    }
  }
  return statuteAfterBracket(tokens, i);
}

// Words that may join a subject's capitalised words inside the brackets.
const SUBJECT_JOINERS = new Set(['and', 'of', 'for', 'the', 'on', 'to', 'in']);

/**
 * "Online Safety Amendment (Social Media Minimum Age) Act 2024": Australian amending laws name
 * their subject in brackets after "Amendment", and Scottish ones before a place's bracket, in
 * words of up to six. Returns the index of the bracket's last word, else -1; not an acronym
 * alone ("Amendment (OSA) Act").
 */
function subjectLastWord(tokens: Token[], i: number): number {
  for (let k = i; k < i + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > i && t.gapBefore !== ' ') return -1;
    if (!t.capitalised && !SUBJECT_JOINERS.has(t.text)) return -1;
    const after = tokens[k + 1]?.gapBefore;
    if (after !== ') ' && after !== ') (') continue;
    const acronymOnly = k === i && !/\p{Ll}/u.test(t.text);
    return acronymOnly ? -1 : k;
  }
  return -1;
}

/** The index of the statute's word after the bracket whose first word is at `i` (and any bracket after it), else -1. */
function statuteAfterBracket(tokens: Token[], i: number): number {
  // The place may take up to three words: "(Northern Ireland)".
  for (let k = i; k < i + 3 && k < tokens.length; k++) {
    if (k > i && tokens[k]!.gapBefore !== ' ') return -1;
    const word = tokens[k + 1];
    const inside = tokens.slice(i, k + 1);
    const kind = inside.every((t) => STATUTE_KINDS.test(t.text) || t.text === 'and') || isNumbered(inside);
    const place = knownName(joinTokens(inside))?.type === 'place';
    if (word?.gapBefore === ') (' && (kind || place)) return isNumbered(tokens.slice(k + 1, k + 3)) ? statuteAfterBracket(tokens, k + 1) : -1;
    if (word?.gapBefore !== ') ') continue;
    return (kind && STATUTE_WORDS.has(word.text)) || (place && INITIATIVE_WORDS.has(word.text)) ? k + 1 : -1;
  }
  return -1;
}

/**
 * "National Environmental Management: Air Quality Act", "National Environmental Management:
 * Biodiversity Act": South Africa names a specific act after its framework act and a colon. From the colon's next word at tokens[i], one to four capitalised words ending in "Act" or
 * "Bill"; returns the index of that word, or -1. The framework's name opens with a common word
 * ("National"): "Kestrel Orrin: Energy Act looms" is a person's remark in a headline.
 */
export function colonStatuteEnd(run: Token[], tokens: Token[], i: number): number {
  const plain = (t: Token) => !t.capitalised || (!knownName(t.text) && !isTaggedPerson(t.text) && !wordTags(t.text).has('ProperNoun'));
  if (tokens[i]?.gapBefore !== ': ' || run.length < 2 || !isCommonWord(run[0]!.text) || !run.every(plain)) return -1;
  for (let j = i; j < tokens.length && j < i + 4; j++) {
    const t = tokens[j]!;
    if (!t.capitalised || t.allCaps || t.possessive || (j > i && t.gapBefore !== ' ')) return -1;
    if (/^(?:Act|Bill)$/.test(t.text)) return j > i ? j : -1;
  }
  return -1;
}

/**
 * "the Keeping Students in Class Act", "Transparency in Frontier Artificial Intelligence Act": an
 * act's name may hold "in" (tokens[i]) when one to four capitalised words after it end in "Act" or
 * "Bill", and no capitalised word follows that, as one would in a headline ("Leaders in Congress
 * Act On Budget").
 */
export function isInInsideStatute(tokens: Token[], i: number, run: Token[]): boolean {
  if (tokens[i]!.text !== 'in' || run.length === 0 || run[run.length - 1]!.possessive) return false;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    if (!t.capitalised || t.possessive || t.gapBefore !== ' ') return false;
    if (STATUTE_WORDS.has(t.text)) return j > i + 1 && !(tokens[j + 1]?.capitalised && tokens[j + 1]!.gapBefore === ' ');
  }
  return false;
}
