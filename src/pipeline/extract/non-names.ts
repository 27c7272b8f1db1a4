import { MONTHS } from './lexicon/words';

/**
 * Capitalised words that are common nouns, not names: a temperature scale ("40 degrees Celsius"),
 * a molecule or a field written in capitals ("DNA tests", "AI tools"), and a cricket match ("the
 * second Test"), capitalised by custom. Only as a whole name: "Test Act" or "AI Safety Institute"
 * stay names.
 */
const COMMON_NOUNS = new Set(['Celsius', 'Fahrenheit', 'DNA', 'RNA', 'AI', 'Test', 'Tests']);

/** "July-September", "April–June": a span of months, a quarter of the year, is no name. */
function isMonthRange(text: string): boolean {
  const parts = text.split(/[-–]/u);
  return parts.length === 2 && parts.every((p) => MONTHS.has(p));
}

/** Whether a one-word name is only a common noun or a span of months. */
export function isCommonNounName(words: string[]): boolean {
  return words.length === 1 && (COMMON_NOUNS.has(words[0]!) || isMonthRange(words[0]!));
}
