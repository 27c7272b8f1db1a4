import type { Candidate } from './candidates';
import { creditOf } from './credits';
import { appositiveNoun, describingNoun, ofNoun, workplaceNoun } from './context-cues';
import type { Token } from './tokens';

/** The cues read from the words around a candidate, for its type. */
export type CandidateCues = Pick<Candidate, 'described' | 'appositive' | 'workplace' | 'ofNoun' | 'credit' | 'listOpener' | 'afterThe'>;

/** The word before a name, looking past "the" and "of" ("in the Bosphorus", "port of Odesa"). */
export function wordBefore(tokens: Token[], index: number): string {
  // '… in the region," Le Thi Thu Thuy said': a quotation's last word is no cue for the speaker.
  if (/["“”]/u.test(tokens[index]?.gapBefore ?? '')) return '';
  let i = index - 1;
  while (i > 0 && /^(the|of)$/.test(tokens[i]!.text)) i--;
  const t = tokens[i];
  // A name's own word is no cue: in "Samajwadi Party of Akhilesh Yadav", "Party" is not "the party X".
  if (!t || (t.capitalised && !t.initial)) return '';
  return t.text.toLowerCase();
}

// A road's kind before its noun: "the A2 main road", "the DN39 national road".
const ROAD_KINDS = /^(?:main|national|trunk|coastal|ring|arterial|provincial|regional|state|county|federal)$/;

/**
 * The word after a name, read past "stock" or "share" before a gauge's noun ("the Merval stock
 * index" → "index") and past a road's kind before its noun ("the A2 main road" → "road").
 */
export function marketNoun(tokens: Token[], i: number): string {
  const word = tokens[i]!.text.toLowerCase();
  const next = tokens[i + 1];
  if (ROAD_KINDS.test(word) && next && next.gapBefore === ' ' && /^(?:road|highway)$/.test(next.text)) return next.text;
  return (word === 'stock' || word === 'share') && next && next.gapBefore === ' ' && /^(?:index|indices|average)$/.test(next.text) ? next.text : word;
}

/** The context cues a candidate's type may be read from, around tokens first..last of the sentence. */
export function cues(tokens: Token[], sentence: string, firstIndex: number, lastIndex: number): CandidateCues {
  const found: CandidateCues = {};
  if (opensListOfNames(tokens, lastIndex)) found.listOpener = true;
  const credit = creditOf(sentence, tokens[firstIndex]!.start, tokens[lastIndex]!.end);
  if (credit) found.credit = credit;
  const described = describingNoun(tokens, firstIndex);
  const appositive = tokens[lastIndex]!.possessive ? undefined : appositiveNoun(sentence, tokens, lastIndex);
  const workplace = workplaceNoun(tokens, firstIndex);
  if (described) found.described = described;
  if (appositive) found.appositive = appositive;
  if (workplace) found.workplace = workplace;
  const of = ofNoun(tokens, firstIndex);
  if (of) found.ofNoun = of;
  if (tokens[firstIndex - 1]?.text === 'the') found.afterThe = true;
  return found;
}

/** Whether a comma, then capitalised names separated by commas and closed by "and" and a last name, follow tokens[lastIndex]. */
function opensListOfNames(tokens: Token[], lastIndex: number): boolean {
  if (tokens[lastIndex + 1]?.gapBefore !== ', ' || tokens[lastIndex]!.possessive) return false;
  for (let j = lastIndex + 1; j < tokens.length && j <= lastIndex + 8; j++) {
    const t = tokens[j]!;
    if (t.text === 'and' && t.gapBefore === ' ') return j > lastIndex + 1 && tokens[j + 1]?.capitalised === true && tokens[j + 1]!.gapBefore === ' ';
    if (!t.capitalised || t.possessive || !/^(?:, | )$/.test(t.gapBefore)) return false;
  }
  return false;
}
