import { AliasMatcher, BLOCKED, type AliasEntry } from '../core/match/alias-matcher';
import { foldedKey } from '../core/match/compiled-aliases';
import type { EntityQuote } from '../core/dataset/schema';
import type { SourceArticle } from './article';
import type { EntityDraft } from './apply-curation';
import { withoutChrome } from './extract/extract-article';
import { LOOKALIKE_HEADS } from './extract/lexicon/lookalike-heads';
import { findProposals } from './extract/proposers';
import { findQuotes } from './extract/quotes';
import type { RankedSentence } from './extract/rank-sentences';
import { splitSentences } from './sentences';

export interface MentionDraft extends RankedSentence {
  articleId: string;
  start: number;
  end: number;
}

/** Everything the articles say about each draft entity, index for index. */
export interface FoundMentions {
  mentions: MentionDraft[][];
  coMentions: Map<number, number>[];
  quotes: EntityQuote[][];
  /** Who proposed each initiative, as draft indices, in article order; may repeat. */
  proposers: { proposer: number; articleId: string }[][];
}

const SPEAKER_TYPES = new Set(['person', 'organization']);
/** Entities that are proposed, launched or backed by someone rather than doing the proposing. */
const INITIATIVE_TYPES = new Set(['other', 'event']);

function aliasEntries(drafts: EntityDraft[], suppressedForms: string[]): AliasEntry[] {
  return [
    ...drafts.flatMap((d, target) => [
      ...d.aliases.map((text) => ({ text, target })),
      ...d.blockers.map((text) => ({ text, target: BLOCKED })),
    ]),
    ...suppressedForms.map((text) => ({ text, target: BLOCKED })),
  ];
}

function* sentencesOf(article: SourceArticle): Generator<{ sentence: string; headline: boolean }> {
  yield { sentence: article.title, headline: true };
  if (article.imageCaption) yield { sentence: article.imageCaption, headline: false };
  for (const p of withoutChrome(article.paragraphs)) for (const sentence of splitSentences(p)) yield { sentence, headline: false };
}

/** Finds every draft's mention sentences, co-mentions and attributed quotes in the articles. */
export function findMentions(articles: SourceArticle[], drafts: EntityDraft[], suppressedForms: string[]): FoundMentions {
  const matcher = new AliasMatcher(aliasEntries(drafts, suppressedForms), LOOKALIKE_HEADS);
  const found: FoundMentions = {
    mentions: drafts.map(() => []),
    coMentions: drafts.map(() => new Map()),
    quotes: drafts.map(() => []),
    proposers: drafts.map(() => []),
  };
  let order = 0;
  for (const article of articles) {
    for (const { sentence, headline } of sentencesOf(article)) {
      const first = new Map<number, { start: number; end: number }>();
      const names = matcher.scan(sentence);
      for (const m of names) if (!first.has(m.target)) first.set(m.target, m);
      const spans = names.map((m) => ({ ...m, initiative: INITIATIVE_TYPES.has(drafts[m.target]!.type) }));
      for (const { initiative, proposers } of findProposals(sentence, spans)) {
        for (const proposer of proposers) found.proposers[initiative]!.push({ proposer, articleId: article.id });
      }
      for (const [target, m] of first) {
        // The text as written equals the alias once folded: spaces mean a multi-word alias.
        const written = sentence.slice(m.start, m.end);
        const fullName = /\s/.test(written) || foldedKey(written) === foldedKey(drafts[target]!.name);
        const others = first.size - 1;
        found.mentions[target]!.push({ articleId: article.id, sentence, start: m.start, end: m.end, order, fullName, others, headline });
        for (const other of first.keys()) {
          if (other !== target) found.coMentions[target]!.set(other, (found.coMentions[target]!.get(other) ?? 0) + 1);
        }
      }
      order++;
    }
    for (const paragraph of withoutChrome(article.paragraphs)) {
      for (const quote of findQuotes(paragraph)) {
        const speaker = matcher.scan(quote.speakerText).find((m) => SPEAKER_TYPES.has(drafts[m.target]!.type));
        if (speaker) found.quotes[speaker.target]!.push({ articleId: article.id, text: quote.text });
      }
    }
  }
  return found;
}
