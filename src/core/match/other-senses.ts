import type { AliasMatch } from './alias-matcher';
import { escapeRegExp } from '../text/escape-regexp';

/** Words that tell an alias's senses apart: its entity's own, and another thing's of the same name. */
export interface SenseCues {
  /** "Tbilisi", "Georgian": the entity's own sense (Georgia the country). */
  own: string[];
  /** "Atlanta", "Republican": another sense (Georgia the U.S. state). */
  other: string[];
}

/** How far a sentence is read each way from a match: text with no full stop (a table) ends too. */
const MAX_REACH = 500;
// Read by code unit: this runs for every match of an entity with cues, character by character.
/** Ends a paragraph in scanned text: the page reader's block separator, or a line break (.txt). */
const isParagraphEnd = (unit: number) => unit === 0 || unit === 0x0a;
const isSentenceEnd = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f; // . ! ?
const isSpace = (unit: number) => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0xa0;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const forms = (cues: readonly string[]) => cues.filter((c) => c.trim() !== '').flatMap((c) => [c, c.toUpperCase()]);

interface Senses {
  /** Every cue of both senses in one RegExp, each as written or in capitals (a dateline: "TBILISI —"). */
  cues: RegExp;
  /** The other sense's forms: a cue found that is not one of them is the entity's own. */
  other: ReadonlySet<string>;
  /** Cues of each sense read on the page so far. */
  ownSeen: number;
  otherSeen: number;
}

/** How many more cues of the other sense than of its own make a page the other sense's. */
const PAGE_MARGIN = 3;

/**
 * A name with another sense: "Georgia" is also a U.S. state. The dataset lists cues of both
 * senses per entity (`senseCues`), so the knowledge stays in the data. The sentence decides first:
 * a cue of the entity's own sense there keeps the match, one of the other sense drops it ("Rep.
 * Doug Collins of Georgia, the top Republican"). Where the sentence has neither, the page so far
 * does: at least PAGE_MARGIN more cues of the other sense than of its own (a story datelined
 * ATLANTA about Georgia's recount) drop it; a stray one or two (a senator quoted in a story about
 * Tbilisi) do not. A sentence, not the paragraph: one paragraph may name both ("… touched on
 * Georgia, where Russian troops remain. A former senator from the state of Georgia …"). Cues match
 * as written or in capitals, as whole words. One instance per page, like the Detector that holds
 * it; forget() starts a new page.
 */
export class OtherSenses {
  private readonly senses = new Map<number, Senses>();

  /**
   * The paragraphs whose cues were counted: a page scanned again (a live blog's edited block, a
   * rescan after a storm of changes) must not count the same words twice, or repetition alone
   * would tip a page into the other sense.
   */
  private readonly read = new Set<string>();

  /** `pairs`: [entity index, its cues]. */
  constructor(pairs: readonly (readonly [number, SenseCues])[] = []) {
    for (const [target, cues] of pairs) {
      const other = forms(cues.other);
      if (other.length === 0) continue;
      const all = [...new Set([...other, ...forms(cues.own)])].sort((a, b) => b.length - a.length);
      this.senses.set(target, { cues: new RegExp(`(?:${all.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), other: new Set(other), ownSeen: 0, otherSeen: 0 });
    }
  }

  /**
   * The matches that keep their entity's sense. The page's cues are read only in the paragraphs
   * that name such an entity, each once (a dateline's "ATLANTA —" opens the story's first one):
   * reading the whole text of every scan cost a 20k-word page 1.5-2 ms in Chromium. With
   * `read: false` the text is judged against what was read before, not read itself (a sentence of
   * a page read whole already).
   */
  keep(text: string, matches: AliasMatch[], { read = true } = {}): AliasMatch[] {
    if (this.senses.size === 0) return matches;
    let any = false;
    let readUpTo = -1;
    for (const m of matches) {
      const s = this.senses.get(m.target);
      if (!s) continue;
      any = true;
      if (!read) break;
      // Matches come in text order: a paragraph already read ends past this match.
      if (m.start < readUpTo) continue;
      const { from, to } = paragraphAround(text, m.start, m.end);
      readUpTo = to;
      const paragraph = text.slice(from, to);
      if (this.read.has(paragraph)) continue;
      this.read.add(paragraph);
      for (const senses of this.senses.values()) {
        const seen = countCues(senses, paragraph);
        senses.ownSeen += seen.own;
        senses.otherSeen += seen.other;
      }
    }
    if (!any) return matches;
    return matches.filter((m) => {
      const s = this.senses.get(m.target);
      if (!s) return true;
      const sentence = countCues(s, sentenceAround(text, m.start, m.end));
      if (sentence.own > 0) return true;
      return sentence.other === 0 && s.otherSeen < s.ownSeen + PAGE_MARGIN;
    });
  }

  forget(): void {
    for (const s of this.senses.values()) s.ownSeen = s.otherSeen = 0;
    this.read.clear();
  }
}

/** How many cues of each sense stand in `text` as whole words. */
function countCues(s: Senses, text: string): { own: number; other: number } {
  const seen = { own: 0, other: 0 };
  for (const m of text.matchAll(s.cues)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!)) continue;
    if (s.other.has(m[0])) seen.other++;
    else seen.own++;
  }
  return seen;
}

/** Whether a sentence ends right before `i`: a paragraph's end, or a full stop and a space. */
const endsBefore = (text: string, i: number) =>
  isParagraphEnd(text.charCodeAt(i - 1)) || (isSpace(text.charCodeAt(i - 1)) && isSentenceEnd(text.charCodeAt(i - 2)));
/** Whether a sentence ends at `i`: a paragraph's end, or a full stop before a space (or the end). */
const endsAt = (text: string, i: number) =>
  isParagraphEnd(text.charCodeAt(i)) || (isSentenceEnd(text.charCodeAt(i)) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1))));

/** How far a paragraph is read each way from a match for the page's cues. */
const PARAGRAPH_REACH = 2_000;

function paragraphAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < PARAGRAPH_REACH && !isParagraphEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < PARAGRAPH_REACH && !isParagraphEnd(text.charCodeAt(to))) to++;
  return { from, to };
}

/** The sentence around a match. An abbreviation's dot ends one too ("Gov. Brian Kemp"): the cue stays on the match's side. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < MAX_REACH && !endsBefore(text, from)) from--;
  let to = end;
  while (to < text.length && to - end < MAX_REACH && !endsAt(text, to)) to++;
  return text.slice(from, to + 1);
}
