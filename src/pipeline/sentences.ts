/** Abbreviations whose period does not end a sentence ("U.S. Secretary", "Mr. Lavrov"). */
const ABBREVIATIONS = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|St|Jr|Sr|Prof|No|v|vs|etc|Inc|Ltd|Co|Bros)\.)$/;

const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/;

/**
 * Splits a paragraph into sentences at ". ", "! " or "? " (closing quotes included) followed by a
 * capital or an opening quote, except after known abbreviations.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?]["”’')\]]*)\s+(?=["“‘(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[1]!.length;
    const candidate = paragraph.slice(start, end);
    if (ABBREVIATIONS.test(candidate)) continue;
    // "takes office on Oct. 1": a month's abbreviation before a day number ends no sentence.
    if (MONTH_ABBREVIATION.test(candidate) && /^\d/.test(paragraph.slice(m.index + m[0].length))) continue;
    sentences.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
