/**
 * Throughput of the dataset builder on generated articles: `npx tsx scripts/bench/builder-bench.ts
 * [COUNT]`. Shows articles per second for extraction, per batch of 50 (the cost per article must
 * not grow with the number already processed) and for whole builds of growing size. Prints a
 * table, then one line of JSON for scripts.
 */
import { performance } from 'node:perf_hooks';
import { buildDataset } from '../../src/pipeline/build-dataset';
import { extractArticle } from '../../src/pipeline/extract/extract-article';
import { syntheticArticles } from './synthetic-articles';

const BATCH = 50;
const count = Math.max(200, Number(process.argv[2] ?? 250));
const articles = syntheticArticles(count);

const batches: { upTo: number; ms: number; perSecond: number }[] = [];
for (let start = 0; start < count; start += BATCH) {
  const batch = articles.slice(start, start + BATCH);
  const t0 = performance.now();
  for (const a of batch) extractArticle(a);
  const ms = performance.now() - t0;
  batches.push({ upTo: start + batch.length, ms, perSecond: (batch.length / ms) * 1000 });
}

const builds: { articles: number; ms: number; msPerArticle: number }[] = [];
for (let n = BATCH; n <= count; n += BATCH) {
  const t0 = performance.now();
  buildDataset(articles.slice(0, n), { entities: [] });
  const ms = performance.now() - t0;
  builds.push({ articles: n, ms, msPerArticle: ms / n });
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);
console.log('extraction, batch of 50   articles so far   ms/batch   articles/s');
batches.forEach((b, i) => console.log(`${String(i + 1).padStart(24)}  ${String(b.upTo).padStart(16)}  ${fmt(b.ms)}  ${fmt(b.perSecond)}`));
console.log('\nwhole build               articles          ms         ms/article');
for (const b of builds) console.log(`${''.padStart(24)}  ${String(b.articles).padStart(16)}  ${fmt(b.ms)}  ${fmt(b.msPerArticle, 2)}`);

// The first batch pays compromise's cold caches; growth compares the later batches.
const steady = batches.slice(1);
const last = builds[builds.length - 1]!;
const summary = {
  bench: 'builder',
  articles: count,
  articlesPerSecond: Math.round((last.articles / last.ms) * 1000),
  extractionPerSecondByBatch: batches.map((b) => Math.round(b.perSecond)),
  buildMsPerArticle: builds.map((b) => Number(b.msPerArticle.toFixed(2))),
  growth: Number((steady[steady.length - 1]!.ms / steady[0]!.ms).toFixed(2)),
};
console.log(JSON.stringify(summary));
