/**
 * Book and film news credit people and publishers in set ways. A publisher: "published by Walker
 * Books", and in brackets after a title or its author, as prize lists print them: "\"Ice
 * Ledger\" (Bloomsbury)", "\"Ferry Lines\" by Ruth Okonjo (Jonathan Cape)". A person: "illustrated
 * by Kit Fenwick", "translated by Ellen Marsh" (not "produced by", which studios are too).
 */
const PUBLISHED_BY = /\b(?:published by|publisher|imprint)\s+$/u;
const AFTER_TITLE = /["”]\s*\($/u;
const AFTER_AUTHOR = /["”][^"”(]{0,60}\bby (?:\p{Lu}[\p{L}'’-]*\s+){1,3}\($/u;
const MADE_BY = /\b(?:written|illustrated|translated|edited|directed|narrated|composed|choreographed)(?: from the \p{Lu}\p{Ll}+)? by\s+$/u;

/** Who the name at sentence[start, end) is credited as, if the sentence credits it so. */
export function creditOf(sentence: string, start: number, end: number): 'publisher' | 'creator' | undefined {
  const before = sentence.slice(Math.max(0, start - 120), start);
  // Not "published by Edinburgh-based Canongate": a place before the publisher.
  if (/^[^\s,]*-based\b/u.test(sentence.slice(start))) return undefined;
  if (PUBLISHED_BY.test(before)) return 'publisher';
  if (sentence[end] === ')' && (AFTER_TITLE.test(before) || AFTER_AUTHOR.test(before))) return 'publisher';
  return MADE_BY.test(before) ? 'creator' : undefined;
}
