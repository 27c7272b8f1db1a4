/** What ranking needs to know about one mention sentence. */
export interface RankedSentence {
  sentence: string;
  /** Position in reading order across the dataset's articles, for stable ties. */
  order: number;
  /** The sentence names the entity in full, not by surname or acronym only. */
  fullName: boolean;
  /** Other entities named in the same sentence. */
  others: number;
  /** It is the article's headline. */
  headline: boolean;
}

const IDEAL_WORDS = { min: 12, max: 40 };

/**
 * How much a sentence tells a reader who has not read the article: a full naming, other names to
 * place it among, a sentence of ordinary length, not a headline. Higher is better.
 */
export function informativeness(s: RankedSentence): number {
  const words = s.sentence.split(/\s+/).length;
  let score = 0;
  if (s.fullName) score += 2;
  score += Math.min(s.others, 4) * 0.5;
  if (words >= IDEAL_WORDS.min && words <= IDEAL_WORDS.max) score += 1;
  else if (words < 6) score -= 1;
  if (s.headline) score -= 1.5;
  if (/^["“]/.test(s.sentence)) score -= 0.5;
  return score;
}

/** Most informative first; equal scores keep reading order, so the result is deterministic. */
export function rankSentences<T extends RankedSentence>(sentences: T[]): T[] {
  return [...sentences].sort((a, b) => informativeness(b) - informativeness(a) || a.order - b.order);
}
