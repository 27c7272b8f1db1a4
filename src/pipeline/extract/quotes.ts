/** A direct quote in a paragraph and the words around it that may name its speaker. */
export interface QuoteSpan {
  text: string;
  /** "Lavrov" in '"…," Lavrov said' or 'Pompeo said, "…"'. */
  speakerText: string;
}

const QUOTE = /["“]([^"“”]+)["”]/g;
const VERBS = 'said|says|added|told|asked|stated|noted|insisted|warned|explained|argued|wrote|tweeted|claimed|replied|declared|asserted|stressed|continued';
const AFTER_SUBJECT_VERB = new RegExp(`^[,\\s]*([^".;:]{1,80}?)\\s+(?:${VERBS})\\b`, 'u');
const AFTER_VERB_SUBJECT = new RegExp(`^[,\\s]*(?:${VERBS})\\s+([^".;:,]{1,80})`, 'u');
const BEFORE = new RegExp(`(?:^|[.!?]["”]?\\s+|["”]\\s*)([^".!?]{1,120}?)\\s+(?:${VERBS})\\b[^"“]{0,60}?[,:]\\s*$`, 'u');
const MIN_WORDS = 4;

/**
 * Quotes of at least a few words (shorter ones are scare quotes, not speech) with the text that
 * attributes them, after the quote or before it.
 */
export function findQuotes(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const match of paragraph.matchAll(QUOTE)) {
    const text = match[1]!.trim().replace(/[,]$/, '');
    if (text.split(/\s+/).length < MIN_WORDS) continue;
    const after = paragraph.slice(match.index + match[0].length);
    const before = paragraph.slice(0, match.index);
    const speakerText =
      AFTER_VERB_SUBJECT.exec(after)?.[1] ??
      (/^[,\s]*\p{Lu}/u.test(after) || /^,/.test(after) ? AFTER_SUBJECT_VERB.exec(after)?.[1] : undefined) ??
      BEFORE.exec(before)?.[1];
    if (speakerText) spans.push({ text, speakerText });
  }
  return spans;
}
