import { AliasMatcher, BLOCKED, type AliasEntry, type AliasMatch } from '../core/match/alias-matcher';
import { OtherSenses } from '../core/match/other-senses';
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

/**
 * For each draft with sense cues (Georgia the country), the draft of the other sense that shares
 * its name (Georgia the U.S. state), if the articles gave one: the matcher gives a shared alias to
 * one entity only, so a naming the cues give to the other sense is moved to it.
 */
function otherSenseDrafts(drafts: EntityDraft[]): Map<number, number | undefined> {
  const swaps = new Map<number, number | undefined>();
  drafts.forEach((d, i) => {
    if (!d.senseCues) return;
    const other = drafts.findIndex((o, j) => j !== i && !o.senseCues && o.type === d.type && o.aliases.some((a) => foldedKey(a) === foldedKey(d.name)));
    swaps.set(i, other >= 0 ? other : undefined);
  });
  return swaps;
}

/**
 * The article's namings, each given its sense: the whole article is read for the cues first (as a
 * page is), then each sentence judged. A naming of the other sense goes to that sense's draft, or
 * is dropped when the articles gave none.
 */
function namingsBySense(matcher: AliasMatcher, article: SourceArticle, drafts: EntityDraft[], swaps: Map<number, number | undefined>) {
  if (swaps.size === 0) return (sentence: string) => matcher.scan(sentence);
  const senses = new OtherSenses([...swaps.keys()].map((i) => [i, drafts[i]!.senseCues!] as const));
  const page = [article.title, ...article.paragraphs].join('\n');
  // The matcher may have given the shared alias to either draft: judge every naming as the cued one's.
  const cuedOf = new Map([...swaps].flatMap(([cued, other]) => (other === undefined ? [] : [[other, cued] as const])));
  const asCued = (names: AliasMatch[]) => names.map((m) => (cuedOf.has(m.target) ? { ...m, target: cuedOf.get(m.target)! } : m));
  senses.keep(page, asCued(matcher.scan(page)));
  return (sentence: string) => {
    const names = asCued(matcher.scan(sentence));
    const kept = new Set(senses.keep(sentence, names, { read: false }));
    return names.flatMap((m) => {
      if (kept.has(m)) return [m];
      const other = swaps.get(m.target);
      return other === undefined ? [] : [{ ...m, target: other }];
    });
  };
}

/** Finds every draft's mention sentences, co-mentions and attributed quotes in the articles. */
export function findMentions(articles: SourceArticle[], drafts: EntityDraft[], suppressedForms: string[]): FoundMentions {
  // As the highlighter reads them: heads, namesakes before a surname or a place's name.
  const matcher = new AliasMatcher(aliasEntries(drafts, suppressedForms), LOOKALIKE_HEADS, (t) => drafts[t]?.type === 'place');
  const swaps = otherSenseDrafts(drafts);
  const found: FoundMentions = {
    mentions: drafts.map(() => []),
    coMentions: drafts.map(() => new Map()),
    quotes: drafts.map(() => []),
    proposers: drafts.map(() => []),
  };
  let order = 0;
  for (const article of articles) {
    const namings = namingsBySense(matcher, article, drafts, swaps);
    for (const { sentence, headline } of sentencesOf(article)) {
      const first = new Map<number, { start: number; end: number }>();
      const names = namings(sentence);
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
