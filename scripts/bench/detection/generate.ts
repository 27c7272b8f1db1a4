/** Deterministic news-like pages and alias datasets for the detection bench. */
import type { MatcherTable } from '../../../src/core/dataset/matcher-table';
import { compileAliases } from '../../../src/core/match/compiled-aliases';
import { ID_SEPARATOR } from '../../../src/core/dataset/entity-table';
import { forTabs } from '../../../src/core/dataset/tab-table';
import { LOOKALIKE_HEADS } from '../../../src/pipeline/extract/lexicon/lookalike-heads';
import { senseCuesOf } from '../../../src/pipeline/extract/lookalikes';

/** Small seeded PRNG (mulberry32), so every run measures the same pages. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ro', 'vin', 'tel', 'mar', 'sho', 'len', 'dra', 'pol', 'zu', 'bek', 'ani', 'gor', 'vas', 'il', 'dem', 'sar', 'tov'];
const FILLER = (
  'the minister said on tuesday that talks would continue after a long meeting with officials from both ' +
  'sides while analysts warned markets could react to new sanctions and the government promised more ' +
  'details next week as protesters gathered outside parliament and reporters waited for a statement'
).split(' ');

/** Real-looking place and people names for the smallest dataset; larger ones add generated names. */
const CORE = ['Russia', 'Venezuela', 'Mexico', 'Sergei Lavrov', 'Lavrov', 'Mike Pompeo', 'Sochi', 'Ukraine', 'Crimea',
  'North Korea', 'Iran', 'Syria', 'Uruguay', 'United States', 'U.S.', 'Nicolás Maduro', 'Juan Guaidó', 'Georgia', 'Iraq',
  'Montevideo Mechanism'];
/** "Georgia" carries the cues of its two senses, as a built dataset's does: the page pays for reading them. */
const WITH_SENSE_CUES = 'Georgia';

function generatedName(next: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(next() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return next() < 0.5 ? word() : `${word()} ${word()}`;
}

/** The first `size` aliases: the core names, then generated ones (nested: small ⊂ large). */
export function aliasPool(size: number): string[] {
  const next = random(7);
  const names = new Set(CORE.slice(0, size));
  while (names.size < size) names.add(generatedName(next));
  return [...names];
}

/** The table as the build writes it: compiled once, outside the page, with the heads every built dataset carries. */
export function builtTableOf(aliases: string[]): MatcherTable {
  const cued = aliases.indexOf(WITH_SENSE_CUES);
  return {
    heads: LOOKALIKE_HEADS,
    ...(cued >= 0 ? { senseCues: [[cued, senseCuesOf(WITH_SENSE_CUES, 'place')!]] } : {}),
    ids: aliases.map((_, i) => `e${i}`).join(ID_SEPARATOR),
    types: 'p'.repeat(aliases.length),
    compiled: compileAliases(aliases.map((text, target) => ({ text, target }))),
  };
}

/** The table as the background sends it to a tab: the build's, with the key starts it finds once and no ids. */
export function tableOf(aliases: string[]): MatcherTable {
  return forTabs(builtTableOf(aliases));
}

/** A news-like page: masthead, nav, an article of ~`words` words with a name every ~25 words, footer. */
export function newsPage(words: number, names: string[]): string {
  const next = random(words);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence: string[] = [];
    // Like real articles, names are often links and some words emphasised: many text nodes.
    for (let i = 0; i < 80; i++) {
      const name = names[Math.floor(next() * names.length)]!;
      if (i % 25 === 7) sentence.push(next() < 0.5 ? `<a href="#">${name}</a>` : name);
      else if (i % 10 === 3) sentence.push(`<em>${FILLER[Math.floor(next() * FILLER.length)]!}</em>`);
      else sentence.push(FILLER[Math.floor(next() * FILLER.length)]!);
    }
    count += sentence.length;
    paragraphs.push(`<p>${sentence.join(' ')}.</p>`);
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title><style>::highlight(backstory-mark){text-decoration:underline dotted 2px}</style></head><body>
<header><nav><a href="#">World</a> <a href="#">Politics</a></nav></header>
<main><article><h1>Talks continue</h1><div id="ticker">0</div>${paragraphs.join('\n')}</article></main>
<footer><p>Footer text</p></footer></body></html>`;
}

/**
 * A page of `paragraphs` short paragraphs of 20 elements each (16 one-character spans, bold,
 * italic, emphasis), two names in each: 100,000 elements at 5,000, as in the end-to-end test.
 */
export function manyElementsPage(paragraphs: number, names: string[]): string {
  const next = random(paragraphs);
  const pick = () => names[Math.floor(next() * names.length)]!;
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${'<span>·</span>'.repeat(16)}<b>Briefing ${i}</b>: <i>${pick()}</i> and <em>${pick()}</em> were named.</p>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bench</title></head><body>
<main><article><h1>An archive of briefings</h1>${body.join('\n')}</article></main></body></html>`;
}
