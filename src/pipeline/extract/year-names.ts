import { EVENT_WORDS, INITIATIVE_WORDS } from './lexicon/words';
import type { Token } from './tokens';

const YEAR = /^(?:19|20)\d\d$/;
// How far ahead an event's word may close the name the year opens: "2030 FIFA World Cup".
const MAX_EVENT_WORDS = 4;

const PLAN_NOUNS = /^(?:strategy|plan|programme|program|agenda|vision|roadmap|blueprint)$/;

const spacedCapital = (t: Token | undefined): t is Token => t !== undefined && t.gapBefore === ' ' && t.capitalised;

/**
 * A year inside a name, as events and plans are numbered by theirs: before an initiative's word
 * ("the 2050 Strategy …", "the Reef 2050 Plan"), or opening an event's name of capitalised words
 * that ends in an event's word ("the 2030 World Cup", "the 2024 Summer Olympics"): the year tells
 * one edition from another, so it is the name's. Not "in 2050 Boeing plans" (no such word after)
 * nor "by 2030 World Bank loans" (no event's word ends the words after it).
 */
export function isYearInName(tokens: Token[], i: number, opensRun: boolean): boolean {
  if (!YEAR.test(tokens[i]!.text)) return false;
  const next = tokens[i + 1];
  // "the Digital Uzbekistan 2030 strategy", "the Readiness 2030 roadmap": a year between a name
  // and a plan's noun is the plan's.
  if (!opensRun && next?.gapBefore === ' ' && PLAN_NOUNS.test(next.text)) return true;
  if (!spacedCapital(next)) return false;
  if (INITIATIVE_WORDS.has(next.text)) return true;
  // "Qatar 2022 World Cup": a name before the year is another's, the host's or the sponsor's.
  if (!opensRun) return false;
  for (let j = i + 1; j <= i + MAX_EVENT_WORDS; j++) {
    const t = tokens[j];
    if (!spacedCapital(t) || t.possessive) return false;
    if (EVENT_WORDS.has(t.text)) return j > i + 1 || t.text !== 'Open';
  }
  return false;
}

// Words a statute's name ends with before its year, as Commonwealth laws are cited.
const STATUTE_TAILS = new Set(['Act', 'Acts', 'Bill', 'Regulations', 'Ordinance', 'Rules', 'Order']);

/**
 * "the Youth Justice Act 1992", "the Online Safety Act 2023", "the Public Finance Management Act,
 * 2015" (as India and East Africa cite theirs, with a comma): a year right after a statute's last
 * word (or its "of") is the name's, as its citation. Not after any other word ("Lufthansa 2025 results").
 */
export function isYearAfterStatute(tokens: Token[], i: number, run: Token[]): boolean {
  // "the Trade Expansion Act of 1962", as US laws are cited: the year after "of".
  const of = run[run.length - 1]?.text === 'of';
  const last = run[run.length - (of ? 2 : 1)];
  const gap = tokens[i]!.gapBefore;
  const tail = last !== undefined && (STATUTE_TAILS.has(last.text) || (of && citedOf(run.slice(0, -1))));
  return last !== undefined && !last.possessive && YEAR.test(tokens[i]!.text) && (gap === ' ' || (gap === ', ' && !of)) && tail;
}

// Words a law's number follows: "Law 438 of 1994", "Decree 70 of 2023".
const NUMBERED_LAW_WORDS = new Set(['Law', 'Decree', 'Act', 'Resolution']);

/**
 * Whether a run may take "of" and a year as its citation: a US-style "Act", a "Code" ("the Local
 * Government Code of 1991") or a numbered law ("Law 438 of 1994", as Latin America cites them).
 */
function citedOf(run: Token[]): boolean {
  const last = run[run.length - 1];
  if (last === undefined || last.possessive) return false;
  if (last.text === 'Act') return true;
  // A sentence's first word opens the run too: "Its Code of 1991" is no code's name.
  if (last.text === 'Code') return run.length >= 2 && !/^(?:The|This|That|Its|Our|Their|His|Her|A|An)$/.test(run[run.length - 2]!.text);
  return /^\d[\d,.]*$/.test(last.text) && NUMBERED_LAW_WORDS.has(run[run.length - 2]?.text ?? '');
}

const STATUTE_SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'on', 'to', 'in']);

/**
 * "the Public Finance Management Act, 2015": a statute's year after a comma, which would end any
 * other name, is its citation. Not "The Act, 2015": the statute's own words, two at least, are
 * capitalised.
 */
export function isCitedYearAfterStatute(tokens: Token[], i: number, run: Token[]): boolean {
  // "the Water (Prevention and Control of Pollution) Act, 1974": a bracketed subject's small words too.
  const statuteWord = (w: Token) => /^\p{Lu}/u.test(w.text) || STATUTE_SMALL_WORDS.has(w.text);
  return tokens[i]!.gapBefore === ', ' && run.length >= 2 && /^\p{Lu}/u.test(run[0]!.text) && run.every(statuteWord) && !run[0]!.initial && isYearAfterStatute(tokens, i, run);
}

/** "the Trade Expansion Act of 1962", "Law 438 of 1994": "of" after a statute's word or number, before its year, is the name's. */
export function isOfBeforeStatuteYear(tokens: Token[], i: number, run: Token[]): boolean {
  const year = tokens[i + 1];
  return tokens[i]!.text === 'of' && citedOf(run) && year !== undefined && year.gapBefore === ' ' && YEAR.test(year.text);
}

/** "the Political Party Funding Act of 2018", "the Online Safety Act 2023", "the Finance Bill, 2024": the law's name without its year. */
export function lawWithoutYear(text: string): string | undefined {
  return /^(.+ (?:Act|Bill))(?: of|,)? (?:18|19|20)\d\d$/u.exec(text)?.[1];
}

/** "the 2029 Asian Winter Games", "the 69th Annual Grammy Awards": the event's name without its edition. */
export function eventWithoutEdition(text: string): string | undefined {
  return /^(?:(?:19|20)\d\d|Annual) (.+)$/u.exec(text)?.[1];
}
